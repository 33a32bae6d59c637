package id.kinerjaflow.designer.ui;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kinerjaflow.base.ModelNames;
import id.kinerjaflow.base.ui.BpmnDiagram;
import id.kinerjaflow.base.ui.BpmnDiagram.Marker;
import id.kinerjaflow.base.ui.DmnEditor;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.base.ui.Notifications;
import id.kinerjaflow.designer.DesignDraft;
import id.kinerjaflow.designer.DesignerService;
import id.kinerjaflow.designer.DesignerService.Definition;
import id.kinerjaflow.designer.DesignerService.VersionInfo;
import id.kinerjaflow.designer.DraftKind;
import id.kinerjaflow.designer.DraftState;
import id.kinerjaflow.designer.ModelDiff;
import id.kinerjaflow.designer.ModelFiles;
import id.kinerjaflow.designer.ModelVersion;
import id.kinerjaflow.designer.Problem;
import id.kinerjaflow.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;

/**
 * HR's designer: every process and decision with its versions (which is current, how many
 * appraisals run on each, who deployed it and when) and drafts; a version or draft opens in the
 * browser editor (bpmn-js with the Camunda properties panel, dmn-js); a draft is saved, checked
 * (each problem in words, a click highlights its element), approved by a second person, deployed,
 * and compared with the version it is based on. Files from Camunda Modeler are uploaded here, and
 * any version downloaded. Migration of running instances has its own view (desainer/migrasi).
 */
