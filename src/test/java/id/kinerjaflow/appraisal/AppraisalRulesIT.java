package id.kinerjaflow.appraisal;

import org.springframework.context.ApplicationContext;
import id.kinerjaflow.calibration.UnitRating;
import id.kinerjaflow.cycle.CycleBatchJobs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kinerjaflow.IntegrationTest;
import id.kinerjaflow.appeal.AppealService;
import id.kinerjaflow.appraisal.AgreementService.AgreementDraft;
import id.kinerjaflow.appraisal.AgreementService.IndicatorDraft;
import id.kinerjaflow.appraisal.AgreementService.RowDraft;
import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.demo.DemoOrganisation;
import id.kinerjaflow.org.OrganisationImportService;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.process.Workflow;
import id.kinerjaflow.rating.CoreValue;
import id.kinerjaflow.rating.Expectation;
import id.kinerjaflow.security.SystemAuthentication;
import id.kinerjaflow.security.UserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Bad input and wrong hands: each refused with a clear message, and nothing changed. */
@IntegrationTest
class AppraisalRulesIT {

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
    @Autowired AppealService appeals;
    @Autowired Workflow workflow;
    @Autowired id.kinerjaflow.calibration.CalibrationService calibrations;
    @Autowired org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired org.camunda.bpm.engine.ManagementService management;

    SmallUnit unit;
    Appraisal appraisal;
    String staffUser;

    @BeforeEach
    void oneStaffAppraisal() {
        demo.load();
        unit = new SmallUnit(importer, organisation, users, cycles);
        appraisal = SystemAuthentication.runAsSystem(() -> appraisals.start(unit.cycle.getId(), unit.staff.get(0).getId()));
        staffUser = unit.staffNips.get(0);
    }

