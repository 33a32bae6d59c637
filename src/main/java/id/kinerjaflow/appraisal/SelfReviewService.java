package id.kinerjaflow.appraisal;

import static id.kinerjaflow.process.ProcessIds.Appraisal.PROCESS;
import static id.kinerjaflow.process.ProcessIds.Appraisal.TASK_SELF_REVIEW;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.feedback.FeedbackService;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.process.TaskDrafts;
import id.kinerjaflow.process.Workflow;
import id.kinerjaflow.rating.CoreValue;
import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-review (penilaian diri): the actual per indicator, evidence files, a reflection per
 * core value, and up to five nominated peers. Only the employee, while the task is theirs.
 */
@Service
@Transactional(readOnly = true)
public class SelfReviewService {

    /** At most 10 MB a file and 50 MB an appraisal; documents and images only. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 50L * 1024 * 1024;
    public static final Map<String, String> ALLOWED_TYPES = Map.of(
            "pdf", "application/pdf",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final int REFLECTION_MAX = 2000;

    private final AppraisalService appraisals;
    private final AgreementRowRepository rows;
    private final BehaviourAssessmentRepository behaviour;
    private final EvidenceRepository evidence;
    private final FeedbackService feedback;
    private final Workflow workflow;
    private final TaskDrafts drafts;
    private final CurrentUser currentUser;
    private final Clock clock;

    SelfReviewService(AppraisalService appraisals, AgreementRowRepository rows, BehaviourAssessmentRepository behaviour,
                      EvidenceRepository evidence, FeedbackService feedback, Workflow workflow, TaskDrafts drafts,
                      CurrentUser currentUser, Clock clock) {
        this.appraisals = appraisals;
        this.rows = rows;
        this.behaviour = behaviour;
        this.evidence = evidence;
        this.feedback = feedback;
        this.workflow = workflow;
        this.drafts = drafts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** @param actuals indicator id to actual value; @param reflections per core value */
    public record SelfReview(Map<Long, BigDecimal> actuals, Map<CoreValue, String> reflections, List<Long> peerIds) {
    }

    /** A self-review saved so far, and when it was last saved ({@code null}: never saved as a draft). */
    public record Draft(SelfReview review, Instant savedAt) {
    }

    /** The peers chosen so far: kept with the task (they are nominated only on submit), so plain data. */
    record PeerDraft(List<Long> peerIds) {
    }

    /**
     * Saves what is filled in so far, without submitting: actuals and reflections where they will
     * stay, the chosen peers with the task (nominating them is what submitting does). Returns when
     * it was saved.
     */
    @Transactional
    public Instant saveDraft(Long appraisalId, SelfReview review) {
        AppUser user = currentUser.require();
        Workflow.TaskRef task = workflow.requireTask(PROCESS, appraisalId.toString(), TASK_SELF_REVIEW, user);
        store(appraisalId, review, false);
        List<Long> peerIds = review.peerIds() == null ? List.of() : List.copyOf(review.peerIds());
        if (peerIds.size() > FeedbackService.MAX_PEERS) {
            throw new BusinessRuleException("feedback.TOO_MANY_PEERS", FeedbackService.MAX_PEERS);
        }
        return drafts.save(task.id(), new PeerDraft(peerIds));
    }

    /**
     * What the employee filled in so far, to resume the form: the actuals and reflections stored
     * with the appraisal, the peers chosen in the last draft. Only the employee, while the task is
     * theirs.
     */
    public Draft draft(Long appraisalId) {
        AppUser user = currentUser.require();
        Workflow.TaskRef task = workflow.requireTask(PROCESS, appraisalId.toString(), TASK_SELF_REVIEW, user);
        Map<Long, BigDecimal> actuals = new HashMap<>();
        for (AgreementRow row : rows.findForAppraisal(appraisalId)) {
            row.getIndicators().stream().filter(i -> i.getActualValue() != null)
                    .forEach(i -> actuals.put(i.getId(), i.getActualValue()));
        }
        Map<CoreValue, String> reflections = new EnumMap<>(CoreValue.class);
        behaviour.findByAppraisalId(appraisalId).stream().filter(b -> b.getReflection() != null)
                .forEach(b -> reflections.put(b.getCoreValue(), b.getReflection()));
        var saved = drafts.load(task.id(), PeerDraft.class);
        List<Long> peerIds = saved.map(d -> d.value().peerIds()).filter(p -> p != null).orElse(List.of());
        return new Draft(new SelfReview(actuals, reflections, peerIds),
                saved.map(TaskDrafts.Saved::savedAt).orElse(null));
    }

