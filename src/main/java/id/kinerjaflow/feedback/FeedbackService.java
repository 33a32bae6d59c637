package id.kinerjaflow.feedback;

import static id.kinerjaflow.process.ProcessIds.Appraisal.PROCESS;
import static id.kinerjaflow.process.ProcessIds.Appraisal.TASK_GIVE_PEER_FEEDBACK;

import id.kinerjaflow.process.EngineSteps;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import id.kinerjaflow.rating.CoreValue;
import id.kinerjaflow.rating.Expectation;
import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.org.Employee;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.process.Workflow;
import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.security.CurrentUser;
import id.kinerjaflow.security.UserDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Peer feedback (umpan balik rekan kerja): up to {@value #MAX_PEERS} colleagues nominated in the
 * self-review each rate the seven core values with a comment; unanswered requests are closed as
 * "not given" at the deadline.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackService {

    public static final int MAX_PEERS = 5;

    private final PeerFeedbackRepository feedback;
    private final OrganisationService organisation;
    private final UserDirectory users;
    private final Workflow workflow;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AppraisalReadCheck readCheck;

    FeedbackService(PeerFeedbackRepository feedback, OrganisationService organisation, UserDirectory users,
                    Workflow workflow, CurrentUser currentUser, Clock clock, AppraisalReadCheck readCheck) {
        this.readCheck = readCheck;
        this.feedback = feedback;
        this.organisation = organisation;
        this.users = users;
        this.workflow = workflow;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The peers asked about the appraisal and what they answered, for a user who may read the appraisal. */
    public List<PeerFeedback> feedbackFor(Long appraisalId) {
        readCheck.requireReadable(appraisalId);
        return feedback.findForAppraisal(appraisalId);
    }

    /**
     * Checks a nomination: at most five distinct active colleagues with an account, neither the
     * employee nor the appraiser. Returns their user names, in order.
     */
    public List<String> checkNomination(Long employeeId, Long appraiserId, List<Long> peerIds) {
        List<Long> ids = peerIds == null ? List.of() : peerIds;
        if (ids.size() > MAX_PEERS) {
            throw new BusinessRuleException("feedback.TOO_MANY_PEERS", MAX_PEERS);
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new BusinessRuleException("feedback.PEER_TWICE");
        }
        List<String> usernames = new ArrayList<>();
        for (Long id : ids) {
            Employee peer = organisation.employee(id)
                    .orElseThrow(() -> new BusinessRuleException("feedback.PEER_UNKNOWN", id));
            if (id.equals(employeeId)) {
                throw new BusinessRuleException("feedback.PEER_SELF");
            }
            if (id.equals(appraiserId)) {
                throw new BusinessRuleException("feedback.PEER_IS_APPRAISER", peer.getName());
            }
            if (!peer.isActive()) {
                throw new BusinessRuleException("feedback.PEER_INACTIVE", peer.getName());
            }
            usernames.add(users.findByEmployee(id).map(AppUser::username)
                    .orElseThrow(() -> new BusinessRuleException("feedback.PEER_NO_ACCOUNT", peer.getName())));
        }
        return usernames;
    }

    /** Records the nomination (called with the self-review, after {@link #checkNomination}). */
    @Transactional
    public void nominate(Long appraisalId, List<Long> peerIds) {
        // only with the self-review, by the one who holds it (never an auditor going around the form)
        workflow.requireTask(PROCESS, appraisalId.toString(), ProcessIds.Appraisal.TASK_SELF_REVIEW,
                currentUser.require());
        for (Long id : peerIds) {
            feedback.save(new PeerFeedback(appraisalId, organisation.employee(id).orElseThrow()));
        }
    }

    /** The current user, a nominated peer, gives their feedback: all seven values and a comment. */
    @Transactional
    public void give(Long appraisalId, Map<CoreValue, Expectation> ratings, String comment) {
        AppUser user = currentUser.require();
        Workflow.TaskRef task = workflow.requireTask(PROCESS, appraisalId.toString(), TASK_GIVE_PEER_FEEDBACK, user);
        PeerFeedback mine = feedback.findForAppraisal(appraisalId).stream()
                .filter(f -> f.getPeer().getId().equals(user.employeeId()) && f.getStatus() == PeerFeedback.Status.REQUESTED)
                .findFirst().orElseThrow(() -> new BusinessRuleException("task.NOT_AVAILABLE", TASK_GIVE_PEER_FEEDBACK));
        Map<CoreValue, Expectation> parsed = new EnumMap<>(CoreValue.class);
        for (CoreValue value : CoreValue.values()) {
            Expectation level = ratings == null ? null : ratings.get(value);
            if (level == null) {
                throw new BusinessRuleException("feedback.VALUE_NOT_RATED", value.name());
            }
            parsed.put(value, level);
        }
        if (comment == null || comment.isBlank()) {
            throw new BusinessRuleException("feedback.COMMENT_REQUIRED");
        }
        if (comment.length() > 2000) {
            throw new BusinessRuleException("field.TOO_LONG", 2000);
        }
        mine.give(parsed, comment.strip(), clock.instant());
        workflow.complete(task, user, Map.of());
    }

    /** At the deadline: every request not answered becomes "not given". */
    @Transactional
    public int closeUnanswered(Long appraisalId) {
        EngineSteps.requireEngine();
        int closed = 0;
        for (PeerFeedback f : feedback.findForAppraisal(appraisalId)) {
            if (f.getStatus() == PeerFeedback.Status.REQUESTED) {
                f.closeUnanswered();
                closed++;
            }
        }
        return closed;
    }
}
