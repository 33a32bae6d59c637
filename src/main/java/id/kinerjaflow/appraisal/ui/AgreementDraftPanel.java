package id.kinerjaflow.appraisal.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.kinerjaflow.appraisal.AgreementRound;
import id.kinerjaflow.appraisal.AgreementRow;
import id.kinerjaflow.appraisal.AgreementService;
import id.kinerjaflow.appraisal.AgreementService.AgreementDraft;
import id.kinerjaflow.appraisal.AgreementService.IndicatorDraft;
import id.kinerjaflow.appraisal.AgreementService.RowDraft;
import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.Indicator;
import id.kinerjaflow.appraisal.RowKind;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.base.ui.FieldErrors;
import id.kinerjaflow.base.ui.TaskForm.TaskContext;
import id.kinerjaflow.security.CurrentUser;
import id.kinerjaflow.security.UserDirectory;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The employee's SKP draft: RHK rows as cards (each with its indicators), the three attachments,
 * and the appraiser's comment on top when the agreement came back. What the employee saved or
 * submitted before is loaded again. Every field is checked next to itself as it is typed;
 * submitting also checks the rules of a complete agreement (a main row, the parent RHK).
 */
public class AgreementDraftPanel extends VerticalLayout {

    static final BigDecimal TARGET_MAX = BigDecimal.valueOf(1_000_000_000L);
    /** The database keeps four decimals of a target. */
    static final int TARGET_DECIMALS = 4;

    private final TaskContext task;
    private final AgreementService agreements;
    private final Clock clock;
    private final List<AgreementRow> candidates;

    final List<RowEditor> rows = new ArrayList<>();
    private final Div rowList = new Div();
    final Button addRow = new Button();
    final TextArea resources = new TextArea();
    final TextArea accountability = new TextArea();
    final TextArea consequences = new TextArea();
    private final Binder<Attachments> attachmentBinder = new Binder<>();
    private final Attachments attachments = new Attachments();
    final Span status = new Span();
    final Button saveDraft;
    final Button submit;
    /** The rules of a complete agreement apply (set by the action: submit yes, save draft no). */
    private boolean complete;
    /** What a row asks of the whole agreement. */
    private final RowEditor.Agreement rowContext = new RowEditor.Agreement() {
        @Override
        public boolean complete() {
            return complete;
        }

        @Override
        public boolean anyMainRow() {
            return AgreementDraftPanel.this.anyMainRow();
        }

        @Override
        public int numberOf(RowEditor row) {
            return rows.indexOf(row) + 1;
        }

        @Override
        public void remove(RowEditor row) {
            removeRow(row);
        }

        @Override
        public void kindChanged() {
            revalidateKinds();
        }
    };