    private static void refused(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    private boolean draftTaskOpen() {
        return workflow.openTask(ProcessIds.Appraisal.PROCESS, appraisal.getId().toString(),
                ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT).isPresent();
    }

    private void toSelfReview() {
        unit.as(staffUser, () -> agreements.submit(appraisal.getId(), SmallUnit.draft(null, "Pengolahan data")));
        unit.as(unit.headNip, () -> agreements.approve(appraisal.getId()));
        new CycleBatchJobs(context).runAll(SystemAuthentication.runAsSystem(() -> cycles.openReviewPhase(unit.cycle.getId())));
    }

    private void submitSelfReview() {
        Map<Long, BigDecimal> actuals = new HashMap<>();
        SystemAuthentication.runAsSystem(() -> appraisals.rows(appraisal.getId())).forEach(r -> r.getIndicators().forEach(i -> actuals.put(i.getId(), BigDecimal.ONE)));
        Map<CoreValue, String> text = new EnumMap<>(CoreValue.class);
        for (CoreValue v : CoreValue.values()) {
            text.put(v, "Refleksi");
        }
        unit.as(staffUser, () -> selfReviews.submit(appraisal.getId(), new SelfReviewService.SelfReview(actuals, text,
                List.of())));
    }

    private static Map<CoreValue, Expectation> valueRatings(String rating) {
        return ReviewJourney.allRated(rating);
    }

    @Test
    void anAgreementWithoutRhkIsRefusedAndTheTaskStaysOpen() {
        refused(() -> unit.as(staffUser, () -> agreements.submit(appraisal.getId(),
                new AgreementDraft(List.of(), null, null, null))), "agreement.NO_ROWS");
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.rounds(appraisal.getId()))).isEmpty();
        assertThat(draftTaskOpen()).isTrue();
    }

    @Test
    void anIndicatorWithoutTargetIsRefused() {
        AgreementDraft draft = new AgreementDraft(List.of(new RowDraft(RowKind.MAIN, "Pelayanan", null,
                List.of(new IndicatorDraft("Jumlah layanan", null, "layanan", Aspect.QUANTITY)))), null, null, null);
        refused(() -> unit.as(staffUser, () -> agreements.submit(appraisal.getId(), draft)), "agreement.TARGET_REQUIRED");
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.rows(appraisal.getId()))).isEmpty();
        assertThat(draftTaskOpen()).isTrue();
    }

    @Test
    void anAgreementOnlyOfAdditionalRowsIsRefused() {
        AgreementDraft draft = new AgreementDraft(List.of(new RowDraft(RowKind.ADDITIONAL, "Tugas tambahan", null,
                List.of(new IndicatorDraft("Jumlah", BigDecimal.ONE, "kegiatan", Aspect.QUANTITY)))), null, null, null);
        refused(() -> unit.as(staffUser, () -> agreements.submit(appraisal.getId(), draft)), "agreement.NO_MAIN_ROW");
    }

    @Test
    void returningAnAgreementNeedsAComment() {
        unit.as(staffUser, () -> agreements.submit(appraisal.getId(), SmallUnit.draft(null, "Pengolahan data")));
        refused(() -> unit.as(unit.headNip, () -> agreements.returnForRework(appraisal.getId(), "  ")),
                "agreement.COMMENT_REQUIRED");
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.rounds(appraisal.getId())).get(0).getDecision()).isNull();
    }

    @Test
    void aColleagueCannotWorkOnSomeoneElsesTaskByGuessingItsId() {
        String colleague = unit.staffNips.get(1);
        refused(() -> unit.as(colleague, () -> agreements.submit(appraisal.getId(),
                SmallUnit.draft(null, "Pengolahan data"))), "task.NOT_AVAILABLE");
        unit.as(staffUser, () -> agreements.submit(appraisal.getId(), SmallUnit.draft(null, "Pengolahan data")));
        // the employee cannot approve their own agreement; a colleague cannot either
        refused(() -> unit.as(staffUser, () -> agreements.approve(appraisal.getId())), "task.NOT_AVAILABLE");
        refused(() -> unit.as(colleague, () -> agreements.approve(appraisal.getId())), "task.NOT_AVAILABLE");
        // nor read it
        assertThatThrownBy(() -> unit.as(colleague, () -> appraisals.appraisal(appraisal.getId(),
                users.find(colleague).orElseThrow()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void completingAnAlreadyCompletedTaskGivesAClearError() {
        unit.as(staffUser, () -> agreements.submit(appraisal.getId(), SmallUnit.draft(null, "Pengolahan data")));
        refused(() -> unit.as(staffUser, () -> agreements.submit(appraisal.getId(),
                SmallUnit.draft(null, "Pengolahan data"))), "task.NOT_AVAILABLE");
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.rounds(appraisal.getId()))).hasSize(1);
    }

    @Test
    void aReviewWithAnRhkLeftUnratedIsRefused() {
        toSelfReview();
        submitSelfReview();
        Map<CoreValue, Expectation> ratings = valueRatings("AS_EXPECTED");
        Map<Long, Expectation> rows = new HashMap<>();
        SystemAuthentication.runAsSystem(() -> appraisals.rows(appraisal.getId())).stream().skip(1).forEach(r -> rows.put(r.getId(), Expectation.AS_EXPECTED));
        refused(() -> unit.as(unit.headNip, () -> reviews.submit(appraisal.getId(),
                new SupervisorReviewService.ReviewForm(rows, ratings, Expectation.AS_EXPECTED, Expectation.AS_EXPECTED))),
                "review.ROW_NOT_RATED");
        assertThat(appraisals.find(appraisal.getId()).orElseThrow().getResultsRating()).isNull();
        assertThat(appraisals.find(appraisal.getId()).orElseThrow().getStage()).isEqualTo(Stage.SUPERVISOR_REVIEW);
    }

    @Test
    void anOversizedOrWrongTypeEvidenceFileIsRefused() {
        toSelfReview();
        byte[] tooBig = new byte[(int) SelfReviewService.MAX_FILE_BYTES + 1];
        refused(() -> unit.as(staffUser, () -> selfReviews.uploadEvidence(appraisal.getId(), null, "besar.pdf", tooBig)),
                "evidence.TOO_LARGE");
        refused(() -> unit.as(staffUser, () -> selfReviews.uploadEvidence(appraisal.getId(), null, "skrip.exe",
                new byte[]{1, 2})), "evidence.TYPE_NOT_ALLOWED");
        refused(() -> unit.as(staffUser, () -> selfReviews.uploadEvidence(appraisal.getId(), null, "kosong.pdf",
                new byte[0])), "evidence.EMPTY");
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.evidence(appraisal.getId()))).isEmpty();
    }

    @Test
    void anAppealBeforeTheResultOrAfterTheWindowIsRefused() {
        refused(() -> unit.as(staffUser, () -> appeals.file(appraisal.getId(), "Tidak setuju")), "appeal.NOT_OPEN");
        refused(() -> unit.as(staffUser, () -> appeals.file(appraisal.getId(), " ")), "appeal.REASONS_REQUIRED");
    }

    @Test
    void anAppealAfterTheWindowClosedIsRefused() {
        var calibration = SystemAuthentication.runAsSystem(() -> calibrations.start(unit.cycle.getId(),
                unit.head.getUnit().getId()));
        unit.as("hr", () -> calibrations.setUnitRating(calibration.getId(), UnitRating.GOOD));
        toSelfReview();
        submitSelfReview();
        Map<CoreValue, Expectation> ratings = valueRatings("AS_EXPECTED");
        Map<Long, Expectation> rows = new HashMap<>();
        SystemAuthentication.runAsSystem(() -> appraisals.rows(appraisal.getId())).forEach(r -> rows.put(r.getId(), Expectation.AS_EXPECTED));
        unit.as(unit.headNip, () -> reviews.submit(appraisal.getId(),
                new SupervisorReviewService.ReviewForm(rows, ratings, Expectation.AS_EXPECTED, Expectation.AS_EXPECTED)));
        // the only appraisal of the unit in this cycle is reviewed: the board may calibrate
        unit.as("board", () -> calibrations.approve(calibration.getId()));
        unit.as(staffUser, () -> appeals.acknowledge(appraisal.getId()));
        String appraisalInstance = appraisals.find(appraisal.getId()).orElseThrow().getProcessInstanceId();
        management.executeJob(management.createJobQuery().processInstanceId(appraisalInstance)
                .activityId(ProcessIds.Appraisal.EVENT_APPEAL_WINDOW_CLOSED).singleResult().getId());
        assertThat(appraisals.find(appraisal.getId()).orElseThrow().getStage()).isEqualTo(Stage.FINAL);

        refused(() -> unit.as(staffUser, () -> appeals.file(appraisal.getId(), "Saya keberatan")), "appeal.WINDOW_CLOSED");
        assertThat(appeals.appealOf(appraisal.getId())).isEmpty();
    }

    @Test
    void anAppraisalIsStartedOncePerEmployeeAndCycle() {
        refused(() -> SystemAuthentication.runAsSystem(() -> appraisals.start(unit.cycle.getId(),
                unit.staff.get(0).getId())), "appraisal.ALREADY_STARTED");
    }

    @Test
    void onlyHrAndAdministratorsStartAppraisals() {
        assertThatThrownBy(() -> unit.as(staffUser, () -> appraisals.start(unit.cycle.getId(), unit.staff.get(1).getId())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
