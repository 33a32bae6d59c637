package id.kinerjaflow.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one way a password is checked for the login form and the engine REST API's HTTP Basic:
 * Spring Security's own check of the user store, behind {@link SignInThrottle}. A blocked name or
 * address is refused without looking at the password; every refusal is the same
 * {@link BadCredentialsException}, whether the account does not exist, waits for activation, is
 * locked or disabled, or the password is wrong, so the answer never tells which.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    static final String REFUSED = "Bad credentials";

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AccountService accounts;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle,
                                    AccountService accounts) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String name = authentication.getName() == null ? "" : authentication.getName().strip();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        if (throttle.blockedUntil(name, address).isPresent()) {
            throttle.failed(name, address, "signin.refused");
            throw new BadCredentialsException(REFUSED);
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (AuthenticationException e) {
            throttle.failed(name, address, "signin.failed");
            throw new BadCredentialsException(REFUSED);
        }
        throttle.succeeded(name);
        if (result.getPrincipal() instanceof AppUser user) {
            accounts.recordSignIn(user.username());
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
