package id.kinerjaflow.appraisal;

import id.kinerjaflow.calibration.UnitRating;
import id.kinerjaflow.cycle.CycleStatus;
import org.springframework.context.ApplicationContext;
import id.kinerjaflow.cycle.CycleBatchJobs;
import id.kinerjaflow.cycle.BatchProgress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kinerjaflow.IntegrationTest;
import id.kinerjaflow.appeal.AppealService;
import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.calibration.CalibrationChange;
import id.kinerjaflow.calibration.CalibrationService;
import id.kinerjaflow.calibration.UnitCalibration;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.demo.DemoOrganisation;
import id.kinerjaflow.feedback.FeedbackService;
import id.kinerjaflow.feedback.PeerFeedback;
import id.kinerjaflow.org.Employee;
import id.kinerjaflow.org.OrganisationImportService;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.rating.CoreValue;
import id.kinerjaflow.rating.Expectation;
import id.kinerjaflow.rating.PerformanceRating;
import id.kinerjaflow.security.SystemAuthentication;
import id.kinerjaflow.security.UserDirectory;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A whole small unit (an appraiser and three staff) through every stage, through the services
 * only, on the profile's database. Timers are fired by the test, never waited for.
 */
@IntegrationTest
class AppraisalJourneyIT {

    @Autowired DemoOrganisation demo;
    @Autowired ApplicationContext context;
    @Autowired OrganisationImportService importer;
    @Autowired OrganisationService organisation;
    @Autowired UserDirectory users;
    @Autowired CycleService cycles;
    @Autowired AppraisalService appraisals;
    @Autowired AgreementService agreements;
    @Autowired SelfReviewService selfReviews;
    @Autowired SupervisorReviewService reviews;
    @Autowired FeedbackService feedback;
    @Autowired CalibrationService calibrations;
    @Autowired AppealService appeals;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired ProcessEngine processEngine;

    SmallUnit unit;

    @BeforeEach
    void unit() {
        demo.load();
        unit = new SmallUnit(importer, organisation, users, cycles);
    }

    private Appraisal start(Employee e) {
        return SystemAuthentication.runAsSystem(() -> appraisals.start(unit.cycle.getId(), e.getId()));
    }

    private ProcessInstance processInstance(String id) {
        return runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private Appraisal reload(Appraisal a) {
        return appraisals.find(a.getId()).orElseThrow();
    }

    /** Fires the timer of this activity in the appraisal's (or calibration's) process now. */
    private void fireTimer(String businessKey, String activityId) {
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessIds.Appraisal.PROCESS)
                .processInstanceBusinessKey(businessKey).singleResult().getId();
        Job job = management.createJobQuery().processInstanceId(instance).activityId(activityId).singleResult();
        assertThat(job).as("timer " + activityId).isNotNull();
        management.executeJob(job.getId());
    }

    private static Map<CoreValue, String> reflections() {
        Map<CoreValue, String> map = new EnumMap<>(CoreValue.class);
        for (CoreValue v : CoreValue.values()) {
            map.put(v, "Saya berusaha menerapkan nilai " + v.name().toLowerCase() + " setiap hari.");
        }
        return map;
    }

    private void selfReview(Appraisal a, String user, List<Long> peers) {
        Map<Long, BigDecimal> actuals = new HashMap<>();
        SystemAuthentication.runAsSystem(() -> appraisals.rows(a.getId())).forEach(r -> r.getIndicators().forEach(i -> actuals.put(i.getId(), BigDecimal.TEN)));
        unit.as(user, () -> selfReviews.submit(a.getId(), new SelfReviewService.SelfReview(actuals, reflections(), peers)));
    }

    private void review(Appraisal a, String user, String rows, String results, String behaviour) {
        Map<Long, Expectation> rowRatings = new HashMap<>();
        SystemAuthentication.runAsSystem(() -> appraisals.rows(a.getId())).forEach(r -> rowRatings.put(r.getId(), Expectation.valueOf(rows)));
        unit.as(user, () -> reviews.submit(a.getId(), new SupervisorReviewService.ReviewForm(rowRatings,
                ReviewJourney.allRated(behaviour), Expectation.valueOf(results), Expectation.valueOf(behaviour))));
    }

