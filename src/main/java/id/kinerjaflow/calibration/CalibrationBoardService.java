package id.kinerjaflow.calibration;

import static id.kinerjaflow.process.ProcessIds.Calibration.PROCESS;
import static id.kinerjaflow.process.ProcessIds.Calibration.TASK_CALIBRATE_UNIT;
import static id.kinerjaflow.process.ProcessIds.Calibration.TASK_SET_UNIT_RATING;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.Stage;
import id.kinerjaflow.calibration.CalibrationService.Band;
import id.kinerjaflow.calibration.CalibrationService.Deviation;
import id.kinerjaflow.calibration.UnitCalibration.Status;
import id.kinerjaflow.process.TaskNotAvailableException;
import id.kinerjaflow.process.Workflow;
import id.kinerjaflow.rating.PerformanceRating;
import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.security.CurrentUser;
import id.kinerjaflow.security.Roles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the review board and HR read of a cycle's calibrations, beside the tasks in their inbox:
 * every unit with its state, counts and standing against the curve (three queries for the whole
 * cycle, and one evaluation of the curve per unit rating), and one unit in detail. Reading only;
 * changes go through the calibration's tasks ({@link CalibrationService}), which this service
 * merely helps the user take.
 */
@Service
@Transactional(readOnly = true)
public class CalibrationBoardService {

    private final CalibrationBoardRepository board;
    private final CalibrationService calibrations;
    private final AppraisalService appraisals;
    private final Workflow workflow;
    private final CurrentUser currentUser;
    private final Clock clock;