    AgreementDraftPanel(TaskContext task, AgreementService agreements, AppraisalService appraisals,
                        UserDirectory users, CurrentUser currentUser, Clock clock) {
        this.task = task;
        this.agreements = agreements;
        this.clock = clock;
        setPadding(false);
        setWidthFull();
        addClassName("kf-agreement-draft");

        Long appraisalId = task.appraisalId();
        Appraisal appraisal = appraisals.appraisal(appraisalId, currentUser.require());
        candidates = agreements.parentCandidates(appraisalId);
        List<AgreementRound> rounds = appraisals.rounds(appraisalId);
        returnedNotice(rounds, users).ifPresent(this::add);

        rowList.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        addRow.setText(getTranslation("agreementForm.addRow"));
        addRow.setIcon(VaadinIcon.PLUS.create());
        addRow.setId("add-row");
        addRow.addClickListener(e -> {
            RowEditor row = addRowEditor(RowKind.MAIN);
            row.addIndicatorEditor();
            row.description.focus();
        });
        Div rowsSection = FormKit.section(getTranslation("agreementForm.rows"),
                FormKit.hint(getTranslation(candidates.isEmpty() ? "agreementForm.rowsHintNoParents"
                        : "agreementForm.rowsHint")), rowList, addRow);
        rowsSection.setId("section-rows");
        rowList.addClassNames(LumoUtility.Margin.Vertical.SMALL);
        add(rowsSection);

        add(attachmentsSection());

        saveDraft = FormKit.secondary(getTranslation("task.saveDraft"), this::saveDraft);
        saveDraft.setId("save-draft");
        submit = FormKit.primary(getTranslation("agreementForm.submit"), this::submit);
        submit.setId("submit");
        status.setId("draft-status");
        add(FormKit.actions(status, saveDraft, submit));

        List<AgreementRow> stored = appraisals.rows(appraisalId);
        for (AgreementRow r : stored) {
            RowEditor row = addRowEditor(r.getKind());
            row.description.setValue(r.getDescription());
            if (r.getParentRow() != null) {
                candidates.stream().filter(c -> c.getId().equals(r.getParentRow().getId())).findFirst()
                        .ifPresent(row.parent::setValue);
            }
            for (Indicator i : r.getIndicators()) {
                IndicatorEditor ind = row.addIndicatorEditor();
                ind.description.setValue(i.getDescription());
                ind.target.setValue(new BigDecimal(AgreementSummary.plain(i.getTargetValue())));
                ind.unit.setValue(i.getUnitLabel());
                ind.aspect.setValue(i.getAspect());
            }
            if (r.getIndicators().isEmpty()) {
                row.addIndicatorEditor();
            }
        }
        if (rows.isEmpty()) {
            addRowEditor(RowKind.MAIN).addIndicatorEditor();
        }
        attachments.resources = appraisal.getResourcesNote();
        attachments.accountability = appraisal.getAccountabilityNote();
        attachments.consequences = appraisal.getConsequencesNote();
        attachmentBinder.readBean(attachments);
        status.setText(getTranslation(stored.isEmpty() ? "task.notSaved" : "agreementForm.draftResumed"));
        refresh();
    }

    /** The appraiser's comment of the last round, when they returned the agreement. */
    private Optional<Div> returnedNotice(List<AgreementRound> rounds, UserDirectory users) {
        if (rounds.isEmpty()) {
            return Optional.empty();
        }
        AgreementRound last = rounds.get(rounds.size() - 1);
        if (last.getDecision() != AgreementRound.Decision.RETURNED) {
            return Optional.empty();
        }
        String by = FormKit.actor(AgreementSummary.names(List.of(last), users).getOrDefault(last.getDecidedBy(),
                last.getDecidedBy()));
        H3 title = new H3(getTranslation("agreementForm.returnedTitle"));
        title.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
        Span who = new Span(getTranslation("agreementForm.returnedBy", by, FormKit.dateTime(last.getDecidedAt()),
                last.getRoundNo()));
        who.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Div comment = new Div(last.getComment());
        comment.setId("returned-comment");
        comment.addClassNames(LumoUtility.Whitespace.PRE_LINE, LumoUtility.FontWeight.MEDIUM, LumoUtility.Margin.Top.SMALL);
        HorizontalLayout head = new HorizontalLayout(VaadinIcon.COMMENT_ELLIPSIS_O.create(), title);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        Div notice = new Div(head, who, comment);
        notice.setId("returned-notice");
        notice.setWidthFull();
        notice.getElement().setAttribute("role", "status");
        notice.addClassNames(LumoUtility.BoxSizing.BORDER, LumoUtility.Background.WARNING_10, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Padding.MEDIUM,
                LumoUtility.Border.LEFT, LumoUtility.BorderColor.WARNING);
        return Optional.of(notice);
    }

