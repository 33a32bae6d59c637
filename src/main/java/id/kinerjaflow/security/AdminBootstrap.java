package id.kinerjaflow.security;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A fresh production installation has no account at all: create the first administrator
 * ({@value #USERNAME}) with the configured password (KINERJAFLOW_ADMIN_PASSWORD), or a random one
 * written once to the log; it must be changed at the first sign-in
 * ({@code kinerjaflow.admin.must-change-password}, true unless a test turns it off).
 * Skipped when the demo organisation (with its own accounts) is loaded.
 */
@Component
class AdminBootstrap {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserDirectory directory;
    private final boolean demo;
    private final String initialPassword;
    private final boolean mustChange;

    AdminBootstrap(UserDirectory directory, @Value("${kinerjaflow.demo.enabled:false}") boolean demo,
                   @Value("${kinerjaflow.admin.initial-password:}") String initialPassword,
                   @Value("${kinerjaflow.admin.must-change-password:true}") boolean mustChange) {
        this.directory = directory;
        this.demo = demo;
        this.initialPassword = initialPassword;
        this.mustChange = mustChange;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createFirstAdministrator() {
        if (demo || directory.count() > 0) {
            return;
        }
        String password = initialPassword;
        if (password == null || password.isBlank()) {
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            password = HexFormat.of().formatHex(random);
            // written once: the password is not kept anywhere else, and must be changed at the first sign-in
            log.warn("No account exists: created administrator '{}' with the generated password '{}'. "
                    + "It must be changed at the first sign-in.", USERNAME, password);
        } else {
            log.info("No account exists: created administrator '{}' with the configured initial password", USERNAME);
        }
        String chosen = password;
        SystemAuthentication.runAsSystem(() -> directory.createAccounts(List.of(new UserDirectory.NewAccount(
                USERNAME, "Administrator", null, EnumSet.of(Role.ADMIN))), chosen, mustChange));
    }
}
