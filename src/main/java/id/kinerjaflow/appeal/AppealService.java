package id.kinerjaflow.appeal;

import static id.kinerjaflow.process.ProcessIds.Appraisal.MESSAGE_APPEAL_FILED;
import static id.kinerjaflow.process.ProcessIds.Appraisal.PROCESS;
import static id.kinerjaflow.process.ProcessIds.Appraisal.TASK_ACKNOWLEDGE_RESULT;
import static id.kinerjaflow.process.ProcessIds.Appraisal.TASK_DECIDE_APPEAL;
import static id.kinerjaflow.process.ProcessIds.Appraisal.TASK_EXPLAIN_APPEAL_APPRAISER;
import static id.kinerjaflow.process.ProcessIds.Appraisal.TASK_EXPLAIN_APPEAL_EMPLOYEE;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import id.kinerjaflow.appraisal.AppealRecords;
import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.Stage;
import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.process.ProcessIds.Vars;
import id.kinerjaflow.process.Workflow;
import id.kinerjaflow.rating.PerformanceRating;
import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The result and the appeal (keberatan): the employee acknowledges the result and may appeal
 * within the window (14 days by default) with reasons; the employee and the appraiser explain;
 * the senior appraiser confirms or changes the rating with a reason, and that decision is final.
 */
@Service
@Transactional(readOnly = true)
public class AppealService implements AppealRecords {

    /** The longest reasons, explanation or decision reason (characters). */
    public static final int TEXT_MAX = 4000;

    private final AppealRepository appeals;
    private final AppraisalService appraisals;
    private final Workflow workflow;
    private final CurrentUser currentUser;
    private final Clock clock;

    AppealService(AppealRepository appeals, AppraisalService appraisals, Workflow workflow, CurrentUser currentUser,
                  Clock clock) {
        this.appeals = appeals;
        this.appraisals = appraisals;
        this.workflow = workflow;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public Optional<Appeal> appealOf(Long appraisalId) {
        return appeals.findByAppraisalId(appraisalId);
    }

    @Override
    public boolean appealed(Long appraisalId) {
        return appeals.existsByAppraisalId(appraisalId);
    }

    /** The employee has seen the result and does not appeal now (the window stays open). */
    @Transactional
    public void acknowledge(Long appraisalId) {
        AppUser user = currentUser.require();
        workflow.complete(PROCESS, appraisalId.toString(), TASK_ACKNOWLEDGE_RESULT, user,
                Map.of(Vars.APPEAL_FILED, false));
    }

    /** The employee appeals, with reasons, within the window. */
    @Transactional
    public Appeal file(Long appraisalId, String reasons) {
        AppUser user = currentUser.require();
        Appraisal a = appraisals.appraisal(appraisalId, user);
        if (user.employeeId() == null || !user.employeeId().equals(a.getEmployee().getId())) {
            throw new BusinessRuleException("appeal.ONLY_EMPLOYEE");
        }
        if (reasons == null || reasons.isBlank()) {
            throw new BusinessRuleException("appeal.REASONS_REQUIRED");
        }
        if (reasons.length() > TEXT_MAX) {
            throw new BusinessRuleException("field.TOO_LONG", TEXT_MAX);
        }
        if (a.getAppealDeadline() == null) {
            throw new BusinessRuleException("appeal.NOT_OPEN");
        }
        Instant now = clock.instant();
        if (a.getStage() == Stage.FINAL || now.isAfter(a.getAppealDeadline())) {
            throw new BusinessRuleException("appeal.WINDOW_CLOSED", a.getAppealDeadline());
        }
        if (appeals.findByAppraisalId(appraisalId).isPresent()) {
            throw new BusinessRuleException("appeal.ALREADY_FILED");
        }
        Appeal appeal = appeals.save(new Appeal(appraisalId, reasons.strip(), now));
        Optional<Workflow.TaskRef> acknowledge = workflow.openTask(PROCESS, appraisalId.toString(),
                TASK_ACKNOWLEDGE_RESULT);
        if (acknowledge.isPresent()) {
            workflow.complete(acknowledge.get(), user, Map.of(Vars.APPEAL_FILED, true));
        } else if (!workflow.correlate(MESSAGE_APPEAL_FILED, appraisalId.toString(), Map.of(Vars.APPEAL_FILED, true))) {
            throw new BusinessRuleException("appeal.WINDOW_CLOSED", a.getAppealDeadline());
        }
        return appeal;
    }

    @Transactional
    public void explainAsEmployee(Long appraisalId, String explanation) {
        Appeal appeal = explanation(appraisalId, explanation, TASK_EXPLAIN_APPEAL_EMPLOYEE);
        appeal.explainByEmployee(explanation.strip());
    }

    @Transactional
    public void explainAsAppraiser(Long appraisalId, String explanation) {
        Appeal appeal = explanation(appraisalId, explanation, TASK_EXPLAIN_APPEAL_APPRAISER);
        appeal.explainByAppraiser(explanation.strip());
    }

    private Appeal explanation(Long appraisalId, String explanation, String taskKey) {
        AppUser user = currentUser.require();
        Workflow.TaskRef task = workflow.requireTask(PROCESS, appraisalId.toString(), taskKey, user);
        if (explanation == null || explanation.isBlank()) {
            throw new BusinessRuleException("appeal.EXPLANATION_REQUIRED");
        }
        if (explanation.length() > TEXT_MAX) {
            throw new BusinessRuleException("field.TOO_LONG", TEXT_MAX);
        }
        Appeal appeal = appeals.findByAppraisalId(appraisalId)
                .orElseThrow(() -> new BusinessRuleException("appeal.NOT_FOUND"));
        workflow.complete(task, user, Map.of());
        return appeal;
    }

    /**
     * The senior appraiser decides: confirm the rating, or change it (a new rating and a reason).
     * The decision is final.
     */
    @Transactional
    public void decide(Long appraisalId, boolean confirm, PerformanceRating newRating, String reason) {
        AppUser user = currentUser.require();
        Workflow.TaskRef task = workflow.requireTask(PROCESS, appraisalId.toString(), TASK_DECIDE_APPEAL, user);
        Appeal appeal = appeals.findByAppraisalId(appraisalId)
                .orElseThrow(() -> new BusinessRuleException("appeal.NOT_FOUND"));
        Appraisal a = appraisals.find(appraisalId).orElseThrow();
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("appeal.DECISION_REASON_REQUIRED");
        }
        if (reason.length() > TEXT_MAX) {
            throw new BusinessRuleException("field.TOO_LONG", TEXT_MAX);
        }
        PerformanceRating rating;
        if (confirm) {
            rating = a.getCalibratedRating();
        } else {
            if (newRating == null) {
                throw new BusinessRuleException("rating.REQUIRED");
            }
            rating = newRating;
            if (rating == a.getCalibratedRating()) {
                throw new BusinessRuleException("appeal.SAME_RATING");
            }
        }
        appeal.decide(confirm ? Appeal.Decision.CONFIRMED : Appeal.Decision.CHANGED, rating, reason.strip(),
                user.username(), clock.instant());
        workflow.complete(task, user, Map.of(Vars.APPEAL_RATING, rating.name()));
    }
}
