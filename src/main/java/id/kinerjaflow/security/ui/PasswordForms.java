package id.kinerjaflow.security.ui;

import java.util.Map;

import id.kinerjaflow.security.PasswordPolicy;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** What the password pages share: the stated policy, the fields' errors, the client address. */
final class PasswordForms {

    private PasswordForms() {
    }

    /** The policy in words, shown above the new password. */
    static Paragraph policy() {
        Paragraph p = new Paragraph(UI.getCurrent().getTranslation("password.policy", PasswordPolicy.MIN_LENGTH));
        p.setId("password-policy");
        p.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        return p;
    }

    static PasswordField passwordField(String labelKey, String id) {
        PasswordField field = new PasswordField(UI.getCurrent().getTranslation(labelKey));
        field.setId(id);
        field.setWidthFull();
        field.setMaxLength(PasswordPolicy.MAX_LENGTH);
        return field;
    }

    /** Marks each field with its refusal, and clears the others. */
    static void showErrors(Map<String, PasswordPolicy.Refusal> errors, Map<String, ? extends HasValidation> fields) {
        fields.forEach((name, field) -> {
            PasswordPolicy.Refusal r = errors.get(name);
            field.setInvalid(r != null);
            field.setErrorMessage(r == null ? null : UI.getCurrent().getTranslation(r.messageKey(), r.args().toArray()));
        });
    }

    /** The client's address, for throttling guesses. */
    static String address() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getBrowser() == null ? null : session.getBrowser().getAddress();
    }
}
