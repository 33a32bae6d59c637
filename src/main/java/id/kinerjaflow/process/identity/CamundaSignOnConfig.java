package id.kinerjaflow.process.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link CamundaSignOn} on the webapps' paths, right after Spring Security's filter (which
 * has decided who the user is) and before Camunda's own filters (registered later, by its
 * unordered initializer), so Camunda's AuthenticationFilter finds the authentication in the session.
 */
@Configuration(proxyBeanMethods = false)
class CamundaSignOnConfig {

    @Bean
    FilterRegistrationBean<CamundaSignOn> camundaSignOn(ProcessEngine engine) {
        FilterRegistrationBean<CamundaSignOn> registration = new FilterRegistrationBean<>(new CamundaSignOn(engine));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
