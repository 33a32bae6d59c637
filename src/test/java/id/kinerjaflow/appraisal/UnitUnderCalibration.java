package id.kinerjaflow.appraisal;

import id.kinerjaflow.calibration.UnitRating;
import id.kinerjaflow.cycle.CycleBatchJobs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kinerjaflow.calibration.CalibrationService;
import id.kinerjaflow.calibration.UnitCalibration;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.org.OrganisationImportService;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.process.Workflow;
import id.kinerjaflow.rating.CoreValue;
import id.kinerjaflow.rating.Expectation;
import id.kinerjaflow.security.SystemAuthentication;
import id.kinerjaflow.security.UserDirectory;
import org.springframework.context.ApplicationContext;

/**
 * A fresh {@link AppraisalTestUnit} whose three staff are appraised and whose unit calibration is
 * started, moved through the stages with the services as the people would (like
 * {@link AppraisalJourneyIT}): for the tests of the calibration forms and the views that show
 * appraisals. The head's own appraisal is not started, so the unit is the three staff.
 */
public final class UnitUnderCalibration {

    public final AppraisalTestUnit unit;
    public final Long unitId;
    public final List<Appraisal> staff = new ArrayList<>();
    public final UnitCalibration calibration;

    private final AppraisalService appraisals;
    private final AgreementService agreements;
    private final SelfReviewService selfReviews;
    private final SupervisorReviewService reviews;
    private final CycleService cycles;
    private final CalibrationService calibrations;
    private final Workflow workflow;
    private final CycleBatchJobs jobs;

    public UnitUnderCalibration(ApplicationContext context) {
        this.appraisals = context.getBean(AppraisalService.class);
        this.agreements = context.getBean(AgreementService.class);
        this.selfReviews = context.getBean(SelfReviewService.class);
        this.reviews = context.getBean(SupervisorReviewService.class);
        this.cycles = context.getBean(CycleService.class);
        this.calibrations = context.getBean(CalibrationService.class);
        this.workflow = context.getBean(Workflow.class);
        this.jobs = new CycleBatchJobs(context);
        OrganisationService organisation = context.getBean(OrganisationService.class);
        this.unit = AppraisalTestUnit.create(context.getBean(OrganisationImportService.class), organisation,
                context.getBean(UserDirectory.class), cycles);
        this.unitId = organisation.employee(unit.headId()).orElseThrow().getUnit().getId();
        for (int i = 0; i < 3; i++) {
            Long employeeId = unit.staffId(i);
            staff.add(SystemAuthentication.runAsSystem(() -> appraisals.start(unit.cycleId(), employeeId)));
        }
        this.calibration = SystemAuthentication.runAsSystem(() -> calibrations.start(unit.cycleId(), unitId));
    }

    public Appraisal reload(int i) {
        return appraisals.find(staff.get(i).getId()).orElseThrow();
    }

    /** Each staff member submits a simple agreement and the head approves it. */
    public UnitUnderCalibration agreed() {
        for (int i = 0; i < staff.size(); i++) {
            Long id = staff.get(i).getId();
            unit.as(unit.staffUser(i), () -> {
                agreements.submit(id, AppraisalTestUnit.simpleDraft());
                return null;
            });
            unit.as(unit.headUser(), () -> {
                agreements.approve(id);
                return null;
            });
        }
        return this;
    }

    /** The review phase opens and every staff member files the self-review (no peers asked). */
    public UnitUnderCalibration selfReviewed() {
        jobs.runAll(SystemAuthentication.runAsSystem(() -> cycles.openReviewPhase(unit.cycleId())));
        Map<CoreValue, String> reflections = new EnumMap<>(CoreValue.class);
        for (CoreValue v : CoreValue.values()) {
            reflections.put(v, "Saya menerapkan nilai " + v.name().toLowerCase() + " dalam pekerjaan sehari-hari.");
        }
        for (int i = 0; i < staff.size(); i++) {
            Long id = staff.get(i).getId();
            Map<Long, BigDecimal> actuals = new HashMap<>();
            SystemAuthentication.runAsSystem(() -> appraisals.rows(id)).forEach(r -> r.getIndicators().forEach(ind -> actuals.put(ind.getId(), BigDecimal.TEN)));
            unit.as(unit.staffUser(i), () -> {
                selfReviews.submit(id, new SelfReviewService.SelfReview(actuals, reflections, List.of()));
                return null;
            });
        }
        return this;
    }

    /**
     * The head reviews staff member i with these results and behaviour ratings (expectation codes);
     * the matrix gives the performance rating.
     */
    public UnitUnderCalibration reviewed(int i, String results, String behaviour) {
        Long id = staff.get(i).getId();
        Map<Long, Expectation> rowRatings = new HashMap<>();
        SystemAuthentication.runAsSystem(() -> appraisals.rows(id)).forEach(r -> rowRatings.put(r.getId(), Expectation.valueOf(results)));
        Map<CoreValue, Expectation> values = ReviewJourney.allRated(behaviour);
        unit.as(unit.headUser(), () -> {
            reviews.submit(id, new SupervisorReviewService.ReviewForm(rowRatings, values, Expectation.valueOf(results),
                    Expectation.valueOf(behaviour)));
            return null;
        });
        return this;
    }

    /** Every staff member reviewed as expected on both counts: all three Baik. */
    public UnitUnderCalibration allReviewedGood() {
        for (int i = 0; i < staff.size(); i++) {
            reviewed(i, "AS_EXPECTED", "AS_EXPECTED");
        }
        return this;
    }

    /** HR sets the unit rating through the service. */
    public UnitUnderCalibration unitRated(String code) {
        unit.as("hr", () -> {
            calibrations.setUnitRating(calibration.getId(), UnitRating.valueOf(code));
            return null;
        });
        return this;
    }

    /** Agreed, self-reviewed, all reviewed Baik, unit rated: the board's calibration task is open. */
    public UnitUnderCalibration readyForTheBoard(String unitRating) {
        return agreed().selfReviewed().allReviewedGood().unitRated(unitRating);
    }

    public String unitRatingTaskId() {
        return workflow.openTask(ProcessIds.Calibration.PROCESS, calibration.getId().toString(),
                ProcessIds.Calibration.TASK_SET_UNIT_RATING).orElseThrow().id();
    }

    public String calibrationTaskId() {
        return workflow.openTask(ProcessIds.Calibration.PROCESS, calibration.getId().toString(),
                ProcessIds.Calibration.TASK_CALIBRATE_UNIT).orElseThrow().id();
    }
}
