package id.kinerjaflow.security.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import id.kinerjaflow.base.ui.Notifications;
import id.kinerjaflow.security.AccountService;
import id.kinerjaflow.security.ActivationLetterPdf;
import id.kinerjaflow.security.EmployeeFacts.UnitRef;
import id.kinerjaflow.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;

/**
 * Activation letters of a unit (and the units below it) as one PDF, for HR to print or hand out:
 * making them issues a new one-time code for each employee whose account waits for activation.
 * Those who already have a working code are left out unless asked (their earlier letter then
 * stops working).
 */
@Route("akun/surat-aktivasi")
@RolesAllowed({Roles.HR, Roles.ADMIN})
public class ActivationLettersView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<UnitRef> unit = new ComboBox<>();
    final Checkbox renew = new Checkbox();
    final Button make = new Button();
    final Span result = new Span();
    final Anchor download = new Anchor();
    private final transient AccountService accounts;
    private final transient ActivationLetterPdf pdf;
    byte[] lastPdf;

    public ActivationLettersView(AccountService accounts, ActivationLetterPdf pdf) {
        this.accounts = accounts;
        this.pdf = pdf;
        setMaxWidth("48rem");
        add(new H2(getTranslation("letters.title")));
        Paragraph intro = new Paragraph(getTranslation("letters.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(intro);
        unit.setLabel(getTranslation("letters.unit"));
        unit.setId("letters-unit");
        unit.setItems(accounts.units());
        unit.setItemLabelGenerator(UnitRef::name);
        unit.setWidthFull();
        renew.setLabel(getTranslation("letters.renew"));
        renew.setId("letters-renew");
        make.setText(getTranslation("letters.make"));
        make.setId("letters-make");
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        make.addClickListener(e -> make());
        result.setId("letters-result");
        download.setId("letters-download");
        download.setText(getTranslation("letters.download"));
        download.getElement().setAttribute("download", true);
        download.setVisible(false);
        add(unit, renew, make, result, download);
    }

    void make() {
        if (unit.getValue() == null) {
            unit.setInvalid(true);
            unit.setErrorMessage(getTranslation("field.REQUIRED"));
            return;
        }
        unit.setInvalid(false);
        List<AccountService.Letter> letters = accounts.issueLetters(unit.getValue().id(), renew.getValue());
        if (letters.isEmpty()) {
            result.setText(getTranslation("letters.none", unit.getValue().name()));
            download.setVisible(false);
            lastPdf = null;
            return;
        }
        byte[] bytes = pdf.render(letters, activationUrl());
        lastPdf = bytes;
        String fileName = "surat-aktivasi-" + unit.getValue().code() + "-" + LocalDate.now() + ".pdf";
        download.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes),
                fileName, "application/pdf", bytes.length)));
        download.setVisible(true);
        result.setText(getTranslation("letters.made", letters.size(), unit.getValue().name()));
        Notifications.success(getTranslation("letters.made", letters.size(), unit.getValue().name()));
    }

    private static String activationUrl() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request instanceof jakarta.servlet.http.HttpServletRequest http) {
            String base = http.getRequestURL().toString();
            int path = base.indexOf('/', base.indexOf("//") + 2);
            return (path < 0 ? base : base.substring(0, path)) + http.getContextPath() + "/aktivasi";
        }
        if (request instanceof com.vaadin.flow.server.VaadinServletRequest servlet) {
            return servlet.getScheme() + "://" + servlet.getServerName() + ":" + servlet.getServerPort()
                    + servlet.getContextPath() + "/aktivasi";
        }
        return "/aktivasi";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("letters.title") + " | " + getTranslation("app.name");
    }
}
