package id.kinerjaflow.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Spring Security's view of the user store. */
@Component
class AppUserDetailsService implements UserDetailsService {

    private final UserDirectory directory;

    AppUserDetailsService(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return directory.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
