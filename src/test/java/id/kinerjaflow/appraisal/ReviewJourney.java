package id.kinerjaflow.appraisal;

import id.kinerjaflow.calibration.UnitRating;
import id.kinerjaflow.cycle.CycleBatchJobs;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kinerjaflow.appeal.AppealService;
import id.kinerjaflow.appraisal.AgreementService.AgreementDraft;
import id.kinerjaflow.appraisal.AgreementService.IndicatorDraft;
import id.kinerjaflow.appraisal.AgreementService.RowDraft;
import id.kinerjaflow.calibration.CalibrationService;
import id.kinerjaflow.calibration.UnitCalibration;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.feedback.FeedbackService;
import id.kinerjaflow.org.OrganisationImportService;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.process.Workflow;
import id.kinerjaflow.rating.CoreValue;
import id.kinerjaflow.rating.Expectation;
import id.kinerjaflow.rating.PerformanceRating;
import id.kinerjaflow.security.SystemAuthentication;
import id.kinerjaflow.security.UserDirectory;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.ApplicationContext;

/**
 * Brings appraisals of a fresh {@link SmallUnit} to a stage through the services, as the right
 * users, the way {@code AppraisalJourneyIT} does; for the tests of the forms of the later stages.
 * Every agreement has two RHK with one indicator each (target 10 documents): a main one and an
 * additional one.
 */
public final class ReviewJourney {

    public static final String MAIN_ROW = "Pengolahan data layanan";
    public static final String ADDITIONAL_ROW = "Dokumentasi kegiatan";

    private final SmallUnit unit;
    private final OrganisationService organisation;
    private final CycleService cycles;
    private final AppraisalService appraisals;
    private final AgreementService agreements;
    private final SelfReviewService selfReviews;
    private final SupervisorReviewService reviews;
    private final FeedbackService feedback;
    private final CalibrationService calibrations;
    private final AppealService appeals;
    private final Workflow workflow;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final CycleBatchJobs jobs;

    public ReviewJourney(ApplicationContext context) {
        this.jobs = new CycleBatchJobs(context);
        this.organisation = context.getBean(OrganisationService.class);
        this.cycles = context.getBean(CycleService.class);
        this.appraisals = context.getBean(AppraisalService.class);
        this.agreements = context.getBean(AgreementService.class);
        this.selfReviews = context.getBean(SelfReviewService.class);
        this.reviews = context.getBean(SupervisorReviewService.class);
        this.feedback = context.getBean(FeedbackService.class);
        this.calibrations = context.getBean(CalibrationService.class);
        this.appeals = context.getBean(AppealService.class);
        this.workflow = context.getBean(Workflow.class);
        this.runtime = context.getBean(RuntimeService.class);
        this.management = context.getBean(ManagementService.class);
        this.unit = new SmallUnit(context.getBean(OrganisationImportService.class), organisation,
                context.getBean(UserDirectory.class), cycles);
    }

    public String headUser() {
        return unit.headNip;
    }

    public String staffUser(int i) {
        return unit.staffNips.get(i);
    }

    public Long staffId(int i) {
        return unit.staff.get(i).getId();
    }

    public String staffName(int i) {
        return unit.staff.get(i).getName();
    }

    public Long unitId() {
        return unit.head.getUnit().getId();
    }

    public void as(String user, Runnable work) {
        unit.as(user, work);
    }

    public Appraisal reload(Appraisal a) {
        return appraisals.find(a.getId()).orElseThrow();
    }

    /** The id of the appraisal's open task of this kind (for the task view's route). */
    public String taskId(Appraisal a, String taskKey) {
        return workflow.openTask(ProcessIds.Appraisal.PROCESS, a.getId().toString(), taskKey).orElseThrow().id();
    }

    public boolean hasTask(Appraisal a, String taskKey) {
        return workflow.openTask(ProcessIds.Appraisal.PROCESS, a.getId().toString(), taskKey).isPresent();
    }

    // ---- the stages ------------------------------------------------------------------------------

    /** Starts the appraisal of staff member i; the agreement is submitted and approved. */
    public Appraisal agreed(int i) {
        Appraisal a = SystemAuthentication.runAsSystem(() -> appraisals.start(unit.cycle.getId(), staffId(i)));
        AgreementDraft draft = new AgreementDraft(List.of(
                new RowDraft(RowKind.MAIN, MAIN_ROW, null, List.of(new IndicatorDraft("Jumlah berkas layanan diolah",
                        BigDecimal.TEN, "dokumen", Aspect.QUANTITY))),
                new RowDraft(RowKind.ADDITIONAL, ADDITIONAL_ROW, null, List.of(new IndicatorDraft(
                        "Jumlah laporan kegiatan", BigDecimal.TEN, "laporan", Aspect.QUANTITY)))),
                "Anggaran dan perangkat kerja", "Laporan bulanan kepada atasan", "Sesuai ketentuan disiplin PNS");
        as(staffUser(i), () -> agreements.submit(a.getId(), draft));
        as(headUser(), () -> agreements.approve(a.getId()));
        return a;
    }

