package id.kinerjaflow.designer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Models reach the engine through the designer only (check, four-eyes approval, deploy): the engine
 * REST API's deployment calls ({@code /engine-rest/deployment/create}, {@code .../redeploy}) and the
 * same calls through the Camunda webapps' API ({@code /camunda/api/engine/...}, which Cockpit and
 * Camunda Modeler would use) are answered 403, administrators included.
 */
@Configuration
class EngineDeploymentGuard {

    /** {@code .../deployment/create} and {@code .../deployment/{id}/redeploy}, with or without a named engine. */
    static final Pattern DEPLOYMENT_CALL = Pattern.compile("^/(engine-rest|camunda/api/engine)/.*"
            + "deployment/(create|[^/]+/redeploy)/?$");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> engineDeploymentRefusal() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Refusal());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        // right after Spring Security: who is not signed in is told so (401), a signed-in administrator
        // is refused here (403), before Camunda's own filters and the REST API
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.setName("engineDeploymentRefusal");
        return registration;
    }

    /** Whether a request path (after the context path) is a deployment call, however it is spelt. */
    static final String REFUSAL = "{\"type\":\"Forbidden\",\"message\":\"Deployments go through "
            + "KinerjaFlow's designer (check and four-eyes approval), not through the engine's API.\"}";

    static boolean refused(String path) {
        if (path == null) {
            return false;
        }
        String plain = path;
        try {
            plain = java.net.URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return true; // a path that does not decode is not passed on to the engine's API either
        }
        plain = plain.replaceAll(";[^/]*", "").replaceAll("/{2,}", "/");
        return DEPLOYMENT_CALL.matcher(plain).matches();
    }

    static final class Refusal extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (refused(path)) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("application/json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write(REFUSAL);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
