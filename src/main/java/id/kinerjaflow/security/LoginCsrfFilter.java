package id.kinerjaflow.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds the login form to the session that showed it (issue 17, item 5). Vaadin's security setup
 * exempts the login page from Spring's CSRF check, so a page on another site could post a login
 * form and sign the victim's browser in to an account the attacker controls (login CSRF). This
 * filter, before the login itself, accepts a login POST only with the session's CSRF token (the
 * login page puts it in the form's action, security/ui/LoginView); a post without it, or from a
 * session that never saw the page (the session cookie is SameSite=Lax, so another site's post
 * carries none), goes back to the login page, which says the page had expired.
 */
public class LoginCsrfFilter extends OncePerRequestFilter {

    /** The request parameter carrying the token (Spring's default name). */
    public static final String PARAMETER = "_csrf";

    private final String loginPath;
    private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

    public LoginCsrfFilter(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && loginPath.equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DeferredCsrfToken deferred = (DeferredCsrfToken) request.getAttribute(DeferredCsrfToken.class.getName());
        if (deferred == null || deferred.isGenerated() || !matches(request, deferred.get())) {
            response.sendRedirect(request.getContextPath() + loginPath + "?expired");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean matches(HttpServletRequest request, CsrfToken expected) {
        String sent = request.getParameter(PARAMETER);
        if (sent == null || expected == null) {
            return false;
        }
        // the page may carry the token as it is or masked (Spring's BREACH protection)
        String unmasked = masked.resolveCsrfTokenValue(request, expected);
        return same(sent, expected.getToken()) || (unmasked != null && same(unmasked, expected.getToken()));
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
