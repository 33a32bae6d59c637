package id.kinerjaflow.security;

import id.kinerjaflow.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Three filter chains. The first guards the engine REST API (stateless HTTP basic, administrators
 * only), the second Camunda's webapps (the app's session, administrators only), the third is
 * Vaadin's: every view
 * declares its roles, and the server checks them on navigation. Services check roles again
 * ({@code @Secured}), so a call that bypasses a view is refused too.
 */
@Configuration
@EnableWebSecurity
// @Secured on services; not JSR-250, which would proxy the views (they carry @RolesAllowed for Vaadin)
@EnableMethodSecurity(securedEnabled = true)
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * The engine REST API is for machine clients: HTTP basic on every request, administrators only,
     * no session at all. A request that carries only the browser's session cookie is not
     * authenticated here (the security context is never read from the session), so a page on
     * another site cannot make an administrator's browser call it (issue 17, item 2). No
     * {@code WWW-Authenticate} challenge: a browser never shows a password prompt for it.
     */
    @Bean
    @Order(1)
    SecurityFilterChain engineRestFilterChain(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().hasRole(Roles.ADMIN))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                // nothing rides on a cookie here, so there is nothing for a forged request to use
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized));
        return http.build();
    }

    /**
     * Camunda's webapps (Cockpit, Tasklist, Admin) for administrators signed in to the app: single
     * sign-on from the app's session (process/identity/CamundaSignOn), no second login, no HTTP
     * basic. Their API answers 401/403, never a redirect; only the pages send an anonymous browser
     * to the login page. Writes through their API carry Camunda's own CSRF token (its
     * CsrfPreventionFilter), so Spring's is off here.
     */
    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappFilterChain(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(paths.matcher("/camunda/**"))
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().hasRole(Roles.ADMIN))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                paths.matcher("/camunda/app/**"))
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                AnyRequestMatcher.INSTANCE));
        return http.build();
    }

    @Bean
    @Order(3)
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
