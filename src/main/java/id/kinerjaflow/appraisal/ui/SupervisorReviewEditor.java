package id.kinerjaflow.appraisal.ui;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import id.kinerjaflow.appraisal.AgreementRow;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.BehaviourAssessment;
import id.kinerjaflow.appraisal.SupervisorReviewService;
import id.kinerjaflow.appraisal.SupervisorReviewService.ReviewForm;
import id.kinerjaflow.base.ui.FieldErrors;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.base.ui.TaskForm.TaskContext;
import id.kinerjaflow.feedback.FeedbackService;
import id.kinerjaflow.feedback.PeerFeedback;
import id.kinerjaflow.process.TaskDrafts;
import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.rating.CoreValue;
import id.kinerjaflow.rating.Expectation;
import id.kinerjaflow.rating.PerformanceRating;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The appraiser's review of one employee: per RHK the indicators with target, actual, achievement
 * and evidence, and a rating pre-filled with the decision table's suggestion shown beside it; per
 * core value the employee's reflection and what the peers said, and a rating; then the overall
 * results rating (it follows the suggestion from the RHK ratings until the appraiser picks another
 * one) and behaviour rating, with the performance rating the matrix gives shown live. A draft of
 * every choice can be saved and is resumed when the task is opened again.
 */
public class SupervisorReviewEditor extends VerticalLayout {

    /** What the binder edits: one rating per RHK and per core value, and the two overall ratings. */
    static final class Entries {
        final Map<Long, Expectation> rows = new HashMap<>();
        final Map<CoreValue, Expectation> values = new EnumMap<>(CoreValue.class);
        Expectation results;
        Expectation behaviour;
    }

    private final TaskContext task;
    private final SupervisorReviewService reviews;
    private final TaskDrafts drafts;
    private final Long appraisalId;
    private final AppraisalService appraisals;
    private final AppUser user;
    private final List<AgreementRow> rows;
    private final Map<Long, Expectation> rowSuggestions;
    private final Binder<Entries> binder = new Binder<>();
    private final NumberFormat numbers;

    final Map<Long, Select<Expectation>> rowRatings = new LinkedHashMap<>();
    final Map<CoreValue, Select<Expectation>> valueRatings = new EnumMap<>(CoreValue.class);
    final Select<Expectation> resultsRating;
    final Select<Expectation> behaviourRating;
    final Span resultsSuggestion = new Span();
    final Span preview = RatingBadge.prominent();
    final Span previewExplanation = new Span();
    final Span status = new Span();
    final Button saveDraft;
    final Button submit;
    /** The results rating the decision table suggests for the current RHK ratings (null until all are rated). */
    private Expectation suggestedResults;

    SupervisorReviewEditor(TaskContext task, SupervisorReviewService reviews, AppraisalService appraisals,
                           FeedbackService feedback, TaskDrafts drafts, AppUser user) {
        this.task = task;
        this.appraisals = appraisals;
        this.user = user;
        this.reviews = reviews;
        this.drafts = drafts;
        this.appraisalId = task.appraisalId();
        this.numbers = NumberFormat.getNumberInstance(getLocale());
        numbers.setMaximumFractionDigits(2);
        setId("supervisor-review-form");
        setPadding(false);
        setWidthFull();

        rows = appraisals.rows(appraisalId);
        rowSuggestions = reviews.suggestRows(appraisalId);
        // names only: the content is read when someone opens a file
        Map<Long, List<AppraisalService.EvidenceFile>> evidence = new HashMap<>();
        List<AppraisalService.EvidenceFile> generalEvidence = new ArrayList<>();
        for (AppraisalService.EvidenceFile e : appraisals.evidenceFiles(appraisalId)) {
            if (e.indicatorId() == null) {
                generalEvidence.add(e);
            } else {
                evidence.computeIfAbsent(e.indicatorId(), k -> new ArrayList<>()).add(e);
            }
        }
        Map<CoreValue, String> reflections = new EnumMap<>(CoreValue.class);
        for (BehaviourAssessment b : appraisals.behaviour(appraisalId)) {
            reflections.put(b.getCoreValue(), b.getReflection());
        }
        List<PeerFeedback> peers = feedback.feedbackFor(appraisalId);

        resultsRating = ExpectationChoice.select("results-rating", getTranslation("supervisorReview.resultsRating"));
        behaviourRating = ExpectationChoice.select("behaviour-rating",
                getTranslation("supervisorReview.behaviourRating"));
        add(rowsSection(evidence, generalEvidence), valuesSection(reflections, peers), peersSection(peers),
                overallSection());

        saveDraft = FormKit.secondary(getTranslation("task.saveDraft"), this::saveDraft);
        saveDraft.setId("save-draft");
        submit = FormKit.primary(getTranslation("supervisorReview.submit"), this::submit);
        submit.setId("submit");
        add(FormKit.actions(status, saveDraft, submit));

        binder.readBean(initialEntries());
        rowRatings.values().forEach(s -> s.addValueChangeListener(e -> rowRatingChanged()));
        resultsRating.addValueChangeListener(e -> updatePreview());
        behaviourRating.addValueChangeListener(e -> updatePreview());
        showResultsSuggestion();
        updatePreview();
    }

