package id.kinerjaflow.appraisal;

import static id.kinerjaflow.process.ProcessIds.Appraisal.PROCESS;
import static id.kinerjaflow.process.ProcessIds.Appraisal.TASK_SUPERVISOR_REVIEW;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.process.Workflow;
import id.kinerjaflow.process.decision.DecisionIds;
import id.kinerjaflow.rating.CoreValue;
import id.kinerjaflow.rating.Expectation;
import id.kinerjaflow.rating.PerformanceRating;
import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The appraiser's review: a rating per RHK (with the decision table's suggestion from the
 * achievement beside it), a rating per core value, and the overall results and behaviour ratings.
 * The appraiser may override every suggestion; the performance rating then follows from the
 * matrix (a decision table), which nobody overrides.
 */
@Service
@Transactional(readOnly = true)
public class SupervisorReviewService {


    private final AppraisalService appraisals;
    private final AgreementRowRepository rows;
    private final BehaviourAssessmentRepository behaviour;
    private final Workflow workflow;
    private final CurrentUser currentUser;
    private final Clock clock;

    SupervisorReviewService(AppraisalService appraisals, AgreementRowRepository rows,
                            BehaviourAssessmentRepository behaviour, Workflow workflow, CurrentUser currentUser,
                            Clock clock) {
        this.appraisals = appraisals;
        this.rows = rows;
        this.behaviour = behaviour;
        this.workflow = workflow;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** What the appraiser enters: a rating per RHK and per core value, and the two overall ratings. */
    public record ReviewForm(Map<Long, Expectation> rowRatings, Map<CoreValue, Expectation> valueRatings,
                             Expectation resultsRating, Expectation behaviourRating) {
    }

    /**
     * Evaluates a decision: {@code workflow::preview} for what a form shows while the appraiser
     * works (not recorded), {@code workflow::decide} for what a submitted review keeps (recorded in
     * the decision history and the audit trail).
     */
    @FunctionalInterface
    private interface Decider {
        Object decide(String decisionKey, Map<String, Object> inputs);
    }

    /** The suggested rating of an indicator from its achievement (empty without an actual); not recorded. */
    public Optional<Expectation> suggestIndicator(Indicator indicator) {
        return suggestIndicator(indicator, workflow::preview);
    }

    private Optional<Expectation> suggestIndicator(Indicator indicator, Decider decider) {
        return indicator.achievement().map(a -> Expectation.valueOf(
                (String) decider.decide(DecisionIds.INDICATOR_RATING_DECISION, Map.of(DecisionIds.ACHIEVEMENT, a.doubleValue()))));
    }

    /** The suggested rating of each RHK: the lowest suggestion among its indicators; not recorded. */
    public Map<Long, Expectation> suggestRows(Long appraisalId) {
        return suggestRows(appraisalId, workflow::preview);
    }

    private Map<Long, Expectation> suggestRows(Long appraisalId, Decider decider) {
        Map<Long, Expectation> suggestions = new LinkedHashMap<>();
        for (AgreementRow row : rows.findForAppraisal(appraisalId)) {
            Expectation lowest = null;
            for (Indicator i : row.getIndicators()) {
                Optional<Expectation> s = suggestIndicator(i, decider);
                if (s.isPresent() && (lowest == null || s.get().ordinal() > lowest.ordinal())) {
                    lowest = s.get();
                }
            }
            if (lowest != null) {
                suggestions.put(row.getId(), lowest);
            }
        }
        return suggestions;
    }

    /**
     * The suggested overall results rating from the RHK ratings (the BKN guidance, as a decision
     * table); not recorded.
     */
    public Expectation suggestResults(Long appraisalId, Map<Long, Expectation> rowRatings) {
        return suggestResults(appraisalId, rowRatings, workflow::preview);
    }

    private Expectation suggestResults(Long appraisalId, Map<Long, Expectation> rowRatings, Decider decider) {
        List<AgreementRow> all = rows.findForAppraisal(appraisalId);
        if (all.isEmpty() || rowRatings.isEmpty()) {
            throw new BusinessRuleException("review.NO_ROWS");
        }
        double total = all.size();
        long above = all.stream().filter(r -> rowRatings.get(r.getId()) == Expectation.ABOVE_EXPECTATION).count();
        long as = all.stream().filter(r -> rowRatings.get(r.getId()) == Expectation.AS_EXPECTED).count();
        long below = all.stream().filter(r -> rowRatings.get(r.getId()) == Expectation.BELOW_EXPECTATION).count();
        List<AgreementRow> main = all.stream().filter(r -> r.getKind() == RowKind.MAIN).toList();
        long mainBelow = main.stream().filter(r -> rowRatings.get(r.getId()) == Expectation.BELOW_EXPECTATION).count();
        Map<String, Object> inputs = new HashMap<>();
        inputs.put(DecisionIds.SHARE_ABOVE, above / total);
        inputs.put(DecisionIds.SHARE_AS_EXPECTED, as / total);
        inputs.put(DecisionIds.SHARE_BELOW, below / total);
        inputs.put(DecisionIds.SHARE_MAIN_BELOW, main.isEmpty() ? 0.0 : (double) mainBelow / main.size());
        inputs.put(DecisionIds.ANY_MAIN_BELOW, mainBelow > 0);
        return Expectation.valueOf((String) decider.decide(DecisionIds.RESULTS_RATING_DECISION, inputs));
    }

    /** The performance rating the matrix gives (shown live before the appraiser submits); not recorded. */
    public PerformanceRating preview(Expectation results, Expectation behaviourRating) {
        return PerformanceRating.valueOf((String) workflow.preview(DecisionIds.PERFORMANCE_RATING_DECISION,
                Map.of(DecisionIds.RESULTS_RATING, results.name(), DecisionIds.BEHAVIOUR_RATING, behaviourRating.name())));
    }

    /** Submits the review; the process then decides the performance rating with the matrix. */
    @Transactional
    public void submit(Long appraisalId, ReviewForm form) {
        AppUser user = currentUser.require();
        Workflow.TaskRef task = workflow.requireTask(PROCESS, appraisalId.toString(), TASK_SUPERVISOR_REVIEW, user);
        Appraisal a = appraisals.load(appraisalId);
        List<AgreementRow> all = rows.findForAppraisal(appraisalId);
        Map<Long, Expectation> given = form.rowRatings() == null ? Map.of() : form.rowRatings();
        for (Long id : given.keySet()) {
            if (all.stream().noneMatch(r -> r.getId().equals(id))) {
                throw new BusinessRuleException("review.ROW_UNKNOWN", id);
            }
        }
        Map<Long, Expectation> rowRatings = new HashMap<>();
        for (AgreementRow row : all) {
            Expectation rating = given.get(row.getId());
            if (rating == null) {
                throw new BusinessRuleException("review.ROW_NOT_RATED", row.getPosition());
            }
            rowRatings.put(row.getId(), rating);
        }
        Map<CoreValue, Expectation> valueRatings = new HashMap<>();
        for (CoreValue value : CoreValue.values()) {
            Expectation rating = form.valueRatings() == null ? null : form.valueRatings().get(value);
            if (rating == null) {
                throw new BusinessRuleException("review.VALUE_NOT_RATED", value.name());
            }
            valueRatings.put(value, rating);
        }
        Expectation results = form.resultsRating();
        Expectation behaviourRating = form.behaviourRating();
        if (results == null || behaviourRating == null) {
            throw new BusinessRuleException("rating.REQUIRED");
        }

        // the suggestions the review keeps are recorded decisions, with their inputs, for the audit
        Map<Long, Expectation> suggestions = suggestRows(appraisalId, workflow::decide);
        for (AgreementRow row : all) {
            row.rate(suggestions.get(row.getId()), rowRatings.get(row.getId()));
        }
        Map<CoreValue, BehaviourAssessment> assessments = new HashMap<>();
        behaviour.findByAppraisalId(appraisalId).forEach(b -> assessments.put(b.getCoreValue(), b));
        for (CoreValue value : CoreValue.values()) {
            assessments.computeIfAbsent(value, v -> behaviour.save(new BehaviourAssessment(appraisalId, v)))
                    .setRating(valueRatings.get(value));
        }
        a.review(suggestResults(appraisalId, rowRatings, workflow::decide), results, behaviourRating, clock.instant());
        workflow.complete(task, user, Map.of(ProcessIds.Vars.RESULTS_RATING, results.name(),
                ProcessIds.Vars.BEHAVIOUR_RATING, behaviourRating.name()));
    }
}
