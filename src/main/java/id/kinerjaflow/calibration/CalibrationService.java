package id.kinerjaflow.calibration;

import static id.kinerjaflow.process.ProcessIds.Calibration.PROCESS;
import static id.kinerjaflow.process.ProcessIds.Calibration.TASK_CALIBRATE_UNIT;
import static id.kinerjaflow.process.ProcessIds.Calibration.TASK_SET_UNIT_RATING;

import id.kinerjaflow.process.EngineSteps;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.AppraisalService.RatingRecorded;
import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.base.Messages;
import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.org.OrgUnit;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.process.Workflow;
import id.kinerjaflow.process.decision.DecisionIds;
import id.kinerjaflow.rating.PerformanceRating;
import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.security.CurrentUser;
import id.kinerjaflow.security.Roles;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calibration (kalibrasi) of one unit: HR sets the unit rating on behalf of the leader one level
 * up; once every appraisal is reviewed (or the calibration date passes) the spread is checked
 * against the distribution curve (a decision table); the board changes ratings, each with a
 * reason, sees whether the unit now fits the curve, and approves; the results are then released.
 * The unit leader's results rating is the unit rating (PermenPANRB 6/2022).
 */
@Service
@Transactional(readOnly = true)
public class CalibrationService {

    private final UnitCalibrationRepository calibrations;
    private final CalibrationChangeRepository changes;
    private final AppraisalService appraisals;
    private final CycleService cycles;
    private final OrganisationService organisation;
    private final Workflow workflow;
    private final CurrentUser currentUser;
    private final Clock clock;

