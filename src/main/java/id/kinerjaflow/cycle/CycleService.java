package id.kinerjaflow.cycle;

import id.kinerjaflow.process.EngineSteps;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.org.Employee;
import id.kinerjaflow.org.OrgUnit;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.security.CurrentUser;
import id.kinerjaflow.security.Role;
import id.kinerjaflow.security.Roles;
import id.kinerjaflow.security.SystemAuthentication;
import id.kinerjaflow.security.UserDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appraisal cycles, as HR runs them: create and edit a draft with its units and dates, check it
 * before launch, launch it for every employee in scope, move the whole cycle to the review phase,
 * and close it when every appraisal is final. Launch and phase changes run as batches of jobs
 * ({@link CycleBatches}) with their progress to follow.
 */
@Service
@Transactional(readOnly = true)
public class CycleService {

    private final AppraisalCycleRepository cycles;
    private final CycleBatches batches;
    private final ObjectProvider<CycleCheck> checks;
    private final OrganisationService organisation;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final Clock clock;

    CycleService(AppraisalCycleRepository cycles, CycleBatches batches, ObjectProvider<CycleCheck> checks,
                 OrganisationService organisation, UserDirectory users, CurrentUser currentUser, Clock clock) {
        this.cycles = cycles;
        this.batches = batches;
        this.checks = checks;
        this.organisation = organisation;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public AppraisalCycle cycle(Long id) {
        return cycles.findById(id).orElseThrow(() -> new BusinessRuleException("cycle.NOT_FOUND", id));
    }

    public List<AppraisalCycle> cycles() {
        return cycles.findAll(Sort.by("year").descending().and(Sort.by("id").descending()));
    }

    // ---- create and edit ------------------------------------------------------------------------

    /**
     * The year a new cycle is most likely for: this year, or the year after the latest cycle when
     * this year has one already (in December HR prepares next year's).
     */
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public int proposedYear(java.time.LocalDate today) {
        int latest = cycles().stream().mapToInt(AppraisalCycle::getYear).max().orElse(today.getYear() - 1);
        return Math.max(today.getYear(), latest + 1);
    }

    /** Whether a cycle other than {@code cycleId} (null: any) is called {@code name}. */
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public boolean nameTaken(String name, Long cycleId) {
        return name != null && cycles.nameTaken(name, cycleId == null ? -1L : cycleId);
    }

    /** Creates a draft cycle. Its dates must be in order; its units may still be chosen later. */
    @Transactional
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public AppraisalCycle create(CycleSettings settings) {
        validate(settings, -1L);
        return cycles.save(new AppraisalCycle(settings, username(), clock.instant()));
    }

    /** Changes a draft cycle's settings and units; refused once it is launched. */
    @Transactional
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public AppraisalCycle update(Long cycleId, long expectedVersion, CycleSettings settings) {
        AppraisalCycle cycle = cycle(cycleId);
        if (cycle.getStatus() != CycleStatus.DRAFT) {
            throw new BusinessRuleException("cycle.NOT_EDITABLE", cycle.getName());
        }
        if (cycle.getVersion() != expectedVersion) {
            throw new BusinessRuleException("cycle.CHANGED_MEANWHILE", cycle.getName());
        }
        validate(settings, cycle.getId());
        cycle.apply(settings);
        return cycles.saveAndFlush(cycle);
    }

    /** The settings' own rules, then a name no other cycle has (two "Periode 2026" cannot be told apart). */
    private void validate(CycleSettings settings, Long cycleId) {
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(problems.get(0));
        }
        if (cycles.nameTaken(settings.name(), cycleId)) {
            throw new BusinessRuleException("cycle.NAME_TAKEN", settings.name().strip());
        }
        for (ScopeUnit s : settings.scope()) {
            organisation.unit(s.getUnitId()).orElseThrow(() -> new BusinessRuleException("cycle.SCOPE_UNIT_UNKNOWN",
                    s.getUnitId()));
        }
    }

    /**
     * A cycle whose appraisal is started one by one (an employee who joined after the launch) is
     * launched from then on. Refused for a closed cycle.
     */
    @Transactional
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public AppraisalCycle requireOpenForAppraisal(Long cycleId) {
        AppraisalCycle cycle = cycle(cycleId);
        if (cycle.isClosed()) {
            throw new BusinessRuleException("cycle.CLOSED", cycle.getName());
        }
        cycle.launched(username(), clock.instant());
        return cycle;
    }

    /** The ids of the other cycles of the cycle's year (nobody is appraised twice in a year). */
    public List<Long> otherCyclesOfYear(AppraisalCycle cycle) {
        return cycles.otherCyclesOfYear(cycle.getYear(), cycle.getId());
    }

    // ---- scope ----------------------------------------------------------------------------------