    @Test
    void aWholeUnitGoesThroughEveryStage() {
        Employee headE = unit.head;
        Appraisal head = start(headE);
        Appraisal s1 = start(unit.staff.get(0));
        Appraisal s2 = start(unit.staff.get(1));
        Appraisal s3 = start(unit.staff.get(2));
        UnitCalibration calibration = SystemAuthentication.runAsSystem(() ->
                calibrations.start(unit.cycle.getId(), headE.getUnit().getId()));
        assertThat(reload(s1).getStage()).isEqualTo(Stage.AGREEMENT);
        assertThat(reload(head).isUnitLeader()).isTrue();
        assertThat(reload(s1).isUnitLeader()).isFalse();
        assertThat(reload(s1).getAppraiser().getId()).isEqualTo(headE.getId());

        // 1. agreements: the head's goes to HR (appraised by the head of region); staff cascade from it
        unit.as(unit.headNip, () -> agreements.submit(head.getId(), SmallUnit.draft(null, "Layanan publik terpadu",
                "Laporan kinerja dinas")));
        unit.as("hr", () -> agreements.approve(head.getId()));
        Long parent = agreements.parentCandidates(s1.getId()).get(0).getId();
        String s1User = unit.staffNips.get(0);
        unit.as(s1User, () -> agreements.submit(s1.getId(), SmallUnit.draft(parent, "Pengolahan data layanan")));
        unit.as(unit.headNip, () -> agreements.returnForRework(s1.getId(), "Tambahkan indikator waktu layanan."));
        unit.as(s1User, () -> agreements.submit(s1.getId(), SmallUnit.draft(parent, "Pengolahan data layanan",
                "Dokumentasi kegiatan")));
        unit.as(unit.headNip, () -> agreements.approve(s1.getId()));
        for (int i = 1; i < 3; i++) {
            Appraisal a = i == 1 ? s2 : s3;
            String user = unit.staffNips.get(i);
            unit.as(user, () -> agreements.submit(a.getId(), SmallUnit.draft(parent, "Verifikasi berkas")));
            unit.as(unit.headNip, () -> agreements.approve(a.getId()));
        }
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.rounds(s1.getId()))).extracting(AgreementRound::getDecision)
                .containsExactly(AgreementRound.Decision.RETURNED, AgreementRound.Decision.APPROVED);
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.rounds(s1.getId())).get(0).getComment()).contains("indikator waktu");
        assertThat(reload(s1).getStage()).isEqualTo(Stage.AWAITING_REVIEW_PHASE);
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.rows(s1.getId())).get(0).getParentRow().getId()).isEqualTo(parent);

        // 2. the review phase opens for the whole cycle
        BatchProgress opening = SystemAuthentication.runAsSystem(() -> cycles.openReviewPhase(unit.cycle.getId()));
        assertThat(opening.items()).isEqualTo(4);
        new CycleBatchJobs(context).runAll(opening);
        assertThat(reload(s1).getStage()).isEqualTo(Stage.SELF_REVIEW);

        // 3. self-reviews: staff 1 asks two colleagues for feedback and files evidence
        unit.as(s1User, () -> selfReviews.uploadEvidence(s1.getId(), null, "laporan.pdf",
                "%PDF-1.4 bukti".getBytes()));
        selfReview(s1, s1User, List.of(unit.staff.get(1).getId(), unit.staff.get(2).getId()));
        selfReview(s2, unit.staffNips.get(1), List.of());
        selfReview(s3, unit.staffNips.get(2), List.of());
        selfReview(head, unit.headNip, List.of());
        assertThat(reload(s1).getStage()).isEqualTo(Stage.PEER_FEEDBACK);
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.evidence(s1.getId()))).extracting(Evidence::getFileName).containsExactly("laporan.pdf");

        // 4. one peer answers, the other misses the deadline
        unit.as(unit.staffNips.get(1), () -> feedback.give(s1.getId(), ReviewJourney.allRated("ABOVE_EXPECTATION"),
                "Sangat membantu rekan kerja."));
        fireTimer(s1.getId().toString(), ProcessIds.Appraisal.EVENT_PEER_FEEDBACK_DEADLINE);
        assertThat(SystemAuthentication.runAsSystem(() -> feedback.feedbackFor(s1.getId()))).extracting(PeerFeedback::getStatus)
                .containsExactlyInAnyOrder(PeerFeedback.Status.GIVEN, PeerFeedback.Status.NOT_GIVEN);
        assertThat(reload(s1).getStage()).isEqualTo(Stage.SUPERVISOR_REVIEW);

        // 5. HR sets the unit rating before the reviews are in; calibration waits for them
        unit.as("hr", () -> calibrations.setUnitRating(calibration.getId(), UnitRating.GOOD));
        assertThat(calibrations.calibration(calibration.getId()).getStatus())
                .isEqualTo(UnitCalibration.Status.AWAITING_REVIEWS);

        // 6. supervisor reviews; the matrix decides; the last review starts calibration
        review(s1, unit.headNip, "ABOVE_EXPECTATION", "ABOVE_EXPECTATION", "ABOVE_EXPECTATION");
        review(s2, unit.headNip, "AS_EXPECTED", "AS_EXPECTED", "ABOVE_EXPECTATION");
        review(s3, unit.headNip, "AS_EXPECTED", "AS_EXPECTED", "AS_EXPECTED");
        assertThat(calibrations.calibration(calibration.getId()).getStatus())
                .isEqualTo(UnitCalibration.Status.AWAITING_REVIEWS);
        review(head, "hr", "ABOVE_EXPECTATION", "ABOVE_EXPECTATION", "ABOVE_EXPECTATION");
        assertThat(reload(s1).getOriginalRating()).isEqualTo(PerformanceRating.VERY_GOOD);
        assertThat(reload(s2).getOriginalRating()).isEqualTo(PerformanceRating.GOOD);
        assertThat(reload(s3).getOriginalRating()).isEqualTo(PerformanceRating.GOOD);
        assertThat(reload(s1).getStage()).isEqualTo(Stage.CALIBRATION);
        assertThat(calibrations.calibration(calibration.getId()).getStatus())
                .isEqualTo(UnitCalibration.Status.CALIBRATING);

        // 7. the unit-leader rule: unit rating GOOD -> results AS_EXPECTED -> GOOD, not VERY_GOOD
        assertThat(calibrations.changes(calibration.getId())).singleElement().satisfies(c -> {
            assertThat(c.getAppraisalId()).isEqualTo(head.getId());
            assertThat(c.getFromRating()).isEqualTo(PerformanceRating.VERY_GOOD);
            assertThat(c.getToRating()).isEqualTo(PerformanceRating.GOOD);
            assertThat(c.getChangedBy()).isEqualTo(CalibrationChange.SYSTEM);
        });
        // the curve for a GOOD unit: some Butuh Perbaikan / Kurang must exist; here none does
        assertThat(calibrations.deviations(calibration.getId())).anySatisfy(d -> {
            assertThat(d.mustExist()).isTrue();
            assertThat(d.fits()).isFalse();
        });

        // 8. the board changes staff 3 with a reason, sees the curve fit, approves
        assertThatThrownBy(() -> unit.as("board", () -> calibrations.changeRating(calibration.getId(), s3.getId(),
                PerformanceRating.NEEDS_IMPROVEMENT, " "))).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.code()).isEqualTo("calibration.REASON_REQUIRED"));
        unit.as("board", () -> calibrations.changeRating(calibration.getId(), s3.getId(), PerformanceRating.NEEDS_IMPROVEMENT,
                "Target utama tidak tercapai menurut laporan triwulan."));
        assertThat(calibrations.deviations(calibration.getId())).allMatch(CalibrationService.Deviation::fits);
        ProcessInstance calibrationInstance = processInstance(calibration.getProcessInstanceId());
        unit.as("board", () -> calibrations.approve(calibration.getId()));
        assertThat(calibrations.calibration(calibration.getId()).getStatus()).isEqualTo(UnitCalibration.Status.RELEASED);
        // the same path seen by the engine: the curve check, the board, the release; each appraisal
        // received its calibrated rating and now waits for the employee's acknowledgement
        BpmnAwareTests.init(processEngine);
        BpmnAwareTests.assertThat(calibrationInstance)
                .hasPassedInOrder("Task_SetUnitRating", "Event_ReviewsComplete", "Task_CheckDistribution",
                        ProcessIds.Calibration.TASK_CALIBRATE_UNIT, "Task_ReleaseResults")
                .isEnded();
        for (Appraisal a : List.of(head, s1, s2, s3)) {
            BpmnAwareTests.assertThat(processInstance(reload(a).getProcessInstanceId()))
                    .hasPassedInOrder("Task_RecordRating", "Event_UnitCalibrated", "Task_PublishResult")
                    .isWaitingAt(ProcessIds.Appraisal.TASK_ACKNOWLEDGE_RESULT);
        }
        assertThat(reload(s3).getOriginalRating()).isEqualTo(PerformanceRating.GOOD);
        assertThat(reload(s3).getCalibratedRating()).isEqualTo(PerformanceRating.NEEDS_IMPROVEMENT);
        assertThat(reload(head).getCalibratedRating()).isEqualTo(PerformanceRating.GOOD);
        assertThat(reload(s1).getStage()).isEqualTo(Stage.RESULT);
        assertThat(reload(s1).getAppealDeadline()).isAfter(reload(s1).getResultPublishedAt());

        // 9. results: no appeal (window closes), an appeal that changes, an appeal confirmed
        unit.as(s1User, () -> appeals.acknowledge(s1.getId()));
        fireTimer(s1.getId().toString(), ProcessIds.Appraisal.EVENT_APPEAL_WINDOW_CLOSED);
        assertThat(reload(s1).getFinalRating()).isEqualTo(PerformanceRating.VERY_GOOD);
        assertThat(reload(s1).getStage()).isEqualTo(Stage.FINAL);

        String s2User = unit.staffNips.get(1);
        unit.as(s2User, () -> appeals.file(s2.getId(), "Bukti kinerja triwulan IV belum diperhitungkan."));
        assertThat(reload(s2).getStage()).isEqualTo(Stage.APPEAL);
        unit.as(s2User, () -> appeals.explainAsEmployee(s2.getId(), "Lampiran laporan triwulan IV terlampir."));
        unit.as(unit.headNip, () -> appeals.explainAsAppraiser(s2.getId(), "Laporan diterima setelah penilaian."));
        unit.as("hr", () -> appeals.decide(s2.getId(), false, PerformanceRating.VERY_GOOD, "Bukti baru menunjukkan capaian di atas target."));
        assertThat(reload(s2).getFinalRating()).isEqualTo(PerformanceRating.VERY_GOOD);
        assertThat(reload(s2).getCalibratedRating()).isEqualTo(PerformanceRating.GOOD);
        assertThat(reload(s2).getOriginalRating()).isEqualTo(PerformanceRating.GOOD);

        String s3User = unit.staffNips.get(2);
        unit.as(s3User, () -> appeals.acknowledge(s3.getId()));
        unit.as(s3User, () -> appeals.file(s3.getId(), "Penilaian kalibrasi tidak memperhatikan beban kerja."));
        unit.as(s3User, () -> appeals.explainAsEmployee(s3.getId(), "Beban kerja bertambah karena mutasi."));
        unit.as(unit.headNip, () -> appeals.explainAsAppraiser(s3.getId(), "Target tetap tidak tercapai."));
        unit.as("hr", () -> appeals.decide(s3.getId(), true, null, "Kalibrasi sesuai bukti."));
        assertThat(reload(s3).getFinalRating()).isEqualTo(PerformanceRating.NEEDS_IMPROVEMENT);

        // 10. the cycle closes only once every appraisal is final
        Long cycleId = unit.cycle.getId();
        assertThatThrownBy(() -> unit.as("hr", () -> cycles.close(cycleId)))
                .hasMessageContaining("cycle.NOT_FINISHED");
        assertThat(cycles.unfinished(cycleId)).isEqualTo(1);

        unit.as(unit.headNip, () -> appeals.acknowledge(head.getId()));
        fireTimer(head.getId().toString(), ProcessIds.Appraisal.EVENT_APPEAL_WINDOW_CLOSED);
        for (Appraisal a : List.of(head, s1, s2, s3)) {
            assertThat(reload(a).getStage()).isEqualTo(Stage.FINAL);
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessIds.Appraisal.PROCESS)
                    .processInstanceBusinessKey(a.getId().toString()).count()).isZero();
        }
        assertThat(cycles.unfinished(cycleId)).isZero();
        unit.as("hr", () -> cycles.close(cycleId));
        assertThat(cycles.cycle(cycleId).getStatus()).isEqualTo(CycleStatus.CLOSED);
        assertThat(cycles.cycle(cycleId).getClosedBy()).isEqualTo("hr");
        // a closed cycle is read-only
        Long newcomer = organisation.employeeByNip(unit.staffNips.get(0)).orElseThrow().getId();
        for (Runnable change : List.<Runnable>of(
                () -> appraisals.start(cycleId, newcomer),
                () -> cycles.launch(cycleId),
                () -> cycles.openReviewPhase(cycleId),
                () -> cycles.close(cycleId),
                () -> cycles.update(cycleId, cycles.cycle(cycleId).getVersion(), cycles.cycle(cycleId).settings()))) {
            assertThatThrownBy(() -> unit.as("hr", change)).isInstanceOf(BusinessRuleException.class)
                    .hasMessageMatching("cycle\\.(CLOSED|NOT_EDITABLE).*");
        }
    }
}
