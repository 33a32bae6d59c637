package id.kinerjaflow.designer.ui;

import java.util.List;
import java.util.Locale;

import id.kinerjaflow.base.ModelNames;
import id.kinerjaflow.base.ui.BpmnDiagram;
import id.kinerjaflow.base.ui.DmnEditor;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.base.ui.Notifications;
import id.kinerjaflow.designer.DesignDraft;
import id.kinerjaflow.designer.DesignerService;
import id.kinerjaflow.designer.DraftKind;
import id.kinerjaflow.designer.DraftState;
import id.kinerjaflow.designer.ModelVersion;
import id.kinerjaflow.designer.Problem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The designer's editor of one model: a deployed version or a draft in bpmn-js or dmn-js, with its
 * state and record (who wrote, checked, approved, deployed it and when) and the steps of its life:
 * save, check, approve or reject (a second person: four eyes), deploy after a confirmation, compare
 * with the version it is based on. Saving a deployed version makes a draft.
 */
class DraftEditor extends VerticalLayout {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DraftEditor.class);

    private final DesignerService designer;
    /** Told when a draft changed (the lists show it), and whether a deployment changed the versions. */
    private final java.util.function.Consumer<Boolean> changed;

    final Span title = new Span();
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
    final ModelReport report;
    BpmnDiagram bpmn;
    DmnEditor dmn;

    /** The open draft, or null while a deployed version is open (saving it makes a draft). */
    private DesignDraft draft;
    private ModelVersion openVersion;
    private Runnable afterSave;

    DraftEditor(DesignerService designer, java.util.function.Consumer<Boolean> changed) {
        this.designer = designer;
        this.changed = changed;
        this.report = new ModelReport(() -> bpmn);
        setId("designer-editor");
        setPadding(false);
        setWidthFull();
        setVisible(false);
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.LARGE);
        configure(save, "designer-save", "designer.saveDraft", VaadinIcon.DOWNLOAD_ALT, () -> saveThen(null));
        configure(check, "designer-check", "designer.check", VaadinIcon.CHECK_SQUARE_O, () -> saveThen(this::runCheck));
        configure(approve, "designer-approve", "designer.approve", VaadinIcon.THUMBS_UP, this::runApprove);
        configure(reject, "designer-reject", "designer.reject", VaadinIcon.THUMBS_DOWN, this::runReject);
        configure(deploy, "designer-deploy", "designer.deploy", VaadinIcon.ROCKET, this::confirmDeploy);
        configure(compare, "designer-compare", "designer.compare", VaadinIcon.EXCHANGE,
                () -> report.showChanges(designer.compareWithBase(draft.getId())));
        configure(close, "designer-close", "designer.close", VaadinIcon.CLOSE_SMALL, this::close);
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        deploy.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        rejectReason.setId("designer-reject-reason");
        rejectReason.setPlaceholder(getTranslation("designer.rejectReason"));
        rejectReason.setMaxLength(2000);
        record.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
    }

    /** A process or decision in the reader's language (the bundles), else the model's own name. */
    static String name(DraftKind kind, String key, String modelName, Locale locale) {
        return kind == DraftKind.BPMN ? ModelNames.process(key, modelName, locale)
                : ModelNames.decision(key, modelName, locale);
    }

    private String name(DraftKind kind, String key, String modelName) {
        return name(kind, key, modelName, getLocale());
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
        show(version.kind(), designer.xml(version.definitionId()));
        title.setText(getTranslation("designer.viewing", name(version.kind(), version.key(), version.name()),
                version.version()));
        updateButtons();
    }

    void openDraft(DesignDraft d) {
        draft = d;
        openVersion = null;
        show(d.getKind(), d.getXml());
        updateButtons();
        report.showProblems(d.getXml(), designer.report(d));
    }

    private void show(DraftKind kind, String xml) {
        removeAll();
        report.clear();
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
        HorizontalLayout titleBar = new HorizontalLayout(title, stateBadge);
        titleBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        HorizontalLayout buttons = new HorizontalLayout(save, check, approve, rejectReason, reject, deploy, compare, close);
        buttons.addClassNames(LumoUtility.FlexWrap.WRAP);
        buttons.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(titleBar, record, buttons, editor, report);
        setVisible(true);
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
            replace(dmn, replacement);
            dmn = replacement;
        }
    }

    private void updateButtons() {
        boolean isDraft = draft != null;
        DraftState state = isDraft ? draft.getState() : null;
        if (isDraft) {
            title.setText(getTranslation("designer.editing", draft.getId(),
                    name(draft.getKind(), draft.getKey(), draft.getName()), draft.getKey()));
            stateBadge.setText(getTranslation("designer.state." + state));
            stateBadge.getElement().getThemeList().clear();
            stateBadge.getElement().getThemeList().add(DraftGrid.theme(state));
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
            changed.accept(false);
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
        report.showProblems(draft.getXml(), found);
        updateButtons();
        changed.accept(false);
        if (found.isEmpty()) {
            Notifications.success(getTranslation("designer.checkedClean"));
        } else {
            Notifications.error(getTranslation("designer.checkedProblems", found.size()));
        }
    }

    private void runApprove() {
        draft = designer.approve(draft.getId(), draft.getVersion());
        updateButtons();
        changed.accept(false);
        Notifications.success(getTranslation("designer.approved", draft.getApprover()));
    }

    private void runReject() {
        draft = designer.reject(draft.getId(), draft.getVersion(), rejectReason.getValue());
        rejectReason.clear();
        updateButtons();
        changed.accept(false);
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
        changed.accept(true);
        Notifications.success(getTranslation("designer.deployed",
                designer.version(draft.getDefinitionId()).version()));
    }

    void close() {
        setVisible(false);
        removeAll();
        draft = null;
        openVersion = null;
        bpmn = null;
        dmn = null;
    }
}