    CalibrationBoardService(CalibrationBoardRepository board, CalibrationService calibrations,
                            AppraisalService appraisals, Workflow workflow, CurrentUser currentUser, Clock clock) {
        this.board = board;
        this.calibrations = calibrations;
        this.appraisals = appraisals;
        this.workflow = workflow;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * One unit's calibration as the overview shows it. {@code deviations} is empty while there is
     * no unit rating; {@code reviewed} counts the appraisals that have their original rating.
     */
    public record UnitRow(Long calibrationId, Long unitId, String unitName, Status status, UnitRating unitRating,
                          String unitRatingSetBy, Instant releasedAt, String releasedBy, long appraisals,
                          long reviewed, long changes, List<Deviation> deviations) {

        /** Whether there is a spread to hold against the curve: a unit rating and a reviewed appraisal. */
        public boolean curveKnown() {
            return unitRating != null && reviewed > 0;
        }

        public boolean fits() {
            return deviations.stream().allMatch(Deviation::fits);
        }
    }

    /** Every unit calibration of the cycle, by unit name. */
    @Transactional // the curve's decision evaluation writes its history: not read-only
    @Secured({Roles.AUTH_BOARD, Roles.AUTH_HR, Roles.AUTH_ADMIN, Roles.AUTH_AUDITOR})
    public List<UnitRow> units(Long cycleId) {
        Map<Long, Map<PerformanceRating, Long>> spreadByUnit = new HashMap<>();
        Map<Long, Long> countByUnit = new HashMap<>();
        for (Object[] r : board.ratingCounts(cycleId)) {
            Long unitId = (Long) r[0];
            long n = (Long) r[2];
            countByUnit.merge(unitId, n, Long::sum);
            if (r[1] != null) {
                spreadByUnit.computeIfAbsent(unitId, k -> new EnumMap<>(PerformanceRating.class))
                        .merge((PerformanceRating) r[1], n, Long::sum);
            }
        }
        // per calibration: the number of changes, and per appraisal its first "from" and last "to"
        Map<Long, Long> changeCount = new HashMap<>();
        Map<Long, Map<Long, PerformanceRating[]>> netChanges = new HashMap<>();
        for (Object[] r : board.changesOfCycle(cycleId)) {
            Long calibrationId = (Long) r[0];
            changeCount.merge(calibrationId, 1L, Long::sum);
            netChanges.computeIfAbsent(calibrationId, k -> new HashMap<>())
                    .computeIfAbsent((Long) r[1], k -> new PerformanceRating[] {(PerformanceRating) r[2], null})[1] =
                    (PerformanceRating) r[3];
        }
        Map<UnitRating, List<Band>> curves = new EnumMap<>(UnitRating.class);
        List<UnitRow> rows = new ArrayList<>();
        for (Object[] r : board.calibrationsOfCycle(cycleId)) {
            Long calibrationId = (Long) r[0];
            Long unitId = (Long) r[1];
            UnitRating unitRating = (UnitRating) r[4];
            Map<PerformanceRating, Long> spread = new EnumMap<>(PerformanceRating.class);
            spread.putAll(spreadByUnit.getOrDefault(unitId, Map.of()));
            netChanges.getOrDefault(calibrationId, Map.of()).values().forEach(fromTo -> {
                spread.merge(fromTo[0], -1L, Long::sum);
                spread.merge(fromTo[1], 1L, Long::sum);
            });
            long reviewed = spread.values().stream().mapToLong(Long::longValue).sum();
            List<Deviation> deviations = unitRating == null ? List.of()
                    : CalibrationService.standing(curves.computeIfAbsent(unitRating, calibrations::curve), spread);
            rows.add(new UnitRow(calibrationId, unitId, (String) r[2], (Status) r[3], unitRating, (String) r[5],
                    (Instant) r[6], (String) r[7], countByUnit.getOrDefault(unitId, 0L), reviewed,
                    changeCount.getOrDefault(calibrationId, 0L), deviations));
        }
        return rows;
    }

    /**
     * The open task of a unit's calibration, if any, as the signed-in user sees it: who holds it
     * (null: nobody yet) and whether the user may work on it (its holder, or one of its group).
     */
    public record OpenTask(String taskId, String taskKey, String holder, boolean mine, boolean mayTake) {
    }

    /** One unit in detail: its appraisals (by name) with their current rating, the changes in order. */
    public record UnitDetail(UnitRow unit, Long cycleId, List<Appraisal> appraisals,
                             Map<Long, PerformanceRating> current, List<CalibrationChange> changes,
                             Optional<OpenTask> task) {
    }

    @Transactional // the curve's decision evaluation writes its history: not read-only
    @Secured({Roles.AUTH_BOARD, Roles.AUTH_HR, Roles.AUTH_ADMIN, Roles.AUTH_AUDITOR})
    public UnitDetail unit(Long calibrationId) {
        UnitCalibration c = calibrations.calibration(calibrationId);
        List<Appraisal> all = appraisals.appraisalsOfUnit(c.getCycleId(), c.getUnit().getId());
        List<CalibrationChange> changes = calibrations.changes(calibrationId);
        Map<Long, PerformanceRating> changed = new HashMap<>();
        changes.forEach(ch -> changed.put(ch.getAppraisalId(), ch.getToRating()));
        Map<Long, PerformanceRating> current = new LinkedHashMap<>();
        Map<PerformanceRating, Long> spread = new EnumMap<>(PerformanceRating.class);
        for (Appraisal a : all) {
            if (a.getOriginalRating() != null) {
                PerformanceRating rating = changed.getOrDefault(a.getId(), a.getOriginalRating());
                current.put(a.getId(), rating);
                spread.merge(rating, 1L, Long::sum);
            }
        }
        List<Deviation> deviations = c.getUnitRating() == null ? List.of()
                : CalibrationService.standing(calibrations.curve(c.getUnitRating()), spread);
        UnitRow row = new UnitRow(c.getId(), c.getUnit().getId(), c.getUnit().getName(), c.getStatus(),
                c.getUnitRating(), c.getUnitRatingSetBy(), c.getReleasedAt(), c.getReleasedBy(), all.size(),
                current.size(), changes.size(), deviations);
        return new UnitDetail(row, c.getCycleId(), all, current, changes, openTask(c));
    }

    /**
     * An appraisal of the unit that has no rating yet, and what it waits for: its stage, its open
     * task (the one due first, e.g. the appraiser's review) with who holds it (the assignee, or else
     * the groups that may take it), its due date and how many days that is past (0 when not yet
     * due), how many other tasks are open besides, and whether the signed-in user may open the task.
     */
    public record Unrated(Long appraisalId, String employeeName, String nip, Stage stage, String taskId,
                          String taskKey, String taskName, String holder, List<String> groups, Instant due,
                          long daysOverdue, int otherTasks, boolean mayOpenTask) {
    }

    /**
     * The unit's appraisals not yet rated (no original rating), most overdue first, then by name:
     * who the curve still waits for. (Reminding them comes with notifications.)
     */
    @Secured({Roles.AUTH_BOARD, Roles.AUTH_HR, Roles.AUTH_ADMIN, Roles.AUTH_AUDITOR})
    public List<Unrated> unrated(Long calibrationId) {
        UnitCalibration c = calibrations.calibration(calibrationId);
        List<Appraisal> open = appraisals.appraisalsOfUnit(c.getCycleId(), c.getUnit().getId()).stream()
                .filter(a -> a.getOriginalRating() == null).toList();
        Map<String, List<Workflow.TaskRef>> tasks = workflow.openTasksByBusinessKey(
                id.kinerjaflow.process.ProcessIds.Appraisal.PROCESS,
                open.stream().map(a -> a.getId().toString()).toList());
        AppUser user = currentUser.require();
        Instant now = clock.instant();
        List<Unrated> rows = new ArrayList<>();
        for (Appraisal a : open) {
            List<Workflow.TaskRef> own = tasks.getOrDefault(a.getId().toString(), List.of()).stream()
                    .sorted(Comparator.comparing(Workflow.TaskRef::due, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            Workflow.TaskRef first = own.isEmpty() ? null : own.get(0);
            Instant due = first == null ? null : first.due();
            long late = due == null || !due.isBefore(now) ? 0 : Duration.between(due, now).toDays();
            rows.add(new Unrated(a.getId(), a.getEmployee().getName(), a.getEmployee().getNip(), a.getStage(),
                    first == null ? null : first.id(), first == null ? null : first.taskKey(),
                    first == null ? null : first.name(), first == null ? null : first.assignee(),
                    first == null ? List.of() : first.candidateGroups().stream().sorted().toList(), due, late,
                    Math.max(0, own.size() - 1), first != null && first.mayBeWorkedOnBy(user)));
        }
        rows.sort(Comparator.comparingLong(Unrated::daysOverdue).reversed().thenComparing(Unrated::employeeName,
                Comparator.nullsLast(Comparator.naturalOrder())));
        return rows;
    }

    /** The task the calibration waits at in its state: HR's unit rating, or the board's calibration. */
    private Optional<OpenTask> openTask(UnitCalibration c) {
        String taskKey = switch (c.getStatus()) {
            case AWAITING_UNIT_RATING -> TASK_SET_UNIT_RATING;
            case CALIBRATING -> TASK_CALIBRATE_UNIT;
            default -> null;
        };
        if (taskKey == null) {
            return Optional.empty();
        }
        AppUser user = currentUser.require();
        return workflow.openTask(PROCESS, c.getId().toString(), taskKey).map(t -> new OpenTask(t.id(), t.taskKey(),
                t.assignee(), user.username().equals(t.assignee()), t.mayBeWorkedOnBy(user)));
    }

    /**
     * The user takes the unit's open task (claiming it when nobody holds it yet) and gets its id, to
     * open its form. Refused when there is none the user may work on, or a colleague took it meanwhile.
     */
    @Transactional
    @Secured({Roles.AUTH_BOARD, Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public String takeTask(Long calibrationId) {
        AppUser user = currentUser.require();
        OpenTask task = openTask(calibrations.calibration(calibrationId)).filter(OpenTask::mayTake)
                .orElseThrow(() -> new TaskNotAvailableException(TASK_CALIBRATE_UNIT));
        if (task.holder() == null) {
            workflow.claim(task.taskId(), user);
        }
        return task.taskId();
    }
}
