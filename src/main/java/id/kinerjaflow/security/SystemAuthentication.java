package id.kinerjaflow.security;

import java.util.EnumSet;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work that no person started (start-up data, scheduled jobs) as the system, with the
 * administrator role, so that services keep their role checks for everyone else.
 */
public final class SystemAuthentication {

    public static final String SYSTEM_USER = "system";

    private SystemAuthentication() {
    }

    public static <T> T runAsSystem(Supplier<T> work) {
        return runAs(new AppUser(SYSTEM_USER, "KinerjaFlow", null, EnumSet.of(Role.ADMIN), true, null), work);
    }

    /** Runs the work as the given user, and puts the previous authentication back afterwards. */
    public static <T> T runAs(AppUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAsSystem(Runnable work) {
        runAsSystem(() -> {
            work.run();
            return null;
        });
    }
}