    /** Submits the self-review: every actual and reflection present; peers checked and asked. */
    @Transactional
    public void submit(Long appraisalId, SelfReview review) {
        AppUser user = currentUser.require();
        Workflow.TaskRef task = workflow.requireTask(PROCESS, appraisalId.toString(), TASK_SELF_REVIEW, user);
        Appraisal a = appraisals.load(appraisalId);
        List<Long> peerIds = review.peerIds() == null ? List.of() : review.peerIds();
        List<String> peerUsers = feedback.checkNomination(a.getEmployee().getId(),
                a.getAppraiser() == null ? null : a.getAppraiser().getId(), peerIds);
        store(appraisalId, review, true);
        feedback.nominate(appraisalId, peerIds);
        workflow.complete(task, user, Map.of(ProcessIds.Vars.PEER_USERS, new ArrayList<>(peerUsers)));
    }

    private void store(Long appraisalId, SelfReview review, boolean complete) {
        Map<Long, BigDecimal> actuals = review.actuals() == null ? Map.of() : review.actuals();
        Map<CoreValue, String> reflections = review.reflections() == null ? Map.of() : review.reflections();
        Map<Long, Indicator> indicators = new HashMap<>();
        for (AgreementRow row : rows.findForAppraisal(appraisalId)) {
            row.getIndicators().forEach(i -> indicators.put(i.getId(), i));
        }
        for (Long id : actuals.keySet()) {
            if (!indicators.containsKey(id)) {
                throw new BusinessRuleException("selfReview.INDICATOR_UNKNOWN", id);
            }
            BigDecimal value = actuals.get(id);
            if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0)) {
                throw new BusinessRuleException("selfReview.ACTUAL_INVALID", indicators.get(id).getDescription());
            }
        }
        if (complete) {
            for (Indicator i : indicators.values()) {
                if (actuals.get(i.getId()) == null) {
                    throw new BusinessRuleException("selfReview.ACTUAL_REQUIRED", i.getDescription());
                }
            }
        }
        for (CoreValue value : CoreValue.values()) {
            String text = reflections.get(value);
            if (complete && (text == null || text.isBlank())) {
                throw new BusinessRuleException("selfReview.REFLECTION_REQUIRED", value.name());
            }
            if (text != null && text.length() > REFLECTION_MAX) {
                throw new BusinessRuleException("field.TOO_LONG", REFLECTION_MAX);
            }
        }
        actuals.forEach((id, value) -> indicators.get(id).setActualValue(value));
        Map<CoreValue, BehaviourAssessment> existing = new HashMap<>();
        behaviour.findByAppraisalId(appraisalId).forEach(b -> existing.put(b.getCoreValue(), b));
        for (CoreValue value : CoreValue.values()) {
            BehaviourAssessment b = existing.computeIfAbsent(value,
                    v -> behaviour.save(new BehaviourAssessment(appraisalId, v)));
            String text = reflections.get(value);
            b.setReflection(text == null || text.isBlank() ? null : text.strip());
        }
    }

    /**
     * Stores an evidence file with the appraisal: pdf, png, jpg, docx or xlsx, at most 10 MB a
     * file and 50 MB in all. Only the employee, during the self-review.
     */
    @Transactional
    public Evidence uploadEvidence(Long appraisalId, Long indicatorId, String fileName, byte[] content) {
        AppUser user = currentUser.require();
        workflow.requireTask(PROCESS, appraisalId.toString(), TASK_SELF_REVIEW, user);
        if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
            throw new BusinessRuleException("evidence.NAME_INVALID");
        }
        String name = fileName.strip().replaceAll("[\\\\/:*?\"<>|]", "_");
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String contentType = ALLOWED_TYPES.get(extension);
        if (contentType == null) {
            throw new BusinessRuleException("evidence.TYPE_NOT_ALLOWED", name,
                    String.join(", ", new java.util.TreeSet<>(ALLOWED_TYPES.keySet())));
        }
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("evidence.EMPTY", name);
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new BusinessRuleException("evidence.TOO_LARGE", name, MAX_FILE_BYTES / (1024 * 1024));
        }
        if (evidence.totalSize(appraisalId) + content.length > MAX_TOTAL_BYTES) {
            throw new BusinessRuleException("evidence.TOTAL_TOO_LARGE", MAX_TOTAL_BYTES / (1024 * 1024));
        }
        if (indicatorId != null && rows.findForAppraisal(appraisalId).stream()
                .flatMap(r -> r.getIndicators().stream()).noneMatch(i -> i.getId().equals(indicatorId))) {
            throw new BusinessRuleException("selfReview.INDICATOR_UNKNOWN", indicatorId);
        }
        return evidence.save(new Evidence(appraisalId, indicatorId, name, contentType, content, user.username(),
                clock.instant()));
    }

    /** Removes an evidence file uploaded by mistake. Only the employee, during the self-review. */
    @Transactional
    public void removeEvidence(Long appraisalId, Long evidenceId) {
        AppUser user = currentUser.require();
        workflow.requireTask(PROCESS, appraisalId.toString(), TASK_SELF_REVIEW, user);
        Long owner = evidenceId == null ? null : evidence.appraisalOf(evidenceId).orElse(null);
        if (owner == null || !owner.equals(appraisalId)) {
            throw new BusinessRuleException("evidence.NOT_FOUND", evidenceId);
        }
        evidence.deleteById(evidenceId);
    }
}
