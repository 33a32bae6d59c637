package id.kinerjaflow.process.identity;

import java.io.IOException;

import id.kinerjaflow.security.Roles;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Single sign-on from the app into Camunda's webapps (Cockpit, Tasklist, Admin): an administrator
 * signed in to KinerjaFlow is signed in to them too, as the same user, with no second login.
 *
 * <p>Spring Security's chain for {@code /camunda/**} runs first and lets only administrators
 * through (security/SecurityConfig); this filter then puts the webapps' own authentication for that
 * user into the session, where Camunda's AuthenticationFilter (which runs after it) reads it. A
 * session whose webapp authentication names another user is corrected; anyone who is not an
 * administrator is refused here too, whatever the chain before did.
 *
 * <p>The webapps' own login is refused (the app's login is the only one). Their logout ends the
 * whole session, app included: a Cockpit logout that left the administrator signed in would be
 * worse than one that signs them out of the app's other tabs as well (README, Cockpit).
 */
class CamundaSignOn extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CamundaSignOn.class);

    private final ProcessEngine engine;

    CamundaSignOn(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/camunda/api/admin/auth/user/") && path.contains("/login/")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (path.startsWith("/camunda/api/admin/auth/user/") && path.endsWith("/logout")) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.setStatus(HttpServletResponse.SC_OK);
            return;
        }
        org.springframework.security.core.Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (!isAdministrator(user)) {
            response.sendError(user == null ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            signOn(session, user.getName());
        }
        chain.doFilter(request, response);
    }

    private void signOn(HttpSession session, String userId) {
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication current = authentications.getAuthenticationForProcessEngine(engine.getName());
        if (current != null && userId.equals(current.getName())) {
            return;
        }
        UserAuthentication authentication = AuthenticationUtil.createAuthentication(engine, userId);
        if (authentication == null) {
            log.warn("Camunda webapps: no engine user {} for the signed-in administrator", userId);
            return;
        }
        authentications.addOrReplace(authentication);
        AuthenticationUtil.updateSession(session, authentications);
    }

    private static boolean isAdministrator(org.springframework.security.core.Authentication user) {
        return user != null && user.isAuthenticated() && user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(Roles.AUTH_ADMIN::equals);
    }
}