    /** The ids of every unit the cycle appraises: each scope unit, with its sub-units where chosen. */
    public Set<Long> unitIds(AppraisalCycle cycle) {
        return unitIds(cycle, organisation.units());
    }

    private static Set<Long> unitIds(AppraisalCycle cycle, List<OrgUnit> allUnits) {
        Map<Long, List<Long>> children = new HashMap<>();
        for (OrgUnit u : allUnits) {
            if (u.getParentId() != null) {
                children.computeIfAbsent(u.getParentId(), k -> new ArrayList<>()).add(u.getId());
            }
        }
        Set<Long> result = new LinkedHashSet<>();
        for (ScopeUnit s : cycle.getScope()) {
            List<Long> todo = new ArrayList<>(List.of(s.getUnitId()));
            while (!todo.isEmpty()) {
                Long id = todo.remove(todo.size() - 1);
                if (result.add(id) && s.isWithSubUnits()) {
                    todo.addAll(children.getOrDefault(id, List.of()));
                }
            }
        }
        return result;
    }

    // ---- pre-flight -----------------------------------------------------------------------------

    /**
     * Everything that stands in the way of launching the cycle, blocking problems first: no unit
     * chosen, employees without a supervisor (other than JPT officials, whose appraiser is the head
     * of region, for whom HR acts), with an inactive supervisor or without an account, employees
     * already appraised in another cycle of the year, nobody to set unit ratings or to calibrate;
     * and warnings: who HR will act for, units with nobody to appraise.
     */
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN, Roles.AUTH_AUDITOR})
    public List<CycleProblem> preflight(Long cycleId) {
        return preflight(cycle(cycleId));
    }

    private List<CycleProblem> preflight(AppraisalCycle cycle) {
        List<CycleProblem> problems = new ArrayList<>();
        if (cycle.getScope().isEmpty()) {
            problems.add(CycleProblem.blocking("NO_UNITS", null, null, null));
            return problems;
        }
        List<OrgUnit> allUnits = organisation.units();
        Set<Long> unitIds = unitIds(cycle, allUnits);
        List<Employee> employees = organisation.activeEmployeesIn(unitIds);
        Set<Long> ids = new HashSet<>();
        employees.forEach(e -> ids.add(e.getId()));
        employees.stream().map(Employee::getSupervisor).filter(s -> s != null).forEach(s -> ids.add(s.getId()));
        Map<Long, String> accounts = users.usernamesOfEmployees(ids);
        Set<Long> unitsWithPeople = new HashSet<>();
        for (Employee e : employees) {
            unitsWithPeople.add(e.getUnit().getId());
            String unit = e.getUnit().getName();
            Employee supervisor = e.getSupervisor();
            if (!accounts.containsKey(e.getId())) {
                problems.add(CycleProblem.blocking("NO_ACCOUNT", e.getNip(), e.getName(), unit));
            }
            if (supervisor == null) {
                if (e.getPosition().getJabatanType().isJpt()) {
                    problems.add(CycleProblem.warning("HR_FOR_HEAD_OF_REGION", e.getNip(), e.getName(), unit));
                } else {
                    problems.add(CycleProblem.blocking("NO_SUPERVISOR", e.getNip(), e.getName(), unit));
                }
            } else if (!supervisor.isActive()) {
                problems.add(CycleProblem.blocking("SUPERVISOR_INACTIVE", e.getNip(), e.getName(), unit,
                        supervisor.getName()));
            } else if (!accounts.containsKey(supervisor.getId())) {
                problems.add(CycleProblem.warning("HR_FOR_SUPERVISOR", e.getNip(), e.getName(), unit,
                        supervisor.getName()));
            }
        }
        if (!employees.isEmpty()) {
            if (users.membersOf(Role.HR).stream().noneMatch(AppUser::enabled)) {
                problems.add(CycleProblem.blocking("NO_HR", null, null, null));
            }
            if (users.membersOf(Role.BOARD).stream().noneMatch(AppUser::enabled)) {
                problems.add(CycleProblem.blocking("NO_BOARD", null, null, null));
            }
        }
        Map<Long, OrgUnit> units = new HashMap<>();
        allUnits.forEach(u -> units.put(u.getId(), u));
        unitIds.stream().filter(id -> !unitsWithPeople.contains(id)).map(units::get).filter(u -> u != null)
                .forEach(u -> problems.add(CycleProblem.warning("UNIT_EMPTY", null, null, u.getName())));
        checks.orderedStream().forEach(c -> problems.addAll(c.beforeLaunch(cycle, unitIds)));
        problems.sort(Comparator.comparing(CycleProblem::severity)
                .thenComparing(p -> p.unitName() == null ? "" : p.unitName())
                .thenComparing(p -> p.employeeName() == null ? "" : p.employeeName()));
        return problems;
    }

    // ---- launch and phase changes ----------------------------------------------------------------

    /**
     * Launches the cycle: an appraisal for every active employee in scope and a calibration for
     * every unit with people, as a batch of jobs. Refused while the pre-flight check finds blocking
     * problems. Idempotent: while a launch runs, launching again returns its progress; afterwards
     * it starts only what is still missing (e.g. employees who joined since), and nothing when
     * nothing is missing.
     */
    @Transactional
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public BatchProgress launch(Long cycleId) {
        AppraisalCycle cycle = locked(cycleId);
        if (cycle.getStatus() == CycleStatus.REVIEW_PHASE) {
            throw new BusinessRuleException("cycle.ALREADY_IN_REVIEW", cycle.getName());
        }
        CycleBatch running = batches.running(cycleId, CycleBatch.Kind.LAUNCH);
        if (running != null) {
            return batches.progress(running);
        }
        long blocking = preflight(cycle).stream().filter(CycleProblem::blocks).count();
        if (blocking > 0) {
            throw new BusinessRuleException("cycle.LAUNCH_BLOCKED", blocking);
        }
        CycleBatch batch = batches.plan(cycle, unitIds(cycle), CycleBatch.Kind.LAUNCH, username());
        if (batch == null) {
            throw new BusinessRuleException("cycle.NOTHING_TO_LAUNCH", cycle.getName());
        }
        cycle.launched(username(), clock.instant());
        return batches.progress(batch);
    }

    /**
     * Opens the review phase for every appraisal of the cycle that waits for it, as a batch of
     * jobs; the cycle is in its review phase from now on.
     */
    @Transactional
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public BatchProgress openReviewPhase(Long cycleId) {
        AppraisalCycle cycle = locked(cycleId);
        if (cycle.getStatus() == CycleStatus.DRAFT) {
            throw new BusinessRuleException("cycle.NOT_LAUNCHED", cycle.getName());
        }
        CycleBatch running = batches.running(cycleId, CycleBatch.Kind.OPEN_REVIEW_PHASE);
        if (running != null) {
            return batches.progress(running);
        }
        if (batches.running(cycleId, CycleBatch.Kind.LAUNCH) != null) {
            throw new BusinessRuleException("cycle.LAUNCH_RUNNING", cycle.getName());
        }
        cycle.setStatus(CycleStatus.REVIEW_PHASE);
        CycleBatch batch = batches.plan(cycle, unitIds(cycle), CycleBatch.Kind.OPEN_REVIEW_PHASE, username());
        return batch == null ? null : batches.progress(batch);
    }

    /** Closes the cycle once every appraisal is final and every unit's results are released; read-only after. */
    @Transactional
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public AppraisalCycle close(Long cycleId) {
        AppraisalCycle cycle = locked(cycleId);
        if (cycle.getStatus() == CycleStatus.DRAFT) {
            throw new BusinessRuleException("cycle.NOT_LAUNCHED", cycle.getName());
        }
        if (batches.anyRunning(cycleId)) {
            throw new BusinessRuleException("cycle.LAUNCH_RUNNING", cycle.getName());
        }
        long unfinished = checks.orderedStream().mapToLong(c -> c.unfinished(cycleId)).sum();
        if (unfinished > 0) {
            throw new BusinessRuleException("cycle.NOT_FINISHED", cycle.getName(), unfinished);
        }
        cycle.closed(username(), clock.instant());
        return cycle;
    }

    /** How many items of the cycle are not finished (appraisals not final, units not released). */
    public long unfinished(Long cycleId) {
        return checks.orderedStream().mapToLong(c -> c.unfinished(cycleId)).sum();
    }

    /** The cycle's latest batch (launch or phase change) and how far it has come; null when none ran. */
    public BatchProgress latestBatch(Long cycleId) {
        return batches.latest(cycleId);
    }

    /** Runs the batch's failed chunks again. */
    @Transactional
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public void retryFailed(Long cycleId) {
        BatchProgress latest = batches.latest(cycleId);
        if (latest != null) {
            batches.retryFailed(latest);
        }
    }

    /** Runs one chunk of a batch (the engine's job calls this), as the system. */
    @Transactional
    public void runChunk(long batchId, int chunkNo) {
        EngineSteps.requireEngine();
        SystemAuthentication.runAsSystem(() -> {
            AppraisalCycle cycle = cycle(batches.cycleOf(batchId));
            batches.run(cycle, unitIds(cycle), batchId, chunkNo);
        });
    }

    private AppraisalCycle locked(Long cycleId) {
        AppraisalCycle cycle = cycles.findForUpdate(cycleId)
                .orElseThrow(() -> new BusinessRuleException("cycle.NOT_FOUND", cycleId));
        if (cycle.isClosed()) {
            throw new BusinessRuleException("cycle.CLOSED", cycle.getName());
        }
        return cycle;
    }

    private String username() {
        return currentUser.get().map(AppUser::username).orElse(SystemAuthentication.SYSTEM_USER);
    }
}
