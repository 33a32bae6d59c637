package id.kinerjaflow.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The user of the current request or UI session. */
@Component
public class CurrentUser {

    /** The signed-in user, without the password hash. */
    public Optional<AppUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AppUser user) {
            return Optional.of(user.withoutPassword());
        }
        return Optional.empty();
    }

    public AppUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No user is signed in"));
    }

    public boolean hasRole(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }
}
