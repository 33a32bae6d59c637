package id.kinerjaflow.security.ui;

import id.kinerjaflow.security.AccountService;
import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.security.CurrentUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A user who must change the password (the first administrator, after the first sign-in with the
 * initial password) reaches no page but {@code kata-sandi} until it is done.
 */
@Component
class ForcedPasswordChange implements VaadinServiceInitListener {

    private final transient AccountService accounts;
    private final transient CurrentUser currentUser;

    ForcedPasswordChange(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == PasswordChangeView.class || target == id.kinerjaflow.security.ui.LoginView.class
                || target == ActivationView.class) {
            return;
        }
        AppUser user = currentUser.get().orElse(null);
        if (user != null && accounts.mustChangePassword(user.username())) {
            event.forwardTo(PasswordChangeView.class);
        }
    }
}
