package id.kinerjaflow.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import id.kinerjaflow.base.DisplayNamed;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A user as the app and the engine see it: the account with its effective roles (granted and
 * derived). Also the Spring Security principal.
 */
public record AppUser(String username, String displayName, Long employeeId, Set<Role> roles, boolean enabled,
                      String passwordHash) implements UserDetails, DisplayNamed {

    public AppUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The same user without the password hash, safe to hand out. */
    public AppUser withoutPassword() {
        return new AppUser(username, displayName, employeeId, roles, enabled, null);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "AppUser[" + username + ", " + roles + "]";
    }
}