    // ---- the parts of the form -------------------------------------------------------------------

    private Component rowsSection(Map<Long, List<AppraisalService.EvidenceFile>> evidence,
                                  List<AppraisalService.EvidenceFile> generalEvidence) {
        Div list = FormKit.column();
        for (AgreementRow row : rows) {
            RhkRowCard card = new RhkRowCard(row, rowSuggestions.get(row.getId()), evidence,
                    files -> evidenceLinks(getTranslation("supervisorReview.evidence"), files), numbers);
            binder.forField(card.rating).asRequired(getTranslation("rating.REQUIRED"))
                    .bind(e -> e.rows.get(row.getId()), (e, v) -> e.rows.put(row.getId(), v));
            rowRatings.put(row.getId(), card.rating);
            list.add(card);
        }
        Div section = FormKit.section(getTranslation("supervisorReview.rows"),
                FormKit.hint(getTranslation("supervisorReview.rows.hint")), list);
        section.setId("review-rows");
        if (!generalEvidence.isEmpty()) {
            section.add(evidenceLinks(getTranslation("supervisorReview.generalEvidence"), generalEvidence));
        }
        return section;
    }

    private EvidenceLinks evidenceLinks(String label, List<AppraisalService.EvidenceFile> files) {
        return new EvidenceLinks(label, files, appraisalId, appraisals, user);
    }

    private Component valuesSection(Map<CoreValue, String> reflections, List<PeerFeedback> peers) {
        Div list = FormKit.column();
        for (CoreValue value : CoreValue.values()) {
            CoreValueCard card = new CoreValueCard(value, reflections.get(value), peers);
            binder.forField(card.rating).asRequired(getTranslation("rating.REQUIRED"))
                    .bind(e -> e.values.get(value), (e, v) -> e.values.put(value, v));
            valueRatings.put(value, card.rating);
            list.add(card);
        }
        Div section = FormKit.section(getTranslation("supervisorReview.values"),
                FormKit.hint(getTranslation("supervisorReview.values.hint")), list);
        section.setId("review-values");
        return section;
    }

    private Component peersSection(List<PeerFeedback> peers) {
        Div list = FormKit.column();
        if (peers.isEmpty()) {
            list.add(FormKit.hint(getTranslation("supervisorReview.peers.none")));
        }
        peers.forEach(p -> list.add(new PeerFeedbackCard(p)));
        Div section = FormKit.section(getTranslation("supervisorReview.peers"), list);
        section.setId("review-peers");
        return section;
    }

