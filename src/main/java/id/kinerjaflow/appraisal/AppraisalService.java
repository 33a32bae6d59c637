package id.kinerjaflow.appraisal;

import id.kinerjaflow.process.EngineSteps;
import id.kinerjaflow.rating.PerformanceRating;
import static id.kinerjaflow.process.ProcessIds.Vars;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.cycle.CycleStatus;
import id.kinerjaflow.feedback.AppraisalReadCheck;
import id.kinerjaflow.org.Employee;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.process.Workflow;
import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.security.Roles;
import id.kinerjaflow.security.UserDirectory;
import id.kinerjaflow.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.security.access.AccessDeniedException;

/**
 * The appraisal of one employee in one cycle: starting it, reading it, and the steps the process
 * takes on its own (stage, overdue flag, rating, result, final). The people's steps are in
 * {@link AgreementService}, {@link SelfReviewService} and {@link SupervisorReviewService}.
 */
@Service
@Transactional(readOnly = true)
public class AppraisalService implements AppraisalReadCheck {

    private final AppraisalRepository appraisals;
    private final AgreementRowRepository rows;
    private final AgreementRoundRepository rounds;
    private final BehaviourAssessmentRepository behaviour;
    private final EvidenceRepository evidence;
    private final CycleService cycles;
    private final OrganisationService organisation;
    private final UserDirectory users;
    private final Workflow workflow;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReviewPhaseWork reviewPhase;
    private final CurrentUser currentUser;

    AppraisalService(AppraisalRepository appraisals, AgreementRowRepository rows, AgreementRoundRepository rounds,
                     BehaviourAssessmentRepository behaviour, EvidenceRepository evidence, CycleService cycles,
                     OrganisationService organisation, UserDirectory users, Workflow workflow,
                     ApplicationEventPublisher events, Clock clock, ReviewPhaseWork reviewPhase,
                     CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.appraisals = appraisals;
        this.rows = rows;
        this.rounds = rounds;
        this.behaviour = behaviour;
        this.evidence = evidence;
        this.cycles = cycles;
        this.organisation = organisation;
        this.users = users;
        this.workflow = workflow;
        this.events = events;
        this.clock = clock;
        this.reviewPhase = reviewPhase;
    }

    // ---- start ----------------------------------------------------------------------------------

    /**
     * Starts the appraisal of an employee in a cycle: captures appraiser and senior appraiser, and
     * starts its process. A second start for the same employee and cycle is refused (and the
     * database's unique constraint backs that up under concurrency).
     */
    @Transactional
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public Appraisal start(Long cycleId, Long employeeId) {
        AppraisalCycle cycle = cycles.requireOpenForAppraisal(cycleId);
        Employee employee = organisation.employee(employeeId)
                .orElseThrow(() -> new BusinessRuleException("appraisal.EMPLOYEE_UNKNOWN", employeeId));
        if (!employee.isActive()) {
            throw new BusinessRuleException("appraisal.EMPLOYEE_INACTIVE", employee.getName());
        }
        if (appraisals.findByCycleIdAndEmployeeId(cycleId, employeeId).isPresent()) {
            throw new BusinessRuleException("appraisal.ALREADY_STARTED", employee.getName(), cycle.getName());
        }
        AppUser employeeUser = users.findByEmployee(employeeId)
                .orElseThrow(() -> new BusinessRuleException("appraisal.NO_ACCOUNT", employee.getName()));
        Employee appraiser = organisation.appraiserOf(employeeId).orElse(null);
        Employee senior = organisation.seniorAppraiserOf(employeeId).orElse(null);
        return startProcess(null, cycle, employee, appraiser, senior, employeeUser.username(),
                username(appraiser, users.findByEmployee(appraiser == null ? null : appraiser.getId())),
                username(senior, users.findByEmployee(senior == null ? null : senior.getId()))).appraisal();
    }

    private static String username(Employee person, Optional<AppUser> user) {
        return person == null ? null : user.map(AppUser::username).orElse(null);
    }

