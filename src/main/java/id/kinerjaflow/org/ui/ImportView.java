package id.kinerjaflow.org.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import id.kinerjaflow.base.ui.Notifications;
import id.kinerjaflow.org.ImportChange;
import id.kinerjaflow.org.ImportProblem;
import id.kinerjaflow.org.ImportProblem.ImportFile;
import id.kinerjaflow.org.ImportReport;
import id.kinerjaflow.org.OrganisationImportService;
import id.kinerjaflow.org.OrganisationImportService.ImportFiles;
import id.kinerjaflow.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;

/**
 * Import units and employees from CSV, all or nothing: HR uploads the files, checks them (every
 * bad row listed with its line and reason), and imports only when the check is clean. Also the
 * export in the same format, and the sample files.
 */
@Route("organisasi/impor")
@RolesAllowed({Roles.HR, Roles.ADMIN})
@Menu(order = 51, icon = "vaadin:upload", title = "nav.import")
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final OrganisationImportService importer;
    private final Map<ImportFile, byte[]> files = new EnumMap<>(ImportFile.class);
    private final Map<ImportFile, String> fileNames = new EnumMap<>(ImportFile.class);
    final Upload unitsUpload;
    final Upload employeesUpload;
    final Button check = new Button();
    final Button runImport = new Button();
    final Span summary = new Span();
    final Grid<ImportProblem> problems = new Grid<>();
    /** What a clean check would create or change, row by row. */
    final Grid<ImportChange> preview = new Grid<>();
    private ImportReport lastCheck;

    public ImportView(OrganisationImportService importer) {
        this.importer = importer;
        setMaxWidth("72rem");
        add(new H2(getTranslation("import.title")));
        Paragraph intro = new Paragraph(getTranslation("import.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(intro);

        unitsUpload = upload(ImportFile.UNITS);
        employeesUpload = upload(ImportFile.EMPLOYEES);
        FlexLayout uploads = new FlexLayout(uploadCard(ImportFile.UNITS, unitsUpload, "units.csv"),
                uploadCard(ImportFile.EMPLOYEES, employeesUpload, "employees.csv"));
        uploads.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        uploads.addClassNames(LumoUtility.Gap.MEDIUM);
        uploads.setWidthFull();
        add(uploads);

        check.setText(getTranslation("import.check"));
        check.setId("import-check");
        check.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
        check.addClickListener(e -> check());
        runImport.setText(getTranslation("import.run"));
        runImport.setId("import-run");
        runImport.setIcon(VaadinIcon.DATABASE.create());
        runImport.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        runImport.setEnabled(false);
        runImport.addClickListener(e -> runImport());
        add(new HorizontalLayout(check, runImport));

        summary.setId("import-summary");
        add(summary);
        problems.setId("import-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        problems.addColumn(p -> getTranslation("import.file." + p.file().name())).setHeader(getTranslation("import.file"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::line).setHeader(getTranslation("import.line")).setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(p -> p.column() == null ? "" : p.column()).setHeader(getTranslation("import.column"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> getTranslation(p.code(), p.args().toArray())).setHeader(getTranslation("import.reason"))
                .setFlexGrow(1);
        problems.setVisible(false);
        problems.setAllRowsVisible(true);
        add(problems);

        preview.setId("import-preview");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        preview.addColumn(c -> getTranslation("import.file." + c.file().name())).setHeader(getTranslation("import.file"))
                .setKey("file").setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(ImportChange::line).setHeader(getTranslation("import.line")).setKey("line")
                .setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(c -> getTranslation("import.change." + c.kind().name())).setHeader(
                getTranslation("import.change")).setKey("kind").setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(ImportChange::key).setHeader(getTranslation("import.change.key")).setKey("key")
                .setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(ImportChange::name).setHeader(getTranslation("import.change.name")).setKey("name")
                .setFlexGrow(1);
        preview.addColumn(c -> String.join(", ", c.columns())).setHeader(getTranslation("import.change.columns"))
                .setKey("columns").setFlexGrow(1);
        preview.setVisible(false);
        preview.setHeight("24rem");
        add(preview);

        add(new H3(getTranslation("export.title")));
        add(new HorizontalLayout(
                download(getTranslation("export.units"), "unit-kerja-" + LocalDate.now() + ".csv", importer::exportUnits),
                download(getTranslation("export.employees"), "pegawai-" + LocalDate.now() + ".csv",
                        importer::exportEmployees)));
    }

    private Upload upload(ImportFile file) {
        UploadHandler handler = UploadHandler.inMemory((metadata, data) -> {
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> received(file, metadata.fileName(), data));
            } else {
                received(file, metadata.fileName(), data);
            }
        });
        Upload upload = new Upload(handler);
        upload.setI18n(uploadI18n());
        upload.setId("upload-" + file.name().toLowerCase());
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("import.rejected",
                MAX_BYTES / (1024 * 1024))));
        upload.addFileRemovedListener(e -> {
            files.remove(file);
            fileNames.remove(file);
            resetCheck();
        });
        return upload;
    }

    private UploadI18N uploadI18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.add")).setMany(getTranslation("upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop"))
                .setMany(getTranslation("upload.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("upload.tooMany"))
                .setFileIsTooBig(getTranslation("upload.tooBig", MAX_BYTES / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("upload.wrongType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("upload.connecting"))
                        .setStalled(getTranslation("upload.stalled")).setProcessing(getTranslation("upload.processing"))
                        .setHeld(getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("upload.remaining")).setUnknown(getTranslation("upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("upload.serverError"))
                        .setUnexpectedServerError(getTranslation("upload.serverError"))
                        .setForbidden(getTranslation("upload.forbidden"))));
        i18n.setUnits(new UploadI18N.Units(java.util.List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return i18n;
    }

    private Div uploadCard(ImportFile file, Upload upload, String sample) {
        Div card = new Div();
        card.addClassNames(LumoUtility.Background.CONTRAST_5, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Padding.MEDIUM);
        card.getStyle().set("flex", "1 1 20rem");
        H3 title = new H3(getTranslation("import.file." + file.name()));
        title.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Top.NONE);
        Span header = new Span(getTranslation("import.header." + file.name()));
        header.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        header.getStyle().set("font-family", "monospace").set("word-break", "break-all");
        Anchor sampleLink = new Anchor(DownloadHandler.forClassResource(ImportView.class, "/samples/" + sample,
                "contoh-" + sample), getTranslation("import.sample"));
        sampleLink.setId("sample-" + file.name().toLowerCase());
        card.add(title, new Div(header), upload, sampleLink);
        return card;
    }

    /** A file arrived: keep it, and ask for a new check. */
    void received(ImportFile file, String name, byte[] data) {
        files.put(file, data);
        fileNames.put(file, name);
        resetCheck();
    }

    private void resetCheck() {
        lastCheck = null;
        runImport.setEnabled(false);
        summary.setText("");
        problems.setVisible(false);
        preview.setVisible(false);
    }

    void check() {
        if (files.isEmpty()) {
            Notifications.error(getTranslation("import.NO_FILE"));
            return;
        }
        lastCheck = importer.dryRun(currentFiles());
        show(lastCheck);
        runImport.setEnabled(lastCheck.ok());
    }

    void runImport() {
        if (lastCheck == null || !lastCheck.ok()) {
            return;
        }
        ImportReport report = importer.importFiles(currentFiles());
        show(report);
        runImport.setEnabled(false);
        if (report.applied()) {
            Notifications.success(getTranslation("import.done"));
            lastCheck = null;
        } else {
            Notifications.error(getTranslation("import.refused"));
        }
    }

    private ImportFiles currentFiles() {
        return new ImportFiles(files.get(ImportFile.UNITS), files.get(ImportFile.EMPLOYEES));
    }

    private void show(ImportReport r) {
        String counts = getTranslation("import.counts", r.unitsNew(), r.unitsUpdated(), r.unitsUnchanged(),
                r.employeesNew(), r.employeesUpdated(), r.employeesUnchanged());
        if (r.applied()) {
            summary.setText(getTranslation("import.applied") + " " + counts);
        } else if (r.ok()) {
            summary.setText(getTranslation("import.clean") + " " + counts);
        } else {
            summary.setText(getTranslation("import.problems", r.problems().size()));
        }
        summary.getElement().getThemeList().clear();
        summary.getElement().getThemeList().add(r.ok() ? "badge success" : "badge error");
        problems.setItems(r.problems());
        problems.setVisible(!r.ok());
        // a clean check shows what it would write; the import itself, what it wrote
        preview.setItems(r.ok() ? r.changes() : List.of());
        preview.setVisible(r.ok() && !r.changes().isEmpty());
    }

    List<ImportProblem> shownProblems() {
        return problems.getGenericDataView().getItems().toList();
    }

    private Anchor download(String label, String fileName, Supplier<String> content) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv;charset=UTF-8",
                    bytes.length);
        }), label);
        a.getElement().setAttribute("download", true);
        a.addClassNames(LumoUtility.Padding.SMALL);
        return a;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.import") + " | " + getTranslation("app.name");
    }
}
