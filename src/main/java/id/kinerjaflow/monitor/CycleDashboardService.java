package id.kinerjaflow.monitor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.kinerjaflow.appraisal.Stage;
import id.kinerjaflow.calibration.CalibrationService;
import id.kinerjaflow.calibration.CalibrationService.Band;
import id.kinerjaflow.calibration.CalibrationService.Deviation;
import id.kinerjaflow.calibration.UnitRating;
import id.kinerjaflow.inbox.InboxService;
import id.kinerjaflow.inbox.InboxService.OverdueTask;
import id.kinerjaflow.rating.PerformanceRating;
import id.kinerjaflow.security.Roles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cycle dashboard's read model: how many appraisals are at each stage per unit and in total,
 * the overdue tasks and who holds them, and the spread of ratings against the distribution curve
 * per unit and in total. Each figure is one aggregate query (the curve: one decision per unit
 * rating in use), so the dashboard stays quick for ten thousand appraisals in hundreds of units.
 */
@Service
@Transactional(readOnly = true)
public class CycleDashboardService {

    private final CycleFigures figures;
    private final InboxService inbox;
    private final CalibrationService calibrations;

    CycleDashboardService(CycleFigures figures, InboxService inbox, CalibrationService calibrations) {
        this.figures = figures;
        this.inbox = inbox;
        this.calibrations = calibrations;
    }

    /** One unit's appraisals per stage. */
    public record UnitStages(Long unitId, String unitName, Map<Stage, Long> counts, long total) {

        public long count(Stage stage) {
            return counts.getOrDefault(stage, 0L);
        }
    }

    /** The appraisals of a cycle per stage: per unit (most appraisals first) and in total. */
    public record Stages(List<UnitStages> units, Map<Stage, Long> total, long appraisals) {

        public long count(Stage stage) {
            return total.getOrDefault(stage, 0L);
        }
    }

    /**
     * One unit's current ratings (final, else calibrated, else original) against the curve of its
     * unit rating; no deviations while the unit rating is not set.
     */
    public record UnitSpread(Long unitId, String unitName, UnitRating unitRating, Map<PerformanceRating, Long> counts,
                             long rated, List<Deviation> deviations) {

        public long count(PerformanceRating rating) {
            return counts.getOrDefault(rating, 0L);
        }

        public boolean fits() {
            return deviations.stream().allMatch(Deviation::fits);
        }
    }

    /** The spread per unit (those that deviate first) and in total. */
    public record Spread(List<UnitSpread> units, Map<PerformanceRating, Long> total, long rated) {

        public long count(PerformanceRating rating) {
            return total.getOrDefault(rating, 0L);
        }
    }

    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN, Roles.AUTH_AUDITOR})
    public Stages stages(Long cycleId) {
        Map<Long, UnitStages> units = new LinkedHashMap<>();
        Map<Stage, Long> total = new EnumMap<>(Stage.class);
        long all = 0;
        for (Object[] r : figures.stagesPerUnit(cycleId)) {
            Long unitId = (Long) r[0];
            Stage stage = (Stage) r[2];
            long count = (Long) r[3];
            UnitStages u = units.computeIfAbsent(unitId,
                    id -> new UnitStages(id, (String) r[1], new EnumMap<>(Stage.class), 0));
            u.counts().merge(stage, count, Long::sum);
            units.put(unitId, new UnitStages(unitId, u.unitName(), u.counts(), u.total() + count));
            total.merge(stage, count, Long::sum);
            all += count;
        }
        List<UnitStages> sorted = new ArrayList<>(units.values());
        sorted.sort(Comparator.comparingLong(UnitStages::total).reversed().thenComparing(UnitStages::unitName));
        return new Stages(List.copyOf(sorted), total, all);
    }

    /** The overdue open tasks of the cycle (in one unit, or all when unitId is null) and their holders. */
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN, Roles.AUTH_AUDITOR})
    public List<OverdueTask> overdueTasks(Long cycleId, Long unitId) {
        return inbox.overdueTasks(cycleId, unitId);
    }

    /** One page of {@link #overdueTasks(Long, Long)}, for the dashboard's grid. */
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN, Roles.AUTH_AUDITOR})
    public List<OverdueTask> overdueTasks(Long cycleId, Long unitId, int offset, int limit) {
        return inbox.overdueTasks(cycleId, unitId, offset, limit);
    }

    /** How many tasks {@link #overdueTasks(Long, Long)} gives. */
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN, Roles.AUTH_AUDITOR})
    public long countOverdueTasks(Long cycleId, Long unitId) {
        return inbox.countOverdueTasks(cycleId, unitId);
    }

    /** The spread of ratings against the curve, per unit and in total. */
    @Transactional // the curve is a decision evaluation, which writes its history: not read-only
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN, Roles.AUTH_AUDITOR, Roles.AUTH_BOARD})
    public Spread spread(Long cycleId) {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, UnitRating> unitRatings = new LinkedHashMap<>();
        for (Object[] r : figures.unitRatings(cycleId)) {
            names.put((Long) r[0], (String) r[1]);
            unitRatings.put((Long) r[0], (UnitRating) r[2]);
        }
        Map<Long, Map<PerformanceRating, Long>> counts = new LinkedHashMap<>();
        Map<PerformanceRating, Long> total = new EnumMap<>(PerformanceRating.class);
        long rated = 0;
        for (Object[] r : figures.ratingsPerUnit(cycleId)) {
            names.putIfAbsent((Long) r[0], (String) r[1]);
            long count = (Long) r[3];
            counts.computeIfAbsent((Long) r[0], id -> new EnumMap<>(PerformanceRating.class))
                    .merge((PerformanceRating) r[2], count, Long::sum);
            total.merge((PerformanceRating) r[2], count, Long::sum);
            rated += count;
        }
        Map<UnitRating, List<Band>> curves = new EnumMap<>(UnitRating.class);
        List<UnitSpread> units = new ArrayList<>();
        names.forEach((unitId, name) -> {
            Map<PerformanceRating, Long> unitCounts = counts.getOrDefault(unitId, new EnumMap<>(PerformanceRating.class));
            long unitRated = unitCounts.values().stream().mapToLong(Long::longValue).sum();
            UnitRating unitRating = unitRatings.get(unitId);
            List<Deviation> deviations = unitRating == null ? List.of()
                    : deviations(curves.computeIfAbsent(unitRating, calibrations::curve), unitCounts, unitRated);
            units.add(new UnitSpread(unitId, name, unitRating, unitCounts, unitRated, deviations));
        });
        units.sort(Comparator.comparing(UnitSpread::fits).thenComparing(UnitSpread::unitName));
        return new Spread(List.copyOf(units), total, rated);
    }

    /** Each band against these counts, as the calibration's own check weighs them. */
    static List<Deviation> deviations(List<Band> bands, Map<PerformanceRating, Long> counts, long rated) {
        List<Deviation> result = new ArrayList<>();
        for (Band band : bands) {
            long count = band.ratings().stream().mapToLong(r -> counts.getOrDefault(r, 0L)).sum();
            double share = rated == 0 ? 0 : (double) count / rated;
            boolean fits = rated == 0 || ((band.minShare() == null || share + 1e-9 >= band.minShare())
                    && (band.maxShare() == null || share <= band.maxShare() + 1e-9)
                    && (!band.mustExist() || count > 0));
            result.add(new Deviation(band.band(), band.ratings(), share, band.minShare(), band.maxShare(),
                    band.mustExist(), count, fits));
        }
        return result;
    }
}