    private Div attachmentsSection() {
        setUpNote(resources, "attachment-resources", "agreementForm.resources", "agreementForm.resourcesHelp");
        setUpNote(accountability, "attachment-accountability", "agreementForm.accountability",
                "agreementForm.accountabilityHelp");
        setUpNote(consequences, "attachment-consequences", "agreementForm.consequences",
                "agreementForm.consequencesHelp");
        String tooLong = getTranslation("field.TOO_LONG", AgreementService.NOTE_MAX);
        attachmentBinder.forField(resources).withValidator(new StringLengthValidator(tooLong, 0, AgreementService.NOTE_MAX))
                .bind(a -> a.resources, (a, v) -> a.resources = v);
        attachmentBinder.forField(accountability)
                .withValidator(new StringLengthValidator(tooLong, 0, AgreementService.NOTE_MAX))
                .bind(a -> a.accountability, (a, v) -> a.accountability = v);
        attachmentBinder.forField(consequences)
                .withValidator(new StringLengthValidator(tooLong, 0, AgreementService.NOTE_MAX))
                .bind(a -> a.consequences, (a, v) -> a.consequences = v);
        FormLayout layout = new FormLayout(resources, accountability, consequences);
        layout.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("48rem", 3));
        Div section = FormKit.section(getTranslation("agreementForm.attachments"),
                FormKit.hint(getTranslation("agreementForm.attachmentsHint")), layout);
        section.setId("section-attachments");
        return section;
    }

    private void setUpNote(TextArea area, String id, String label, String help) {
        area.setId(id);
        area.setLabel(getTranslation(label));
        area.setHelperText(getTranslation(help));
        area.setMaxLength(AgreementService.NOTE_MAX);
        area.setMinRows(2);
        area.setMaxRows(8);
    }

    RowEditor addRowEditor(RowKind kind) {
        RowEditor row = new RowEditor(kind, candidates, rowContext);
        rows.add(row);
        rowList.add(row);
        refresh();
        return row;
    }

    private void removeRow(RowEditor row) {
        rows.remove(row);
        rowList.remove(row);
        refresh();
        revalidateKinds();
    }

    /** Numbers, ids and which add/remove buttons may be used, after every change to the lists. */
    private void refresh() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).number(i + 1);
            rows.get(i).remove.setEnabled(rows.size() > 1);
        }
        addRow.setEnabled(rows.size() < AgreementService.MAX_ROWS);
    }

    /** "At least one main row" concerns every row's kind: check them all again when one changes. */
    private void revalidateKinds() {
        if (complete) {
            rows.forEach(r -> r.kindBinding.validate());
        }
    }

    private boolean anyMainRow() {
        return rows.stream().anyMatch(r -> r.kind.getValue() == RowKind.MAIN);
    }

    void saveDraft() {
        collect(false).ifPresent(draft -> {
            if (FormKit.attempt(() -> agreements.saveDraft(task.appraisalId(), draft))) {
                status.setText(getTranslation("task.draftSaved", FormKit.time(clock.instant())));
            }
        });
    }

    void submit() {
        collect(true).ifPresent(draft -> {
            if (FormKit.attempt(() -> agreements.submit(task.appraisalId(), draft))) {
                task.done().run();
            }
        });
    }

    /**
     * The agreement as the form holds it, if every field is valid. A draft leaves out rows and
     * indicators the employee has not started; a submission checks them all.
     */
    private Optional<AgreementDraft> collect(boolean complete) {
        this.complete = complete;
        List<Binder<?>> checked = new ArrayList<>();
        for (RowEditor row : rows) {
            if (!complete && row.isBlank()) {
                continue;
            }
            checked.add(row.binder);
            row.indicators.stream().filter(ind -> complete || !ind.isBlank()).forEach(ind -> checked.add(ind.binder));
        }
        checked.add(attachmentBinder);
        if (!FieldErrors.check(checked.toArray(Binder[]::new))) {
            return Optional.empty();
        }
        List<RowDraft> list = new ArrayList<>();
        for (RowEditor row : rows) {
            if (!complete && row.isBlank()) {
                continue;
            }
            row.binder.writeBeanIfValid(row.data);
            List<IndicatorDraft> indicators = new ArrayList<>();
            for (IndicatorEditor ind : row.indicators) {
                if (!complete && ind.isBlank()) {
                    continue;
                }
                ind.binder.writeBeanIfValid(ind.data);
                indicators.add(new IndicatorDraft(ind.data.description, ind.data.target, ind.data.unit,
                        ind.data.aspect));
            }
            RowKind kind = row.data.kind;
            Long parentId = kind == RowKind.MAIN && row.data.parent != null ? row.data.parent.getId() : null;
            list.add(new RowDraft(kind, row.data.description, parentId, indicators));
        }
        attachmentBinder.writeBeanIfValid(attachments);
        return Optional.of(new AgreementDraft(list, attachments.resources, attachments.accountability,
                attachments.consequences));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static final class Attachments {
        String resources;
        String accountability;
        String consequences;
    }
}
