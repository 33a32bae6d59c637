package id.kinerjaflow.setup.ui;

import id.kinerjaflow.base.OrganisationSettings;
import id.kinerjaflow.base.OrganisationSettings.TimeZoneChoice;
import id.kinerjaflow.base.ui.Notifications;
import id.kinerjaflow.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;

/**
 * The first start (issue 23): the administrator names the organisation, picks its time zone (WIB,
 * WITA, WIT) and gives its logo (PNG or JPEG, checked by content, at most
 * {@value #MAX_LOGO_BYTES} bytes), then goes on to the import of units and employees. Reached
 * after the first administrator's password change; open again later to change the settings.
 */
@Route("mulai")
@RolesAllowed(Roles.ADMIN)
public class FirstStartView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_LOGO_BYTES = 512 * 1024;

    final TextField name = new TextField();
    final ComboBox<TimeZoneChoice> zone = new ComboBox<>();
    final Upload logoUpload;
    final Span logoStatus = new Span();
    final Button save = new Button();
    private final transient OrganisationSettings settings;
    byte[] logo;
    String logoType;

    public FirstStartView(OrganisationSettings settings) {
        this.settings = settings;
        setMaxWidth("40rem");
        add(new H2(getTranslation("setup.title")));
        Paragraph intro = new Paragraph(getTranslation("setup.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(intro);
        name.setLabel(getTranslation("setup.name"));
        name.setId("setup-name");
        name.setMaxLength(200);
        name.setWidthFull();
        settings.text(OrganisationSettings.NAME).ifPresent(name::setValue);
        zone.setLabel(getTranslation("setup.zone"));
        zone.setId("setup-zone");
        zone.setItems(TimeZoneChoice.values());
        zone.setItemLabelGenerator(z -> getTranslation("setup.zone." + z.name()));
        zone.setValue(settings.timeZone());
        zone.setWidthFull();

        logoUpload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> receivedLogo(data));
            } else {
                receivedLogo(data);
            }
        }));
        logoUpload.setId("setup-logo");
        logoUpload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        logoUpload.setMaxFiles(1);
        logoUpload.setMaxFileSize(MAX_LOGO_BYTES);
        logoUpload.addFileRejectedListener(e -> showLogoError(getTranslation("setup.logo.tooBig", MAX_LOGO_BYTES / 1024)));
        logoStatus.setId("setup-logo-status");
        logoStatus.addClassNames(LumoUtility.FontSize.SMALL);
        Span logoLabel = new Span(getTranslation("setup.logo", MAX_LOGO_BYTES / 1024));
        logoLabel.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.FontWeight.MEDIUM);

        save.setText(getTranslation("setup.save"));
        save.setId("setup-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(name, zone, logoLabel, logoUpload, logoStatus, save);
    }

    /** A logo arrived: kept only when its content is PNG or JPEG, whatever its name says. */
    void receivedLogo(byte[] data) {
        String type = imageType(data);
        if (data.length > MAX_LOGO_BYTES) {
            showLogoError(getTranslation("setup.logo.tooBig", MAX_LOGO_BYTES / 1024));
        } else if (type == null) {
            showLogoError(getTranslation("setup.logo.wrongType"));
        } else {
            logo = data;
            logoType = type;
            logoStatus.setText(getTranslation("setup.logo.ok"));
            logoStatus.removeClassName(LumoUtility.TextColor.ERROR);
        }
    }

    private void showLogoError(String text) {
        logo = null;
        logoType = null;
        logoStatus.setText(text);
        logoStatus.addClassName(LumoUtility.TextColor.ERROR);
    }

    /** PNG or JPEG by their signatures; null for anything else. */
    static String imageType(byte[] d) {
        if (d != null && d.length > 8 && (d[0] & 0xff) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G'
                && d[4] == 0x0d && d[5] == 0x0a && d[6] == 0x1a && d[7] == 0x0a) {
            return "image/png";
        }
        if (d != null && d.length > 3 && (d[0] & 0xff) == 0xff && (d[1] & 0xff) == 0xd8 && (d[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        return null;
    }

    void save() {
        String n = name.getValue() == null ? "" : name.getValue().strip();
        name.setInvalid(n.isEmpty());
        name.setErrorMessage(n.isEmpty() ? getTranslation("field.REQUIRED") : null);
        zone.setInvalid(zone.getValue() == null);
        zone.setErrorMessage(zone.getValue() == null ? getTranslation("field.REQUIRED") : null);
        if (n.isEmpty() || zone.getValue() == null) {
            return;
        }
        settings.saveFirstStart(n, zone.getValue(), logo, logoType);
        Notifications.success(getTranslation("setup.saved"));
        UI.getCurrent().navigate("organisasi/impor");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title") + " | " + getTranslation("app.name");
    }
}