    CalibrationService(UnitCalibrationRepository calibrations, CalibrationChangeRepository changes,
                       AppraisalService appraisals, CycleService cycles, OrganisationService organisation,
                       Workflow workflow, CurrentUser currentUser, Clock clock) {
        this.calibrations = calibrations;
        this.changes = changes;
        this.appraisals = appraisals;
        this.cycles = cycles;
        this.organisation = organisation;
        this.workflow = workflow;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Starts the calibration of a unit in a cycle (one per unit per cycle). */
    @Transactional
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public UnitCalibration start(Long cycleId, Long unitId) {
        AppraisalCycle cycle = cycles.cycle(cycleId);
        OrgUnit unit = organisation.unit(unitId).orElseThrow(() -> new BusinessRuleException("calibration.UNIT_UNKNOWN", unitId));
        if (calibrations.findByCycleIdAndUnitId(cycleId, unitId).isPresent()) {
            throw new BusinessRuleException("calibration.ALREADY_STARTED", unit.getName());
        }
        UnitCalibration c = calibrations.saveAndFlush(new UnitCalibration(cycleId, unit));
        Map<String, Object> vars = new HashMap<>();
        vars.put(ProcessIds.Vars.CALIBRATION_ID, c.getId());
        vars.put(ProcessIds.Vars.CYCLE_ID, cycleId);
        vars.put(ProcessIds.Vars.UNIT_ID, unitId);
        vars.put(ProcessIds.Vars.CALIBRATION_DATE, Date.from(cycle.getCalibrationDate()));
        c.setProcessInstanceId(workflow.start(PROCESS, c.getId().toString(), vars));
        return c;
    }

    /** The unit name of each calibration, in one query (for lists such as the inbox). */
    public java.util.Map<Long, String> unitNames(java.util.Collection<Long> calibrationIds) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (!calibrationIds.isEmpty()) {
            calibrations.unitNames(calibrationIds).forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }

    public UnitCalibration calibration(Long id) {
        return calibrations.findDetailed(id).orElseThrow(() -> new BusinessRuleException("calibration.NOT_FOUND", id));
    }

    /** The calibration of a unit in a cycle, if it was started (e.g. for an appraisal's audit). */
    public java.util.Optional<UnitCalibration> calibrationOf(Long cycleId, Long unitId) {
        return calibrations.findByCycleIdAndUnitId(cycleId, unitId);
    }

    public List<CalibrationChange> changes(Long calibrationId) {
        return changes.findByCalibrationIdOrderByChangedAtAscIdAsc(calibrationId);
    }

    // ---- HR: the unit rating -----------------------------------------------------------------------

    @Transactional
    public void setUnitRating(Long calibrationId, UnitRating rating) {
        AppUser user = currentUser.require();
        Workflow.TaskRef task = workflow.requireTask(PROCESS, calibrationId.toString(), TASK_SET_UNIT_RATING, user);
        if (rating == null) {
            throw new BusinessRuleException("rating.REQUIRED");
        }
        calibration(calibrationId).setUnitRating(rating, user.username());
        workflow.complete(task, user, Map.of());
    }

    // ---- reviews done? ----------------------------------------------------------------------------

    public boolean allReviewed(Long calibrationId) {
        UnitCalibration c = calibration(calibrationId);
        return appraisals.countUnreviewed(c.getCycleId(), c.getUnit().getId()) == 0;
    }

    /**
     * An appraisal of the unit got its original rating: if it was the last one, tell the waiting
     * calibration; if the unit's results are already released, its calibrated rating is the original.
     */
    @EventListener
    @Transactional
    public void onRatingRecorded(RatingRecorded event) {
        EngineSteps.requireEngine();
        calibrations.findByCycleIdAndUnitId(event.cycleId(), event.unitId()).ifPresent(c -> {
            if (c.getStatus() == UnitCalibration.Status.RELEASED) {
                appraisals.recordCalibratedRating(event.appraisalId(), event.rating());
            } else if (appraisals.countUnreviewed(c.getCycleId(), c.getUnit().getId()) == 0) {
                workflow.correlate(ProcessIds.Calibration.MESSAGE_REVIEWS_COMPLETE, c.getId().toString(), Map.of());
            }
        });
    }

    // ---- the board ----------------------------------------------------------------------------------

    /**
     * Before the board looks: the unit leader's results rating becomes the unit rating, and their
     * performance rating follows from the matrix (recorded as a change with its reason).
     */
    @Transactional
    public boolean prepare(Long calibrationId) {
        EngineSteps.requireEngine();
        UnitCalibration c = calibration(calibrationId);
        c.startCalibrating();
        Map<Long, PerformanceRating> changed = changedRatings(calibrationId);
        for (Appraisal a : appraisals.appraisalsOfUnit(c.getCycleId(), c.getUnit().getId())) {
            if (a.isUnitLeader() && a.getOriginalRating() != null && a.getBehaviourRating() != null) {
                String results = (String) workflow.decide(DecisionIds.UNIT_LEADER_RESULTS_RATING_DECISION,
                        Map.of(DecisionIds.UNIT_RATING, c.getUnitRating().name()));
                PerformanceRating rating = PerformanceRating.valueOf((String) workflow.decide(
                        DecisionIds.PERFORMANCE_RATING_DECISION, Map.of(DecisionIds.RESULTS_RATING, results,
                                DecisionIds.BEHAVIOUR_RATING, a.getBehaviourRating().name())));
                PerformanceRating before = current(a, changed);
                if (rating != before) {
                    changes.save(new CalibrationChange(c.getId(), a.getId(), before, rating,
                            Messages.translate("calibration.LEADER_RULE_REASON", Messages.INDONESIAN,
                                    Messages.translate("unitRating." + c.getUnitRating().name(), Messages.INDONESIAN)),
                            CalibrationChange.SYSTEM, clock.instant()));
                }
            }
        }
        // the process's check of the unit: the curve's evaluation is recorded, with its input
        return deviations(calibrationId, true).stream().allMatch(Deviation::fits);
    }

    /** The board changes one rating; a reason is required; the original stays as it was. */
    @Transactional
    public CalibrationChange changeRating(Long calibrationId, Long appraisalId, PerformanceRating to, String reason) {
        AppUser user = currentUser.require();
        workflow.requireTask(PROCESS, calibrationId.toString(), TASK_CALIBRATE_UNIT, user);
        UnitCalibration c = calibration(calibrationId);
        Appraisal a = appraisals.appraisalsOfUnit(c.getCycleId(), c.getUnit().getId()).stream()
                .filter(x -> x.getId().equals(appraisalId)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("calibration.APPRAISAL_NOT_IN_UNIT", appraisalId));
        if (a.getOriginalRating() == null) {
            throw new BusinessRuleException("calibration.NOT_REVIEWED", a.getEmployee().getName());
        }
        if (to == null) {
            throw new BusinessRuleException("rating.REQUIRED");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("calibration.REASON_REQUIRED");
        }
        if (reason.length() > 2000) {
            throw new BusinessRuleException("field.TOO_LONG", 2000);
        }
        PerformanceRating from = current(a, changedRatings(calibrationId));
        if (from == to) {
            throw new BusinessRuleException("calibration.SAME_RATING");
        }
        return changes.save(new CalibrationChange(c.getId(), a.getId(), from, to, reason.strip(), user.username(),
                clock.instant()));
    }

    /** The board approves; the process then releases the results to everyone in the unit. */
    @Transactional
    public void approve(Long calibrationId) {
        AppUser user = currentUser.require();
        Workflow.TaskRef task = workflow.requireTask(PROCESS, calibrationId.toString(), TASK_CALIBRATE_UNIT, user);
        workflow.complete(task, user, Map.of(ProcessIds.Vars.FITS_CURVE,
                deviations(calibrationId).stream().allMatch(Deviation::fits), ProcessIds.Vars.APPROVED_BY, user.username()));
    }

    /** Every appraisal of the unit receives its calibrated rating and goes on to its result. */
    @Transactional
    public void release(Long calibrationId, String releasedBy) {
        EngineSteps.requireEngine();
        UnitCalibration c = calibration(calibrationId);
        Map<Long, PerformanceRating> changed = changedRatings(calibrationId);
        for (Appraisal a : appraisals.appraisalsOfUnit(c.getCycleId(), c.getUnit().getId())) {
            if (a.getOriginalRating() != null) {
                appraisals.recordCalibratedRating(a.getId(), current(a, changed));
                workflow.correlate(ProcessIds.Appraisal.MESSAGE_UNIT_CALIBRATED, a.getId().toString(), Map.of());
            }
        }
        c.release(releasedBy, clock.instant());
    }

    // ---- the curve ------------------------------------------------------------------------------

    /** The last change per appraisal of this calibration (the changes read once, in order). */
    private Map<Long, PerformanceRating> changedRatings(Long calibrationId) {
        Map<Long, PerformanceRating> changed = new HashMap<>();
        changes(calibrationId).forEach(ch -> changed.put(ch.getAppraisalId(), ch.getToRating()));
        return changed;
    }

    /** The rating as calibration stands now: the last change, or the original. */
    private static PerformanceRating current(Appraisal a, Map<Long, PerformanceRating> changed) {
        return changed.getOrDefault(a.getId(), a.getOriginalRating());
    }

    /** The current ratings of the unit's reviewed appraisals, by appraisal id. */
    public Map<Long, PerformanceRating> currentRatings(Long calibrationId) {
        UnitCalibration c = calibration(calibrationId);
        Map<Long, PerformanceRating> changed = changedRatings(calibrationId);
        Map<Long, PerformanceRating> result = new LinkedHashMap<>();
        for (Appraisal a : appraisals.appraisalsOfUnit(c.getCycleId(), c.getUnit().getId())) {
            if (a.getOriginalRating() != null) {
                result.put(a.getId(), current(a, changed));
            }
        }
        return result;
    }

    /**
     * One band of the curve for the unit rating, and whether the unit's current spread fits it.
     * The curve guides; a deviation is allowed with written reasons.
     */
    public record Deviation(String band, List<PerformanceRating> ratings, double share, Double minShare,
                            Double maxShare, boolean mustExist, long count, boolean fits) {
    }

    /**
     * One band of the distribution curve for a unit rating: the performance ratings it counts
     * together, the least and greatest share of the unit that may have them (null: no bound), and
     * whether at least one employee must.
     */
    public record Band(String band, List<PerformanceRating> ratings, Double minShare, Double maxShare,
                       boolean mustExist) {
    }

    /**
     * The curve for a unit rating as the decision table (which HR may edit) states it now, so that
     * the screens explain the same bands the check applies.
     */
    public List<Band> curve(UnitRating unitRating) {
        // a screen reading the table's bands decides nothing about anyone: not recorded
        return curve(unitRating, false);
    }

    /** The curve, recorded as a decision when the process's check of a unit asks for it. */
    private List<Band> curve(UnitRating unitRating, boolean record) {
        List<Band> bands = new ArrayList<>();
        Map<String, Object> inputs = Map.of(DecisionIds.UNIT_RATING, unitRating.name());
        for (Map<String, Object> band : record ? workflow.decideAll(DecisionIds.DISTRIBUTION_CURVE_DECISION, inputs)
                : workflow.previewAll(DecisionIds.DISTRIBUTION_CURVE_DECISION, inputs)) {
            List<PerformanceRating> bandRatings = Arrays.stream(((String) band.get(DecisionIds.RATINGS)).split(","))
                    .map(String::strip).map(PerformanceRating::valueOf).toList();
            bands.add(new Band((String) band.get(DecisionIds.BAND), bandRatings, number(band.get(DecisionIds.MIN_SHARE)),
                    number(band.get(DecisionIds.MAX_SHARE)), Boolean.TRUE.equals(band.get(DecisionIds.MUST_EXIST))));
        }
        return bands;
    }

    /** How the unit's current spread stands against the curve (for the screens; not recorded). */
    public List<Deviation> deviations(Long calibrationId) {
        return deviations(calibrationId, false);
    }

    private List<Deviation> deviations(Long calibrationId, boolean record) {
        UnitCalibration c = calibration(calibrationId);
        if (c.getUnitRating() == null) {
            return List.of();
        }
        Map<PerformanceRating, Long> spread = new java.util.EnumMap<>(PerformanceRating.class);
        currentRatings(calibrationId).values().forEach(r -> spread.merge(r, 1L, Long::sum));
        return standing(curve(c.getUnitRating(), record), spread);
    }

    /**
     * How a spread of ratings (count per rating) stands against each band of a curve: its share, and
     * whether it fits (an empty unit fits everything).
     */
    static List<Deviation> standing(List<Band> curve, Map<PerformanceRating, Long> spread) {
        long total = spread.values().stream().mapToLong(Long::longValue).sum();
        List<Deviation> result = new ArrayList<>();
        for (Band band : curve) {
            long count = band.ratings().stream().mapToLong(r -> spread.getOrDefault(r, 0L)).sum();
            double share = total == 0 ? 0 : (double) count / total;
            Double min = band.minShare();
            Double max = band.maxShare();
            boolean fits = total == 0 || ((min == null || share + 1e-9 >= min) && (max == null || share <= max + 1e-9)
                    && (!band.mustExist() || count > 0));
            result.add(new Deviation(band.band(), band.ratings(), share, min, max, band.mustExist(), count, fits));
        }
        return result;
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
