package id.kinerjaflow.security.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import id.kinerjaflow.base.ui.LanguageSwitch;
import id.kinerjaflow.security.AccountService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The first sign-in of an employee (issue 23): NIP, the one-time code of the activation letter
 * and a new password under the stated policy. Each problem shows next to its field; nothing is
 * saved unless everything is right; a wrong code is throttled like a wrong password.
 */
@Route(value = "aktivasi", autoLayout = false)
@AnonymousAllowed
public class ActivationView extends VerticalLayout implements HasDynamicTitle {

    final TextField nip = new TextField();
    final TextField code = new TextField();
    final PasswordField password;
    final PasswordField repeat;
    final Button submit = new Button();
    final Div done = new Div();
    private final Div card = new Div();
    private final transient AccountService accounts;

    public ActivationView(AccountService accounts) {
        this.accounts = accounts;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        addClassNames(LumoUtility.Background.CONTRAST_5);

        H1 title = new H1(getTranslation("app.name"));
        title.addClassNames(LumoUtility.FontSize.XXXLARGE, LumoUtility.TextColor.PRIMARY, LumoUtility.Margin.NONE);

        nip.setLabel(getTranslation("activation.nip"));
        nip.setId("activation-nip");
        nip.setWidthFull();
        nip.setMaxLength(60);
        code.setLabel(getTranslation("activation.code"));
        code.setId("activation-code");
        code.setHelperText(getTranslation("activation.code.help"));
        code.setWidthFull();
        code.setMaxLength(40);
        password = PasswordForms.passwordField("password.new", "activation-password");
        repeat = PasswordForms.passwordField("password.repeat", "activation-repeat");
        submit.setText(getTranslation("activation.submit"));
        submit.setId("activation-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setWidthFull();
        submit.addClickListener(e -> activate());

        H2 heading = new H2(getTranslation("activation.title"));
        heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.Top.NONE);
        Paragraph intro = new Paragraph(getTranslation("activation.intro"));
        intro.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        card.add(heading, intro, nip, code, PasswordForms.policy(), password, repeat, submit);
        card.addClassNames(LumoUtility.Background.BASE, LumoUtility.BorderRadius.LARGE, LumoUtility.BoxShadow.SMALL,
                LumoUtility.Padding.LARGE);
        card.setWidthFull();
        card.setMaxWidth("24rem");

        done.setId("activation-done");
        done.setVisible(false);
        done.addClassNames(LumoUtility.Background.BASE, LumoUtility.BorderRadius.LARGE, LumoUtility.Padding.LARGE);
        done.setMaxWidth("24rem");
        done.add(new Paragraph(getTranslation("activation.done")),
                new Anchor("login", getTranslation("activation.toLogin")));

        Anchor back = new Anchor("login", getTranslation("activation.back"));
        back.setId("activation-back");
        add(title, card, done, back, new LanguageSwitch());
    }

    void activate() {
        AccountService.FormResult result = accounts.activate(nip.getValue(), code.getValue(), password.getValue(),
                repeat.getValue(), PasswordForms.address());
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("nip", nip);
        fields.put("code", code);
        fields.put("password", password);
        fields.put("repeat", repeat);
        PasswordForms.showErrors(result.errors(), fields);
        if (result.ok()) {
            password.clear();
            repeat.clear();
            code.clear();
            card.setVisible(false);
            done.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activation.title") + " | " + getTranslation("app.name");
    }
}