    /**
     * Starts the appraisals of these employees (active, in the cycle's scope, their supervisor
     * chain loaded) in the caller's transaction, for the cycle's launch: everything is read in
     * bulk first, then each appraisal is saved and its process started. An employee who has an
     * appraisal in the cycle already is skipped; one without an account stops the chunk with a
     * clear error (the pre-flight check reports it before launch). Returns how many started.
     */
    int startAll(AppraisalCycle cycle, List<Employee> employees) {
        if (employees.isEmpty()) {
            return 0;
        }
        Set<Long> started = new HashSet<>(appraisals.employeeIdsInCycle(cycle.getId(), employees.get(0).getId(),
                employees.get(employees.size() - 1).getId()));
        Set<Long> people = new HashSet<>();
        for (Employee e : employees) {
            people.add(e.getId());
            if (e.getSupervisor() != null) {
                people.add(e.getSupervisor().getId());
                if (e.getSupervisor().getSupervisor() != null) {
                    people.add(e.getSupervisor().getSupervisor().getId());
                }
            }
        }
        Map<Long, String> usernames = users.usernamesOfEmployees(people);
        String version = null;
        int count = 0;
        for (Employee e : employees) {
            if (started.contains(e.getId())) {
                continue;
            }
            String employeeUser = usernames.get(e.getId());
            if (employeeUser == null) {
                throw new BusinessRuleException("appraisal.NO_ACCOUNT", e.getName());
            }
            Employee appraiser = e.getSupervisor();
            Employee senior = appraiser == null ? null : appraiser.getSupervisor();
            version = startProcess(version, cycle, e, appraiser, senior, employeeUser,
                    appraiser == null ? null : usernames.get(appraiser.getId()),
                    senior == null ? null : usernames.get(senior.getId())).processVersion();
            count++;
        }
        return count;
    }