    private Component overallSection() {
        binder.forField(resultsRating).asRequired(getTranslation("rating.REQUIRED"))
                .bind(e -> e.results, (e, v) -> e.results = v);
        binder.forField(behaviourRating).asRequired(getTranslation("rating.REQUIRED"))
                .bind(e -> e.behaviour, (e, v) -> e.behaviour = v);
        resultsSuggestion.setId("results-suggestion");
        Div results = new Div(resultsRating, resultsSuggestion);
        results.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL,
                LumoUtility.AlignItems.START);
        FormLayout form = new FormLayout(results, behaviourRating);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));

        preview.setId("performance-preview");
        previewExplanation.setId("performance-preview-explanation");
        previewExplanation.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Span previewLabel = new Span(getTranslation("supervisorReview.preview"));
        previewLabel.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.FontWeight.SEMIBOLD);
        Div previewBox = new Div(previewLabel, new Div(preview), previewExplanation);
        previewBox.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL,
                LumoUtility.AlignItems.START, LumoUtility.Background.CONTRAST_5, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Padding.MEDIUM, LumoUtility.Margin.Top.MEDIUM);

        Div section = FormKit.section(getTranslation("supervisorReview.overall"),
                FormKit.hint(getTranslation("supervisorReview.overall.hint")), form, previewBox);
        section.setId("review-overall");
        return section;
    }

    // ---- live behaviour --------------------------------------------------------------------------

    /** An RHK rating changed: new suggestion; the results rating follows it unless the appraiser chose another. */
    private void rowRatingChanged() {
        Expectation before = suggestedResults;
        suggestedResults = suggestResults(currentRowRatings());
        if (suggestedResults != null && (resultsRating.isEmpty() || resultsRating.getValue() == before)) {
            resultsRating.setValue(suggestedResults);
        }
        showResultsSuggestion();
    }

    private void showResultsSuggestion() {
        resultsSuggestion.getElement().getThemeList().clear();
        resultsSuggestion.getElement().getThemeList().add(RatingBadge.theme(suggestedResults));
        resultsSuggestion.setText(suggestedResults == null ? getTranslation("supervisorReview.resultsSuggestion.pending")
                : getTranslation("supervisorReview.suggestion", label(suggestedResults)));
    }

    /** The performance rating from the matrix for the two overall ratings, as soon as both are chosen. */
    private void updatePreview() {
        Expectation results = resultsRating.getValue();
        Expectation behaviour = behaviourRating.getValue();
        if (results == null || behaviour == null) {
            RatingBadge.show(preview, null);
            previewExplanation.setText(getTranslation("supervisorReview.preview.pending"));
            return;
        }
        PerformanceRating rating = reviews.preview(results, behaviour);
        RatingBadge.show(preview, rating);
        previewExplanation.setText(getTranslation("supervisorReview.preview.matrix", label(results), label(behaviour)));
    }

    private Map<Long, Expectation> currentRowRatings() {
        Map<Long, Expectation> current = new HashMap<>();
        rowRatings.forEach((id, select) -> {
            if (select.getValue() != null) {
                current.put(id, select.getValue());
            }
        });
        return current;
    }

    /** The decision table's results rating, once every RHK has a rating. */
    private Expectation suggestResults(Map<Long, Expectation> ratings) {
        if (rows.isEmpty() || ratings.size() < rows.size()) {
            return null;
        }
        return reviews.suggestResults(appraisalId, ratings);
    }

    // ---- draft and submit ------------------------------------------------------------------------

    /** The saved draft, or else the suggestions: each RHK its suggested rating, the results rating its suggestion. */
    private Entries initialEntries() {
        Entries e = new Entries();
        Optional<TaskDrafts.Saved<ReviewForm>> draft = drafts.load(task.taskId(), ReviewForm.class);
        if (draft.isPresent()) {
            ReviewForm f = draft.get().value();
            for (AgreementRow row : rows) {
                e.rows.put(row.getId(), f.rowRatings() == null ? null : f.rowRatings().get(row.getId()));
            }
            for (CoreValue value : CoreValue.values()) {
                e.values.put(value, f.valueRatings() == null ? null : f.valueRatings().get(value));
            }
            e.results = f.resultsRating();
            e.behaviour = f.behaviourRating();
            status.setText(getTranslation("task.draftResumed", FormKit.dateTime(draft.get().savedAt())));
        } else {
            e.rows.putAll(rowSuggestions);
            e.results = suggestResults(e.rows);
            status.setText(getTranslation("task.notSaved"));
        }
        suggestedResults = suggestResults(e.rows.entrySet().stream().filter(x -> x.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        return e;
    }

    /** The form as the service takes it (typed ratings), also the draft's content. */
    private ReviewForm currentForm() {
        Map<Long, Expectation> rowValues = new HashMap<>();
        rowRatings.forEach((id, s) -> rowValues.put(id, s.getValue()));
        Map<CoreValue, Expectation> valueValues = new EnumMap<>(CoreValue.class);
        valueRatings.forEach((v, s) -> valueValues.put(v, s.getValue()));
        return new ReviewForm(rowValues, valueValues, resultsRating.getValue(), behaviourRating.getValue());
    }

    private void saveDraft() {
        ReviewForm form = currentForm();
        FormKit.attempt(() -> status.setText(getTranslation("task.draftSaved",
                FormKit.time(drafts.save(task.taskId(), form)))));
    }

    private void submit() {
        if (!FieldErrors.check(binder)) {
            return;
        }
        ReviewForm form = currentForm();
        if (FormKit.attempt(() -> reviews.submit(appraisalId, form))) {
            task.done().run();
        }
    }

    // ---- small helpers ---------------------------------------------------------------------------

    private String label(Expectation e) {
        return ExpectationChoice.label(e);
    }
}