@Route("desainer")
@RolesAllowed({Roles.HR, Roles.ADMIN})
@Menu(order = 45, icon = "vaadin:file-process", title = "nav.designer")
public class DesignerView extends VerticalLayout implements HasDynamicTitle {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DesignerView.class);

    private final DesignerService designer;

    final Grid<Definition> definitions = new Grid<>();
    final Grid<VersionInfo> versions = new Grid<>();
    final Grid<DesignDraft> drafts = new Grid<>();
    final Upload upload;
    final Div detail = new Div();
    final Span noDrafts = new Span();
    final VerticalLayout editorArea = new VerticalLayout();
    final Span editorTitle = new Span();
    final Span stateBadge = new Span();
    final Span record = new Span();
    final Button save = new Button();
    final Button check = new Button();
    final Button approve = new Button();
    final Button reject = new Button();
    final Button deploy = new Button();
    final Button compare = new Button();
    final Button close = new Button();
    final TextField rejectReason = new TextField();
    final Grid<Problem> problems = new Grid<>();
    final Grid<ModelDiff.Change> changes = new Grid<>();
    BpmnDiagram bpmn;
    DmnEditor dmn;

    private Definition selected;
    /** The open draft, or null while a deployed version is open (saving it makes a draft). */
    private DesignDraft draft;
    private ModelVersion openVersion;
    private Runnable afterSave;
    private Map<String, Set<Marker>> changeMarkers = Map.of();
    /** Element id to label of the open model, for the problem list. */
    private Map<String, String> problemLabels = Map.of();

    DesignerView(DesignerService designer) {
        this.designer = designer;
        setPadding(true);
        setWidthFull();
        addClassName("kf-designer");
        H2 title = new H2(getTranslation("designer.title"));
        title.addClassNames(LumoUtility.Margin.Vertical.NONE, LumoUtility.FontSize.XLARGE);

        upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> uploaded(metadata.fileName(), data));
            } else {
                uploaded(metadata.fileName(), data);
            }
        }));
        upload.setId("designer-upload");
        upload.setAcceptedFileTypes(".bpmn", ".dmn");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(DesignerService.MAX_BYTES);
        upload.setUploadButton(new Button(getTranslation("designer.upload"), VaadinIcon.UPLOAD.create()));
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("designer.UPLOAD_SIZE",
                DesignerService.MAX_BYTES / 1_000_000)));
        upload.setDropAllowed(false);
        Span hint = FormKit.hint(getTranslation("designer.upload.hint"));
        HorizontalLayout header = new HorizontalLayout(title, upload, hint);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.addClassNames(LumoUtility.FlexWrap.WRAP);
        header.setWidthFull();
        header.setFlexGrow(1, title);

        definitionsGrid();
        versionsGrid();
        draftsGrid();
        editor();
        detail.setWidthFull();
        detail.setVisible(false);
        add(header, definitions, detail, editorArea);
        refreshDefinitions();
    }

    /** A process or decision in the reader's language (the bundles), else the model's own name. */
    private String name(DraftKind kind, String key, String modelName) {
        return kind == DraftKind.BPMN ? ModelNames.process(key, modelName, getLocale())
                : ModelNames.decision(key, modelName, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("designer.title") + " | " + getTranslation("app.name");
    }

    // ---- definitions, versions, drafts ----------------------------------------------------------

    private void definitionsGrid() {
        definitions.setId("designer-definitions");
        definitions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        definitions.addComponentColumn(d -> {
            Span key = new Span(d.key());
            key.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Display.BLOCK);
            return new Div(new Span(name(d.kind(), d.key(), d.name())), key);
        }).setHeader(getTranslation("designer.col.definition")).setFlexGrow(3).setAutoWidth(false);
        definitions.addColumn(d -> getTranslation("designer.kind." + d.kind())).setHeader(getTranslation("designer.col.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        definitions.addColumn(d -> "v" + d.current().version().version()).setHeader(getTranslation("designer.col.current"))
                .setAutoWidth(true).setFlexGrow(0);
        definitions.addColumn(d -> d.kind() == DraftKind.BPMN ? Long.toString(d.running()) : "")
                .setHeader(getTranslation("designer.col.running")).setAutoWidth(true).setFlexGrow(0);
        definitions.setAllRowsVisible(true);
        definitions.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                select(e.getValue());
            }
        });
    }

    private void versionsGrid() {
        versions.setId("designer-versions");
        versions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        versions.addColumn(v -> "v" + v.version().version() + (isCurrent(v) ? " (" + getTranslation("designer.current") + ")" : ""))
                .setHeader(getTranslation("designer.col.version")).setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(v -> v.version().kind() == DraftKind.BPMN ? Long.toString(v.version().running()) : "")
                .setHeader(getTranslation("designer.col.running")).setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(VersionInfo::deployedBy).setHeader(getTranslation("designer.col.deployedBy")).setAutoWidth(true);
        versions.addColumn(v -> FormKit.dateTime(v.version().deployedAt())).setHeader(getTranslation("designer.col.deployedAt"))
                .setAutoWidth(true);
        versions.addComponentColumn(this::versionActions).setFlexGrow(1);
        versions.setAllRowsVisible(true);
    }

    private boolean isCurrent(VersionInfo v) {
        return selected != null && selected.current().version().definitionId().equals(v.version().definitionId());
    }

    private Component versionActions(VersionInfo v) {
        ModelVersion version = v.version();
        Button open = new Button(getTranslation("designer.open"), VaadinIcon.EDIT.create(), e -> openVersion(version));
        open.setId("open-" + version.definitionId().replace(':', '-'));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new com.vaadin.flow.server.streams
                .DownloadResponse(new java.io.ByteArrayInputStream(designer.xml(version.definitionId())
                .getBytes(StandardCharsets.UTF_8)), DesignerService.fileName(version), "application/xml", -1)),
                getTranslation("designer.download"));
        download.setId("download-" + version.definitionId().replace(':', '-'));
        download.getElement().setAttribute("download", true);
        HorizontalLayout actions = new HorizontalLayout(open, download);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (!isCurrent(v)) {
            Button diff = new Button(getTranslation("designer.compare"), VaadinIcon.EXCHANGE.create(),
                    e -> compareVersions(version));
            diff.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            diff.setId("compare-" + version.definitionId().replace(':', '-'));
            actions.add(diff);
            if (version.kind() == DraftKind.BPMN && version.running() > 0) {
                Button migrate = new Button(getTranslation("designer.migrate"), VaadinIcon.ARROW_FORWARD.create(),
                        e -> UI.getCurrent().navigate("desainer/migrasi", QueryParameters.simple(Map.of(
                                "process", version.key(), "from", version.definitionId(),
                                "to", selected.current().version().definitionId()))));
                migrate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                migrate.setId("migrate-" + version.definitionId().replace(':', '-'));
                actions.add(migrate);
            }
        }
        return actions;
    }

    private void draftsGrid() {
        drafts.setId("designer-drafts");
        drafts.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        drafts.addColumn(d -> "#" + d.getId()).setHeader(getTranslation("designer.col.draft")).setAutoWidth(true)
                .setFlexGrow(0);
        drafts.addComponentColumn(d -> badge(d.getState())).setHeader(getTranslation("designer.col.state"))
                .setAutoWidth(true).setFlexGrow(0);
        drafts.addColumn(d -> d.getAuthor() + " · " + getTranslation("designer.origin." + d.getOrigin()))
                .setHeader(getTranslation("designer.col.author")).setAutoWidth(true);
        drafts.addColumn(d -> FormKit.dateTime(d.getUpdatedAt())).setHeader(getTranslation("designer.col.updated"))
                .setAutoWidth(true);
        drafts.addColumn(d -> d.getApprover() == null ? "" : d.getApprover())
                .setHeader(getTranslation("designer.col.approver")).setAutoWidth(true);
        drafts.setAllRowsVisible(true);
        noDrafts.setText(getTranslation("designer.noDrafts"));
        noDrafts.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        drafts.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                openDraft(designer.draft(e.getValue().getId()));
            }
        });
    }

    private Span badge(DraftState state) {
        Span badge = new Span(getTranslation("designer.state." + state));
        String theme = switch (state) {
            case CHECKED -> "badge";
            case APPROVED, DEPLOYED -> "badge success";
            case REJECTED -> "badge error";
            default -> "badge contrast";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private void refreshDefinitions() {
        List<Definition> all = designer.definitions();
        definitions.setItems(all);
        if (selected != null) {
            all.stream().filter(d -> d.kind() == selected.kind() && d.key().equals(selected.key())).findFirst()
                    .ifPresent(this::select);
        }
    }

    void select(Definition definition) {
        selected = definition;
        versions.setItems(definition.versions());
        refreshLists();
        detail.removeAll();
        H3 versionsTitle = new H3(getTranslation("designer.versions") + ": "
                + name(definition.kind(), definition.key(), definition.name()));
        H3 draftsTitle = new H3(getTranslation("designer.drafts"));
        for (H3 h : List.of(versionsTitle, draftsTitle)) {
            h.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Bottom.XSMALL);
        }
        detail.add(versionsTitle, versions, draftsTitle, drafts, noDrafts);
        detail.setVisible(true);
    }

    // ---- the editor -----------------------------------------------------------------------------

    private void editor() {
        editorArea.setId("designer-editor");
        editorArea.setPadding(false);
        editorArea.setWidthFull();
        editorArea.setVisible(false);
        editorTitle.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.LARGE);
        configure(save, "designer-save", "designer.saveDraft", VaadinIcon.DOWNLOAD_ALT, () -> saveThen(null));
        configure(check, "designer-check", "designer.check", VaadinIcon.CHECK_SQUARE_O, () -> saveThen(this::runCheck));
        configure(approve, "designer-approve", "designer.approve", VaadinIcon.THUMBS_UP, this::runApprove);
        configure(reject, "designer-reject", "designer.reject", VaadinIcon.THUMBS_DOWN, this::runReject);
        configure(deploy, "designer-deploy", "designer.deploy", VaadinIcon.ROCKET, this::confirmDeploy);
        configure(compare, "designer-compare", "designer.compare", VaadinIcon.EXCHANGE, this::runCompareWithBase);
        configure(close, "designer-close", "designer.close", VaadinIcon.CLOSE_SMALL, this::closeEditor);
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        deploy.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        rejectReason.setId("designer-reject-reason");
        rejectReason.setPlaceholder(getTranslation("designer.rejectReason"));
        rejectReason.setMaxLength(2000);
        record.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);

        problems.setId("designer-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // the step by its label, as HR sees it in the editor; the id only where it has no label
        problems.addColumn(p -> p.elementId() == null ? getTranslation("designer.problem.wholeFile")
                        : ModelNames.step(p.elementId(), problemLabels.get(p.elementId()), getLocale()))
                .setHeader(getTranslation("designer.col.element")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> getTranslation(p.code(), p.args().toArray())).setHeader(getTranslation("designer.problems"))
                .setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        problems.asSingleSelect().addValueChangeListener(e -> highlight(e.getValue()));

        changes.setId("designer-changes");
        changes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.addColumn(c -> getTranslation("designer.change." + c.kind())).setHeader(getTranslation("designer.changes"))
                .setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(c -> ModelNames.step(c.elementId(), c.name(), getLocale()) + " (" + c.elementId() + ")")
                .setHeader(getTranslation("designer.col.element")).setFlexGrow(1);
        changes.addColumn(c -> c.type()).setHeader(getTranslation("designer.col.kind")).setAutoWidth(true);
        changes.addColumn(c -> String.join(", ", c.details())).setFlexGrow(1);
        changes.setAllRowsVisible(true);
        changes.setVisible(false);
    }

    private void configure(Button button, String id, String label, VaadinIcon icon, Runnable action) {
        button.setId(id);
        button.setText(getTranslation(label));
        button.setIcon(icon.create());
        button.addClickListener(e -> FormKit.attempt(action));
    }

    void openVersion(ModelVersion version) {
        draft = null;
        openVersion = version;
        showEditor(version.kind(), designer.xml(version.definitionId()));
        editorTitle.setText(getTranslation("designer.viewing", name(version.kind(), version.key(), version.name()),
                version.version()));
        updateButtons();
    }

    void openDraft(DesignDraft d) {
        draft = d;
        openVersion = null;
        showEditor(d.getKind(), d.getXml());
        updateButtons();
        showProblems(designer.report(d));
    }

    private void showEditor(DraftKind kind, String xml) {
        editorArea.removeAll();
        problems.setItems(List.of());
        problems.setVisible(false);
        changes.setVisible(false);
        changeMarkers = Map.of();
        Component editor;
        if (kind == DraftKind.BPMN) {
            bpmn = new BpmnDiagram(BpmnDiagram.Mode.EDIT);
            bpmn.setId("designer-bpmn");
            bpmn.setWidthFull();
            bpmn.setHeight("560px");
            bpmn.setXml(xml);
            bpmn.addSaveListener(e -> saved(e.getXml()));
            bpmn.addDirtyListener(e -> stateBadge.setText(getTranslation("designer.state.DRAFT") + " *"));
            dmn = null;
            editor = bpmn;
        } else {
            dmn = dmnEditor(xml, dmnReadOnly());
            bpmn = null;
            editor = dmn;
        }
        HorizontalLayout titleBar = new HorizontalLayout(editorTitle, stateBadge);
        titleBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        HorizontalLayout buttons = new HorizontalLayout(save, check, approve, rejectReason, reject, deploy, compare, close);
        buttons.addClassNames(LumoUtility.FlexWrap.WRAP);
        buttons.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        editorArea.add(titleBar, record, buttons, editor, problems, changes);
        editorArea.setVisible(true);
    }

    /** A decision editor, read-only or not: dmn-js's viewer is another program, so this is chosen now. */
    private DmnEditor dmnEditor(String xml, boolean readOnly) {
        DmnEditor editor = new DmnEditor();
        editor.setId("designer-dmn");
        editor.setWidthFull();
        editor.setHeight("560px");
        editor.setReadOnly(readOnly);
        editor.setXml(xml);
        editor.addSaveListener(e -> saved(e.getXml()));
        editor.addDirtyListener(e -> stateBadge.setText(getTranslation("designer.state.DRAFT") + " *"));
        return editor;
    }

    /** A deployed draft is final; everything else may be edited (a deployed version's edit makes a draft). */
    private boolean dmnReadOnly() {
        return draft != null && draft.getState() == DraftState.DEPLOYED;
    }

    /** When a draft becomes final (deployed), its open decision editor is replaced by a read-only one. */
    private void keepDmnReadOnlyInStep() {
        boolean readOnly = dmnReadOnly();
        if (dmn != null && dmn.isReadOnly() != readOnly) {
            DmnEditor replacement = dmnEditor(draft == null ? dmn.getXml() : draft.getXml(), readOnly);
            editorArea.replace(dmn, replacement);
            dmn = replacement;
        }
    }

    private void updateButtons() {
        boolean isDraft = draft != null;
        DraftState state = isDraft ? draft.getState() : null;
        if (isDraft) {
            editorTitle.setText(getTranslation("designer.editing", draft.getId(),
                    name(draft.getKind(), draft.getKey(), draft.getName()), draft.getKey()));
            stateBadge.setText(getTranslation("designer.state." + state));
            stateBadge.getElement().getThemeList().clear();
            stateBadge.getElement().getThemeList().add(badge(state).getElement().getThemeList().iterator().next());
            record.setText(recordText(draft));
        } else {
            stateBadge.setText("");
            record.setText("");
        }
        save.setEnabled(!isDraft || state != DraftState.DEPLOYED);
        check.setEnabled(!isDraft || state == DraftState.DRAFT || state == DraftState.CHECKED
                || state == DraftState.REJECTED);
        // approval is offered only to a second person who may give it (four eyes), not to the author
        approve.setVisible(isDraft && designer.mayApprove(draft));
        reject.setVisible(isDraft && designer.mayReject(draft));
        rejectReason.setVisible(reject.isVisible());
        deploy.setVisible(isDraft && state == DraftState.APPROVED);
        compare.setVisible(isDraft);
        keepDmnReadOnlyInStep();
    }

    private String recordText(DesignDraft d) {
        StringBuilder s = new StringBuilder(getTranslation("designer.origin." + d.getOrigin())).append(" · ")
                .append(d.getAuthor()).append(" · ").append(FormKit.dateTime(d.getUpdatedAt()));
        if (d.getApprover() != null || d.getDeployedBy() != null) {
            s.append(" · ").append(getTranslation("designer.record", FormKit.dateTime(d.getCheckedAt()),
                    nz(d.getApprover()), FormKit.dateTime(d.getApprovedAt()), nz(d.getDeployedBy()),
                    FormKit.dateTime(d.getDeployedAt())));
        }
        if (d.getState() == DraftState.REJECTED) {
            s.append(" · ").append(getTranslation("designer.rejectedBy", d.getRejectedBy(), d.getRejectReason()));
        }
        return s.toString();
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }

    /** Asks the editor for its XML; the answer ({@link #saved}) stores it, then runs the next step. */
    private void saveThen(Runnable next) {
        afterSave = next;
        if (bpmn != null) {
            bpmn.requestSave();
        } else if (dmn != null) {
            dmn.requestSave();
        }
    }

    void saved(String xml) {
        Runnable next = afterSave;
        afterSave = null;
        boolean ok = FormKit.attempt(() -> {
            if (draft == null) {
                draft = designer.createDraft(openVersion.definitionId(), xml);
                openVersion = null;
            } else {
                draft = designer.save(draft.getId(), draft.getVersion(), xml);
            }
        });
        if (!ok) {
            return;
        }
        // the draft is saved from here on: whatever fails next must not read as "not saved"
        try {
            updateButtons();
            refreshLists();
            if (next != null) {
                FormKit.attempt(next);
            } else {
                Notifications.success(getTranslation("designer.saved"));
            }
        } catch (RuntimeException e) {
            LOG.error("Draft {} was saved, the next step failed", draft.getId(), e);
            Notifications.error(getTranslation("designer.savedNextFailed", draft.getId()));
        }
    }

    private void runCheck() {
        draft = designer.check(draft.getId());
        List<Problem> found = designer.report(draft);
        showProblems(found);
        updateButtons();
        refreshLists();
        if (found.isEmpty()) {
            Notifications.success(getTranslation("designer.checkedClean"));
        } else {
            Notifications.error(getTranslation("designer.checkedProblems", found.size()));
        }
    }

    private void showProblems(List<Problem> found) {
        problemLabels = ModelFiles.labels(draft != null ? draft.getXml() : "");
        problems.setItems(found);
        problems.setVisible(!found.isEmpty());
        Map<String, Set<Marker>> markers = new HashMap<>();
        for (Problem p : found) {
            if (p.elementId() != null) {
                markers.computeIfAbsent(p.elementId(), k -> EnumSet.noneOf(Marker.class)).add(Marker.PROBLEM);
            }
        }
        if (bpmn != null) {
            bpmn.setMarkers(markers);
        }
    }

    /** A click on a problem selects its element in the diagram. */
    private void highlight(Problem p) {
        if (bpmn == null) {
            return;
        }
        Map<String, Set<Marker>> markers = new HashMap<>(bpmn.getMarkers());
        markers.replaceAll((id, set) -> {
            EnumSet<Marker> copy = set.isEmpty() ? EnumSet.noneOf(Marker.class) : EnumSet.copyOf(set);
            copy.remove(Marker.SELECTED);
            return copy;
        });
        if (p != null && p.elementId() != null) {
            markers.computeIfAbsent(p.elementId(), k -> EnumSet.noneOf(Marker.class)).add(Marker.SELECTED);
        }
        bpmn.setMarkers(markers);
    }

    private void runApprove() {
        draft = designer.approve(draft.getId(), draft.getVersion());
        updateButtons();
        refreshLists();
        Notifications.success(getTranslation("designer.approved", draft.getApprover()));
    }

    private void runReject() {
        draft = designer.reject(draft.getId(), draft.getVersion(), rejectReason.getValue());
        rejectReason.clear();
        updateButtons();
        refreshLists();
        Notifications.success(getTranslation("designer.rejected"));
    }

    /** Deploying changes what every new appraisal runs: the user confirms first, as for a cycle's launch. */
    private void confirmDeploy() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-deploy");
        dialog.setHeader(getTranslation("designer.deploy"));
        dialog.setText(getTranslation(draft.getKind() == DraftKind.BPMN ? "designer.deploy.confirm.BPMN"
                : "designer.deploy.confirm.DMN", name(draft.getKind(), draft.getKey(), draft.getName())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("designer.deploy"));
        dialog.addConfirmListener(e -> FormKit.attempt(this::runDeploy));
        dialog.open();
    }

    private void runDeploy() {
        draft = designer.deploy(draft.getId(), draft.getVersion());
        updateButtons();
        refreshDefinitions();
        refreshLists();
        Notifications.success(getTranslation("designer.deployed",
                designer.version(draft.getDefinitionId()).version()));
    }

    private void runCompareWithBase() {
        showChanges(designer.compareWithBase(draft.getId()));
    }

    private void compareVersions(ModelVersion older) {
        ModelVersion current = selected.current().version();
        openVersion(current);
        showChanges(designer.compareVersions(older.definitionId(), current.definitionId()));
    }

    void showChanges(List<ModelDiff.Change> found) {
        changes.setItems(found);
        changes.setVisible(true);
        if (found.isEmpty()) {
            Notifications.success(getTranslation("designer.noChanges"));
        }
        Map<String, Set<Marker>> markers = new HashMap<>();
        for (ModelDiff.Change c : found) {
            Marker m = switch (c.kind()) {
                case ADDED -> Marker.ADDED;
                case REMOVED -> Marker.REMOVED;
                case CHANGED -> Marker.CHANGED;
            };
            markers.computeIfAbsent(c.elementId(), k -> EnumSet.noneOf(Marker.class)).add(m);
        }
        changeMarkers = markers;
        if (bpmn != null) {
            bpmn.setMarkers(markers);
        }
    }

    Map<String, Set<Marker>> changeMarkers() {
        return changeMarkers;
    }

    private void refreshLists() {
        if (selected != null) {
            List<DesignDraft> list = designer.drafts(selected.key()).stream()
                    .filter(d -> d.getKind() == selected.kind()).toList();
            drafts.setItems(list);
            noDrafts.setVisible(list.isEmpty());
        }
    }

    private void closeEditor() {
        editorArea.setVisible(false);
        editorArea.removeAll();
        draft = null;
        openVersion = null;
        bpmn = null;
        dmn = null;
    }

    private void uploaded(String fileName, byte[] data) {
        FormKit.attempt(() -> {
            DesignDraft d = designer.upload(fileName, data);
            Notifications.success(getTranslation("designer.uploaded", fileName, d.getId()));
            refreshDefinitions();
            definitions.getListDataView().getItems()
                    .filter(def -> def.kind() == d.getKind() && def.key().equals(d.getKey())).findFirst()
                    .ifPresent(def -> definitions.select(def));
            openDraft(d);
        });
        upload.clearFileList();
    }
}