    /**
     * Saves the appraisal (the unique constraint refuses a second one for the employee in the
     * cycle) and starts its process. A person without an account in the system (the head of
     * region above a JPT official) is acted for by HR. The process version is the one the first
     * start of a batch returned, or null for the latest.
     */
    private Started startProcess(String processVersion, AppraisalCycle cycle, Employee employee,
                                   Employee appraiser, Employee senior,
                                   String employeeUser, String appraiserUser, String seniorUser) {
        boolean leader = appraiser == null || !appraiser.getUnit().getId().equals(employee.getUnit().getId());
        // the identity column makes the insert happen here, so the unique constraint answers at once
        Appraisal appraisal = appraisals.save(new Appraisal(cycle, employee, appraiser, senior, leader));
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.APPRAISAL_ID, appraisal.getId());
        vars.put(Vars.CYCLE_ID, cycle.getId());
        vars.put(Vars.UNIT_ID, employee.getUnit().getId());
        vars.put(Vars.EMPLOYEE_USER, employeeUser);
        vars.put(Vars.APPRAISER_USER, appraiserUser);
        vars.put(Vars.SENIOR_APPRAISER_USER, seniorUser);
        vars.put(Vars.AGREEMENT_DEADLINE, Date.from(cycle.getAgreementDeadline()));
        vars.put(Vars.REVIEW_PHASE_START, Date.from(cycle.getReviewPhaseStart()));
        vars.put(Vars.PEER_FEEDBACK_DURATION, cycle.peerFeedbackDuration());
        // the peers come with the self-review (SelfReviewService); nothing to store for them before
        Workflow.Started started = workflow.start(ProcessIds.Appraisal.PROCESS, processVersion,
                appraisal.getId().toString(), vars);
        appraisal.setProcessInstanceId(started.instanceId());
        return new Started(appraisal, started.processVersion());
    }

    private record Started(Appraisal appraisal, String processVersion) {
    }

    // ---- reading (with the right to read) -------------------------------------------------------

    /** The appraisal, if the current user may see it (see {@link AppraisalAccess}). */
    public Appraisal appraisal(Long id, AppUser user) {
        Appraisal a = appraisals.findDetailed(id).orElseThrow(() -> new BusinessRuleException("appraisal.NOT_FOUND", id));
        AppraisalAccess.requireRead(a, user);
        return a;
    }

    /**
     * The appraisal for the holder of one of its open tasks: those who may read it (see
     * {@link AppraisalAccess}), and also whoever holds the task, such as a nominated peer, who
     * needs to see whose behaviour they give feedback on. Refused for anyone else.
     */
    public Appraisal appraisalForTask(Long id, String taskKey, AppUser user) {
        Appraisal a = appraisals.findDetailed(id).orElseThrow(() -> new BusinessRuleException("appraisal.NOT_FOUND", id));
        if (!AppraisalAccess.mayRead(a, user)) {
            workflow.requireTask(ProcessIds.Appraisal.PROCESS, id.toString(), taskKey, user);
        }
        return a;
    }

    /**
     * Refuses a signed-in user who may not read the appraisal (see {@link AppraisalAccess}): the
     * parts below check it themselves rather than trust that every caller came through the inbox.
     * Work that no person started runs as the system, which may read everything.
     */
    @Override
    public void requireReadable(Long appraisalId) {
        AppUser user = currentUser.get().orElseThrow(() -> new AccessDeniedException("no user signed in"));
        appraisal(appraisalId, user);
    }

    /** The SKP rows with their indicators, for a user who may read the appraisal. */
    public List<AgreementRow> rows(Long appraisalId) {
        requireReadable(appraisalId);
        return rows.findForAppraisal(appraisalId);
    }

    /** The agreement's rounds (submitted, returned, approved), for a user who may read the appraisal. */
    public List<AgreementRound> rounds(Long appraisalId) {
        requireReadable(appraisalId);
        return rounds.findByAppraisalIdOrderByRoundNo(appraisalId);
    }

    /** The reflections and ratings per core value, for a user who may read the appraisal. */
    public List<BehaviourAssessment> behaviour(Long appraisalId) {
        requireReadable(appraisalId);
        return behaviour.findByAppraisalId(appraisalId);
    }

    /** The evidence files with their content, for a user who may read the appraisal. */
    public List<Evidence> evidence(Long appraisalId) {
        requireReadable(appraisalId);
        return evidence.findForAppraisal(appraisalId);
    }

    /** What a list shows of an evidence file: everything but its content. */
    public record EvidenceFile(Long id, Long indicatorId, String fileName, String contentType, long sizeBytes,
                               String uploadedBy, Instant uploadedAt) {
    }

    /** The appraisal's evidence files, oldest first, without reading their content. */
    public List<EvidenceFile> evidenceFiles(Long appraisalId) {
        requireReadable(appraisalId);
        return evidence.listForAppraisal(appraisalId).stream().map(r -> new EvidenceFile((Long) r[0], (Long) r[1],
                (String) r[2], (String) r[3], ((Number) r[4]).longValue(), (String) r[5], (Instant) r[6])).toList();
    }

    /** An evidence file's name, type and content, to download. */
    public record EvidenceDownload(String fileName, String contentType, byte[] content) {
    }

    /**
     * An evidence file of an appraisal, for someone who may read that appraisal (the employee,
     * the appraisers, HR, the board, auditors). Refused for anyone else and for a file of another
     * appraisal, whatever ids are guessed.
     */
    public EvidenceDownload evidenceDownload(Long appraisalId, Long evidenceId, AppUser user) {
        appraisal(appraisalId, user);
        Evidence e = evidence.findById(evidenceId).filter(x -> appraisalId.equals(x.getAppraisalId()))
                .orElseThrow(() -> new BusinessRuleException("evidence.NOT_FOUND"));
        return new EvidenceDownload(e.getFileName(), e.getContentType(), e.getContent());
    }

    /** The appraisals of a unit in a cycle (for calibration). */
    public List<Appraisal> appraisalsOfUnit(Long cycleId, Long unitId) {
        return appraisals.findByCycleAndUnit(cycleId, unitId);
    }

    /**
     * An employee's appraisals that the user may read (see {@link AppraisalAccess}), the latest
     * cycle first: for "my appraisals" the user's own, and nobody else's whatever id is asked for.
     */
    public List<Appraisal> appraisalsOfEmployee(Long employeeId, AppUser user) {
        if (employeeId == null || user == null) {
            return List.of();
        }
        return appraisals.findByEmployee(employeeId).stream().filter(a -> AppraisalAccess.mayRead(a, user)).toList();
    }

    /** The cycles in which the user appraises someone, the latest first (empty for a user without an employee). */
    public List<AppraisalCycle> cyclesAppraisedBy(AppUser user) {
        return user == null || user.employeeId() == null ? List.of()
                : appraisals.findCyclesOfAppraiser(user.employeeId());
    }

    /** The appraisals the user holds as appraiser in a cycle, by name, in one query. */
    public List<Appraisal> appraisalsAppraisedBy(Long cycleId, AppUser user) {
        return user == null || user.employeeId() == null || cycleId == null ? List.of()
                : appraisals.findByCycleAndAppraiser(cycleId, user.employeeId());
    }

    /** What a list shows of an appraisal. */
    public record Summary(Long appraisalId, String employeeName, String employeeNip, Stage stage) {
    }

    /** Summaries of the given appraisals, in one query (no access check: the caller shows its own rows). */
    public Map<Long, Summary> summaries(java.util.Collection<Long> appraisalIds) {
        Map<Long, Summary> result = new HashMap<>();
        if (appraisalIds.isEmpty()) {
            return result;
        }
        for (Object[] row : appraisals.summaries(appraisalIds)) {
            result.put((Long) row[0], new Summary((Long) row[0], (String) row[1], (String) row[2], (Stage) row[3]));
        }
        return result;
    }

    /** The appraisal of an employee in a cycle, if started. */
    public Optional<Appraisal> findOfEmployee(Long cycleId, Long employeeId) {
        return appraisals.findByCycleIdAndEmployeeId(cycleId, employeeId);
    }

    public Optional<Appraisal> find(Long id) {
        return appraisals.findDetailed(id);
    }

    public long countUnreviewed(Long cycleId, Long unitId) {
        return appraisals.countUnreviewed(cycleId, unitId);
    }

    // ---- steps the process takes (called by the delegates) -------------------------------------

    @Transactional
    public void enterStage(Long appraisalId, Stage stage) {
        EngineSteps.requireEngine();
        Appraisal a = plain(appraisalId);
        if (a.getStage() != Stage.FINAL) {
            a.setStage(stage);
        }
        if (stage == Stage.AWAITING_REVIEW_PHASE && a.getCycle().getStatus() == CycleStatus.REVIEW_PHASE) {
            reviewPhase.catchUpAfterCommit(appraisalId);
        }
    }

    @Transactional
    public void flagAgreementOverdue(Long appraisalId) {
        EngineSteps.requireEngine();
        plain(appraisalId).flagAgreementOverdue();
    }

    /** What recording the original rating found out about the unit's calibration. */
    public record RatingRecorded(Long appraisalId, Long cycleId, Long unitId, PerformanceRating rating) {
    }

    /**
     * Stores the original rating the matrix gave. If the unit's results were already released, the
     * calibrated rating is the original one (returned), and the appraisal does not wait.
     */
    @Transactional
    public Optional<PerformanceRating> recordOriginalRating(Long appraisalId, PerformanceRating rating) {
        EngineSteps.requireEngine();
        Appraisal a = load(appraisalId);
        a.recordOriginalRating(rating);
        appraisals.flush();
        events.publishEvent(new RatingRecorded(a.getId(), a.getCycle().getId(), a.getUnit().getId(), rating));
        return Optional.ofNullable(a.getCalibratedRating());
    }

    /** The board's (or the rule's) calibrated rating; the original is kept. */
    @Transactional
    public void recordCalibratedRating(Long appraisalId, PerformanceRating rating) {
        EngineSteps.requireEngine();
        plain(appraisalId).recordCalibratedRating(rating);
    }

    /** Publishes the result and opens the appeal window; returns its end. */
    @Transactional
    public Instant publishResult(Long appraisalId) {
        EngineSteps.requireEngine();
        Appraisal a = load(appraisalId);
        if (a.getCalibratedRating() == null) {
            a.recordCalibratedRating(a.getOriginalRating());
        }
        Instant now = clock.instant();
        Instant deadline = now.plus(Duration.ofDays(a.getCycle().getAppealWindowDays()));
        a.publishResult(now, deadline);
        return deadline;
    }

    /** Closes the appraisal with the appeal decision's rating, or the calibrated one. */
    @Transactional
    public PerformanceRating finalise(Long appraisalId, PerformanceRating appealRating) {
        EngineSteps.requireEngine();
        Appraisal a = load(appraisalId);
        PerformanceRating rating = appealRating != null ? appealRating : a.getCalibratedRating();
        a.finalise(rating, clock.instant());
        return rating;
    }

    /** The appraisal alone, for a step that changes one of its own columns. */
    private Appraisal plain(Long appraisalId) {
        return appraisals.findById(appraisalId)
                .orElseThrow(() -> new BusinessRuleException("appraisal.NOT_FOUND", appraisalId));
    }

    Appraisal load(Long appraisalId) {
        return appraisals.findDetailed(appraisalId)
                .orElseThrow(() -> new BusinessRuleException("appraisal.NOT_FOUND", appraisalId));
    }
}
