package id.kinerjaflow.security;

import id.kinerjaflow.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains. The first guards Camunda's webapps and REST API: administrators only (HTTP
 * basic for REST clients, the app's login page for browsers). The second is Vaadin's: every view
 * declares its roles, and the server checks them on navigation. Services check roles again
 * ({@code @Secured}), so a call that bypasses a view is refused too.
 */
@Configuration
@EnableWebSecurity
// @Secured on services; not JSR-250, which would proxy the views (they carry @RolesAllowed for Vaadin)
@EnableMethodSecurity(securedEnabled = true)
class SecurityConfig {

    static final String[] CAMUNDA_PATHS = {"/engine-rest/**", "/camunda/**"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain camundaFilterChain(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher camunda = new OrRequestMatcher(paths.matcher("/engine-rest/**"), paths.matcher("/camunda/**"));
        http.securityMatcher(camunda)
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().hasRole(Roles.ADMIN))
                .httpBasic(Customizer.withDefaults())
                // REST clients authenticate per request; the webapps carry Camunda's own CSRF filter
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), paths.matcher("/camunda/app/**")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinFilterChain(HttpSecurity http) throws Exception {
        // Camunda's error pages go through the error dispatch: let them through (stack.md, trap 2)
        http.authorizeHttpRequests(auth -> auth
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/images/**")).permitAll()
                .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/styles/**")).permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
