package id.kinerjaflow.security.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import id.kinerjaflow.base.OrganisationSettings;
import id.kinerjaflow.base.ui.Notifications;
import id.kinerjaflow.security.AccountService;
import id.kinerjaflow.security.CurrentUser;
import id.kinerjaflow.security.Role;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

/**
 * Change one's password: the current one, a new one under the stated policy, repeated. The first
 * administrator is sent here at the first sign-in ({@link ForcedPasswordChange}), and from here
 * to the first-start page {@code mulai} while the organisation is not set up.
 */
@Route("kata-sandi")
@PermitAll
public class PasswordChangeView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current;
    final PasswordField password;
    final PasswordField repeat;
    final Button save = new Button();
    private final transient AccountService accounts;
    private final transient CurrentUser currentUser;
    private final transient OrganisationSettings settings;

    public PasswordChangeView(AccountService accounts, CurrentUser currentUser, OrganisationSettings settings) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.settings = settings;
        setMaxWidth("30rem");
        add(new H2(getTranslation("password.title")));
        if (accounts.mustChangePassword(currentUser.require().username())) {
            Paragraph forced = new Paragraph(getTranslation("password.forced"));
            forced.setId("password-forced");
            forced.addClassNames(LumoUtility.TextColor.ERROR);
            add(forced);
        }
        current = PasswordForms.passwordField("password.current", "password-current");
        password = PasswordForms.passwordField("password.new", "password-new");
        repeat = PasswordForms.passwordField("password.repeat", "password-repeat");
        save.setText(getTranslation("password.save"));
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(current, PasswordForms.policy(), password, repeat, save);
    }

    void save() {
        AccountService.FormResult result = accounts.changePassword(current.getValue(), password.getValue(),
                repeat.getValue(), PasswordForms.address());
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("current", current);
        fields.put("password", password);
        fields.put("repeat", repeat);
        PasswordForms.showErrors(result.errors(), fields);
        if (!result.ok()) {
            return;
        }
        current.clear();
        password.clear();
        repeat.clear();
        Notifications.success(getTranslation("password.changed"));
        boolean firstStart = currentUser.hasRole(Role.ADMIN) && !settings.flag(OrganisationSettings.SET_UP);
        UI.getCurrent().navigate(firstStart ? "mulai" : "");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " | " + getTranslation("app.name");
    }
}
