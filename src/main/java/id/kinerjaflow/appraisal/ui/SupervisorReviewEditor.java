package id.kinerjaflow.appraisal.ui;

import java.math.BigDecimal;
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
import id.kinerjaflow.appraisal.Indicator;
import id.kinerjaflow.appraisal.SupervisorReviewService;
import id.kinerjaflow.appraisal.SupervisorReviewService.ReviewForm;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.base.ui.Notifications;
import id.kinerjaflow.base.ui.TaskForm.TaskContext;
import id.kinerjaflow.feedback.FeedbackService;
import id.kinerjaflow.feedback.PeerFeedback;
import id.kinerjaflow.process.TaskDrafts;
import id.kinerjaflow.security.AppUser;
import com.vaadin.flow.component.html.Anchor;
import id.kinerjaflow.rating.CoreValue;
import id.kinerjaflow.rating.Expectation;
import id.kinerjaflow.rating.PerformanceRating;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
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

        resultsRating = ratingSelect("results-rating", getTranslation("supervisorReview.resultsRating"));
        behaviourRating = ratingSelect("behaviour-rating", getTranslation("supervisorReview.behaviourRating"));
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
        Div list = column();
        for (AgreementRow row : rows) {
            list.add(rowCard(row, evidence));
        }
        Div section = FormKit.section(getTranslation("supervisorReview.rows"),
                FormKit.hint(getTranslation("supervisorReview.rows.hint")), list);
        section.setId("review-rows");
        if (!generalEvidence.isEmpty()) {
            section.add(evidenceLinks(getTranslation("supervisorReview.generalEvidence"), generalEvidence));
        }
        return section;
    }

    private Component rowCard(AgreementRow row, Map<Long, List<AppraisalService.EvidenceFile>> evidence) {
        Div card = card();
        card.setId("row-" + row.getPosition());
        Span kind = new Span(getTranslation("supervisorReview.rowNo", row.getPosition()) + " \u00b7 "
                + getTranslation("rowKind." + row.getKind().name()));
        kind.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.FontWeight.SEMIBOLD, LumoUtility.TextColor.SECONDARY);
        Span description = new Span(row.getDescription());
        description.addClassNames(LumoUtility.FontWeight.MEDIUM);
        card.add(kind, description);
        if (row.getParentRow() != null) {
            card.add(FormKit.hint(getTranslation("supervisorReview.parent", row.getParentRow().getDescription())));
        }
        for (Indicator indicator : row.getIndicators()) {
            card.add(indicatorLine(indicator, evidence.getOrDefault(indicator.getId(), List.of())));
        }

        Select<Expectation> rating = ratingSelect("row-rating-" + row.getPosition(),
                getTranslation("supervisorReview.rowRating", row.getPosition()));
        binder.forField(rating).asRequired(getTranslation("rating.REQUIRED"))
                .bind(e -> e.rows.get(row.getId()), (e, v) -> e.rows.put(row.getId(), v));
        rowRatings.put(row.getId(), rating);
        Span suggestion = suggestionBadge(rowSuggestions.get(row.getId()), "supervisorReview.noSuggestion");
        suggestion.setId("row-suggestion-" + row.getPosition());
        card.add(line(rating, suggestion));
        return card;
    }

    /** The files as links that download them (read with the appraisal's access rule). */
    private Div evidenceLinks(String label, List<AppraisalService.EvidenceFile> files) {
        Span l = new Span(label);
        l.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        Div links = new Div();
        if (files.isEmpty()) {
            links.add(new Span(getTranslation("supervisorReview.noEvidence")));
        }
        for (AppraisalService.EvidenceFile f : files) {
            Anchor a = new Anchor(event -> {
                AppraisalService.EvidenceDownload d = appraisals.evidenceDownload(appraisalId, f.id(), user);
                event.setFileName(d.fileName());
                event.setContentType(d.contentType());
                event.setContentLength(d.content().length);
                event.getOutputStream().write(d.content());
            }, f.fileName());
            a.setId("evidence-file-" + f.id());
            a.addClassNames(LumoUtility.Margin.End.SMALL);
            links.add(a);
        }
        Div d = new Div(l, links);
        d.addClassName("kf-fact");
        return d;
    }

    private Component indicatorLine(Indicator i, List<AppraisalService.EvidenceFile> files) {
        Span name = new Span(i.getDescription());
        name.addClassNames(LumoUtility.FontSize.SMALL);
        FlexLayout facts = wrap();
        facts.add(FormKit.fact(getTranslation("supervisorReview.aspect"), getTranslation("aspect." + i.getAspect().name())),
                FormKit.fact(getTranslation("supervisorReview.target"), amount(i.getTargetValue(), i.getUnitLabel())),
                FormKit.fact(getTranslation("supervisorReview.actual"), amount(i.getActualValue(), i.getUnitLabel())),
                FormKit.fact(getTranslation("supervisorReview.achievement"),
                        i.achievement().map(a -> numbers.format(a) + " %").orElse(null)),
                evidenceLinks(getTranslation("supervisorReview.evidence"), files));
        Div d = new Div(name, facts);
        d.addClassNames(LumoUtility.Padding.Left.SMALL, LumoUtility.Border.LEFT, LumoUtility.BorderColor.CONTRAST_10);
        return d;
    }

    private Component valuesSection(Map<CoreValue, String> reflections, List<PeerFeedback> peers) {
        Div list = column();
        for (CoreValue value : CoreValue.values()) {
            Div card = card();
            card.setId("value-" + value.name());
            Span name = new Span(getTranslation("coreValue." + value.name()));
            name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            card.add(name, labelled(getTranslation("supervisorReview.reflection"), reflections.get(value)),
                    labelled(getTranslation("supervisorReview.peerRatings"), peerSummary(value, peers)));
            Select<Expectation> rating = ratingSelect("value-rating-" + value.name(),
                    getTranslation("supervisorReview.valueRating", getTranslation("coreValue." + value.name())));
            binder.forField(rating).asRequired(getTranslation("rating.REQUIRED"))
                    .bind(e -> e.values.get(value), (e, v) -> e.values.put(value, v));
            valueRatings.put(value, rating);
            card.add(rating);
            list.add(card);
        }
        Div section = FormKit.section(getTranslation("supervisorReview.values"),
                FormKit.hint(getTranslation("supervisorReview.values.hint")), list);
        section.setId("review-values");
        return section;
    }

    /** What the peers who answered said about one value, e.g. "Di Atas Ekspektasi: 2 · Sesuai Ekspektasi: 1". */
    private String peerSummary(CoreValue value, List<PeerFeedback> peers) {
        Map<Expectation, Long> counts = peers.stream().filter(p -> p.getStatus() == PeerFeedback.Status.GIVEN)
                .map(p -> p.getRatings().get(value)).filter(r -> r != null)
                .collect(Collectors.groupingBy(r -> r, () -> new EnumMap<>(Expectation.class), Collectors.counting()));
        if (counts.isEmpty()) {
            return getTranslation("supervisorReview.peerRatings.none");
        }
        return counts.entrySet().stream()
                .map(c -> getTranslation("expectation." + c.getKey().name()) + ": " + c.getValue())
                .collect(Collectors.joining(" \u00b7 "));
    }

    private Component peersSection(List<PeerFeedback> peers) {
        Div list = column();
        if (peers.isEmpty()) {
            list.add(FormKit.hint(getTranslation("supervisorReview.peers.none")));
        }
        for (PeerFeedback p : peers) {
            Div card = card();
            card.setId("peer-" + p.getId());
            Span name = new Span(p.getPeer().getName());
            name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            Span state = switch (p.getStatus()) {
                case GIVEN -> FormKit.hint(getTranslation("supervisorReview.peer.given", FormKit.date(p.getGivenAt())));
                case NOT_GIVEN -> FormKit.hint(getTranslation("supervisorReview.peer.notGiven"));
                case REQUESTED -> FormKit.hint(getTranslation("supervisorReview.peer.requested"));
            };
            card.add(line(name, state));
            if (p.getStatus() == PeerFeedback.Status.GIVEN) {
                FlexLayout ratings = wrap();
                for (CoreValue value : CoreValue.values()) {
                    Expectation r = p.getRatings().get(value);
                    ratings.add(FormKit.fact(getTranslation("coreValue." + value.name()),
                            r == null ? null : getTranslation("expectation." + r.name())));
                }
                card.add(ratings, labelled(getTranslation("supervisorReview.peer.comment"), p.getComment()));
            }
            list.add(card);
        }
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
                e.rows.put(row.getId(), code(f.rowRatings() == null ? null : f.rowRatings().get(row.getId())));
            }
            for (CoreValue value : CoreValue.values()) {
                e.values.put(value, code(f.valueRatings() == null ? null : f.valueRatings().get(value)));
            }
            e.results = code(f.resultsRating());
            e.behaviour = code(f.behaviourRating());
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

    /** The form as the service takes it (codes), also the draft's content. */
    private ReviewForm currentForm() {
        Map<Long, String> rowCodes = new HashMap<>();
        rowRatings.forEach((id, s) -> rowCodes.put(id, name(s.getValue())));
        Map<CoreValue, String> valueCodes = new EnumMap<>(CoreValue.class);
        valueRatings.forEach((v, s) -> valueCodes.put(v, name(s.getValue())));
        return new ReviewForm(rowCodes, valueCodes, name(resultsRating.getValue()), name(behaviourRating.getValue()));
    }

    private void saveDraft() {
        ReviewForm form = currentForm();
        FormKit.attempt(() -> status.setText(getTranslation("task.draftSaved",
                FormKit.time(drafts.save(task.taskId(), form)))));
    }

    private void submit() {
        if (!binder.validate().isOk()) {
            Notifications.error(getTranslation("form.fixErrors"));
            return;
        }
        ReviewForm form = currentForm();
        if (FormKit.attempt(() -> reviews.submit(appraisalId, form))) {
            task.done().run();
        }
    }

    // ---- small helpers ---------------------------------------------------------------------------

    private Select<Expectation> ratingSelect(String id, String label) {
        Select<Expectation> select = new Select<>();
        select.setId(id);
        select.setLabel(label);
        select.setItems(Expectation.values());
        select.setItemLabelGenerator(this::label);
        select.setPlaceholder(getTranslation("supervisorReview.choose"));
        select.setWidth("min(100%, 18rem)");
        return select;
    }

    private Span suggestionBadge(Expectation suggestion, String noneKey) {
        Span badge = new Span(suggestion == null ? getTranslation(noneKey)
                : getTranslation("supervisorReview.suggestion", label(suggestion)));
        badge.getElement().getThemeList().add(RatingBadge.theme(suggestion));
        return badge;
    }

    private String label(Expectation e) {
        return getTranslation("expectation." + e.name());
    }

    private String amount(BigDecimal value, String unit) {
        return value == null ? null : numbers.format(value) + (unit == null ? "" : " " + unit);
    }

    private static Expectation code(String code) {
        if (code == null) {
            return null;
        }
        for (Expectation e : Expectation.values()) {
            if (e.name().equals(code)) {
                return e;
            }
        }
        return null;
    }

    private static String name(Expectation e) {
        return e == null ? null : e.name();
    }

    private Component labelled(String label, String text) {
        Span l = new Span(label);
        l.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        Paragraph p = new Paragraph(text == null || text.isBlank() ? "\u2014" : text);
        p.addClassNames(LumoUtility.Margin.NONE, LumoUtility.Whitespace.PRE_LINE, LumoUtility.FontSize.SMALL);
        return new Div(l, p);
    }

    private static Div card() {
        Div card = new Div();
        card.addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        return card;
    }

    private static Div column() {
        Div d = new Div();
        d.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        return d;
    }

    private static FlexLayout wrap() {
        FlexLayout f = new FlexLayout();
        f.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        f.addClassNames(LumoUtility.Gap.Column.LARGE, LumoUtility.Gap.Row.XSMALL);
        return f;
    }

    private static FlexLayout line(Component... parts) {
        FlexLayout f = new FlexLayout(parts);
        f.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        f.setAlignItems(FlexComponent.Alignment.BASELINE);
        f.addClassNames(LumoUtility.Gap.MEDIUM);
        return f;
    }
}