    /** The review phase of the unit's cycle opens: every agreed appraisal waits for its self-review. */
    public void openReviewPhase() {
        jobs.runAll(SystemAuthentication.runAsSystem(() -> cycles.openReviewPhase(unit.cycle.getId())));
    }

    /** Staff member i files an evidence file for the first indicator of the main RHK. */
    public void uploadEvidence(Appraisal a, int i, String fileName) {
        Long indicator = SystemAuthentication.runAsSystem(() -> appraisals.rows(a.getId())).get(0).getIndicators().get(0).getId();
        as(staffUser(i), () -> selfReviews.uploadEvidence(a.getId(), indicator, fileName,
                "%PDF-1.4 bukti".getBytes(StandardCharsets.UTF_8)));
    }

    /** Staff member i submits the self-review: the actuals of the main and the additional RHK, peers by index. */
    public void selfReview(Appraisal a, int i, int mainActual, int additionalActual, List<Integer> peers) {
        Map<Long, BigDecimal> actuals = new HashMap<>();
        List<AgreementRow> rows = SystemAuthentication.runAsSystem(() -> appraisals.rows(a.getId()));
        actuals.put(rows.get(0).getIndicators().get(0).getId(), BigDecimal.valueOf(mainActual));
        actuals.put(rows.get(1).getIndicators().get(0).getId(), BigDecimal.valueOf(additionalActual));
        as(staffUser(i), () -> selfReviews.submit(a.getId(), new SelfReviewService.SelfReview(actuals, reflections(),
                peers.stream().map(this::staffId).toList())));
    }

    /** Peer p answers with the same rating for every value. */
    public void giveFeedback(Appraisal a, int p, String rating, String comment) {
        as(staffUser(p), () -> feedback.give(a.getId(), allRated(rating), comment));
    }

    /** The peer feedback deadline passes (the timer fires now): unanswered requests close, the review starts. */
    public void peerDeadlinePasses(Appraisal a) {
        fireTimer(a, ProcessIds.Appraisal.EVENT_PEER_FEEDBACK_DEADLINE);
    }

    /** The appraiser (the head) submits a review with one rating everywhere. */
    public void review(Appraisal a, String rating) {
        Map<Long, Expectation> rows = new HashMap<>();
        SystemAuthentication.runAsSystem(() -> appraisals.rows(a.getId())).forEach(r -> rows.put(r.getId(), Expectation.valueOf(rating)));
        as(headUser(), () -> reviews.submit(a.getId(), new SupervisorReviewService.ReviewForm(rows, allRated(rating),
                Expectation.valueOf(rating), Expectation.valueOf(rating))));
    }

    /**
     * The unit's calibration: HR sets the unit rating, the board changes one appraisal's rating
     * (if {@code change} is given) with a reason and approves; the results are released.
     */
    public void calibrate(Appraisal changed, String change) {
        UnitCalibration c = SystemAuthentication.runAsSystem(() -> calibrations.start(unit.cycle.getId(), unitId()));
        as("hr", () -> calibrations.setUnitRating(c.getId(), UnitRating.GOOD));
        if (change != null) {
            as("board", () -> calibrations.changeRating(c.getId(), changed.getId(), PerformanceRating.valueOf(change),
                    "Target utama tidak tercapai menurut laporan triwulan."));
        }
        as("board", () -> calibrations.approve(c.getId()));
    }

    /** Staff member i appeals the result. */
    public void appeal(Appraisal a, int i, String reasons) {
        as(staffUser(i), () -> appeals.file(a.getId(), reasons));
    }

    public void explainAsEmployee(Appraisal a, int i, String text) {
        as(staffUser(i), () -> appeals.explainAsEmployee(a.getId(), text));
    }

    public void explainAsAppraiser(Appraisal a, String text) {
        as(headUser(), () -> appeals.explainAsAppraiser(a.getId(), text));
    }

    private void fireTimer(Appraisal a, String activityId) {
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessIds.Appraisal.PROCESS)
                .processInstanceBusinessKey(a.getId().toString()).singleResult().getId();
        Job job = management.createJobQuery().processInstanceId(instance).activityId(activityId).singleResult();
        if (job == null) {
            throw new IllegalStateException("no timer " + activityId + " in appraisal " + a.getId());
        }
        management.executeJob(job.getId());
    }

    public static Map<CoreValue, String> reflections() {
        Map<CoreValue, String> map = new EnumMap<>(CoreValue.class);
        for (CoreValue v : CoreValue.values()) {
            map.put(v, "Saya menerapkan nilai " + v.name().toLowerCase() + " dalam pelayanan sehari-hari.");
        }
        return map;
    }

    /** Every core value rated the same, as a form hands it to the services. */
    public static Map<CoreValue, Expectation> allRated(String rating) {
        Map<CoreValue, Expectation> map = new EnumMap<>(CoreValue.class);
        for (CoreValue v : CoreValue.values()) {
            map.put(v, Expectation.valueOf(rating));
        }
        return map;
    }

}
