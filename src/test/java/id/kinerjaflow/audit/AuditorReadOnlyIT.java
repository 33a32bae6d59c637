package id.kinerjaflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import id.kinerjaflow.IntegrationTest;
import id.kinerjaflow.appeal.AppealService;
import id.kinerjaflow.appraisal.AgreementService;
import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.AppraisalTestUnit;
import id.kinerjaflow.appraisal.ReviewJourney;
import id.kinerjaflow.appraisal.SelfReviewService;
import id.kinerjaflow.appraisal.Stage;
import id.kinerjaflow.appraisal.SupervisorReviewService;
import id.kinerjaflow.appraisal.UnitUnderCalibration;
import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.calibration.CalibrationBoardService;
import id.kinerjaflow.calibration.CalibrationService;
import id.kinerjaflow.calibration.UnitRating;
import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.cycle.CycleBatchJobs;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.cycle.CycleSettings;
import id.kinerjaflow.demo.DemoOrganisation;
import id.kinerjaflow.designer.DesignDraft;
import id.kinerjaflow.designer.DesignerService;
import id.kinerjaflow.feedback.FeedbackService;
import id.kinerjaflow.inbox.InboxService;
import id.kinerjaflow.org.EmployeeData;
import id.kinerjaflow.org.OrganisationImportService;
import id.kinerjaflow.org.OrganisationImportService.ImportFiles;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.process.TaskDrafts;
import id.kinerjaflow.rating.Expectation;
import id.kinerjaflow.rating.PerformanceRating;
import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.security.Role;
import id.kinerjaflow.security.SystemAuthentication;
import id.kinerjaflow.security.UserDirectory;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The auditor reads everything and changes nothing: signed in as {@code auditor}, every changing
 * public method of every service is called while the task it would complete is open (held by
 * someone, or claimable by a group), and each call is refused and leaves the data and the tasks as
 * they were. The steps only the process takes are refused too when called from outside the engine.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditorReadOnlyIT {

    @Autowired ApplicationContext context;
    @Autowired DemoOrganisation demo;
    @Autowired UserDirectory users;
    @Autowired AgreementService agreements;
    @Autowired SelfReviewService selfReviews;
    @Autowired SupervisorReviewService reviews;
    @Autowired FeedbackService feedback;
    @Autowired CalibrationService calibrations;
    @Autowired CalibrationBoardService board;
    @Autowired AppealService appeals;
    @Autowired CycleService cycles;
    @Autowired AppraisalService appraisals;
    @Autowired OrganisationService organisation;
    @Autowired OrganisationImportService importer;
    @Autowired InboxService inbox;
    @Autowired TaskDrafts drafts;
    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;
    @Autowired id.kinerjaflow.designer.migration.MigrationService migrations;

    AppUser auditor;
    /** Three started appraisals (draft tasks open), the first one submitted (review task open), unit rating open. */
    UnitUnderCalibration drafting;
    /** Agreed and self-reviewed: the head's review tasks are open. */
    UnitUnderCalibration reviewing;
    /** Reviewed and unit rated: the board's calibration task is open. */
    UnitUnderCalibration atTheBoard;

    @BeforeAll
    void units() {
        demo.load();
        auditor = users.find("auditor").orElseThrow();
        assertThat(auditor.roles()).containsExactly(Role.AUDITOR);
        drafting = new UnitUnderCalibration(context);
        drafting.unit.as(drafting.unit.staffUser(0), () -> {
            agreements.submit(drafting.staff.get(0).getId(), AppraisalTestUnit.simpleDraft());
            return null;
        });
        reviewing = new UnitUnderCalibration(context).agreed().selfReviewed();
        atTheBoard = new UnitUnderCalibration(context).readyForTheBoard("GOOD");
    }

    // ---- the appraisal's own steps --------------------------------------------------------------

    @Test
    void theAgreementIsRefused() {
        Appraisal drafted = drafting.staff.get(1);
        Appraisal submitted = drafting.staff.get(0);
        unchanged(List.of(drafted, submitted), () -> {
            refused(() -> agreements.saveDraft(drafted.getId(), AppraisalTestUnit.simpleDraft()));
            refused(() -> agreements.submit(drafted.getId(), AppraisalTestUnit.simpleDraft()));
            refused(() -> agreements.approve(submitted.getId()));
            refused(() -> agreements.returnForRework(submitted.getId(), "Perbaiki target."));
            refused(() -> agreements.followUpOverdue(submitted.getId(), "Sudah diingatkan."));
        });
    }

    @Test
    void theSelfReviewAndTheNominationAreRefused() {
        UnitUnderCalibration unit = new UnitUnderCalibration(context).agreed();
        new CycleBatchJobs(context).runAll(
                SystemAuthentication.runAsSystem(() -> cycles.openReviewPhase(unit.unit.cycleId())));
        Appraisal a = unit.staff.get(0);
        assertThat(unit.reload(0).getStage()).isEqualTo(Stage.SELF_REVIEW);
        Long indicator = SystemAuthentication.runAsSystem(() -> appraisals.rows(a.getId())).get(0).getIndicators().get(0).getId();
        unchanged(List.of(a), () -> {
            refused(() -> selfReviews.saveDraft(a.getId(), new SelfReviewService.SelfReview(
                    Map.of(indicator, BigDecimal.ONE), ReviewJourney.reflections(), List.of())));
            refused(() -> selfReviews.submit(a.getId(), new SelfReviewService.SelfReview(
                    Map.of(indicator, BigDecimal.ONE), ReviewJourney.reflections(), List.of())));
            refused(() -> selfReviews.uploadEvidence(a.getId(), indicator, "bukti.pdf",
                    "%PDF-1.4".getBytes(StandardCharsets.UTF_8)));
            refused(() -> selfReviews.removeEvidence(a.getId(), 1L));
            refused(() -> feedback.nominate(a.getId(), List.of(unit.unit.staffId(1))));
        });
        assertThat(SystemAuthentication.runAsSystem(() -> feedback.feedbackFor(a.getId()))).isEmpty();
    }

    @Test
    void theSupervisorReviewAndThePeerFeedbackAreRefused() {
        Appraisal a = reviewing.staff.get(0);
        Map<Long, Expectation> rows = SystemAuthentication.runAsSystem(() -> appraisals.rows(a.getId())).stream()
                .collect(Collectors.toMap(r -> r.getId(), r -> Expectation.AS_EXPECTED));
        unchanged(List.of(a), () -> {
            refused(() -> reviews.submit(a.getId(), new SupervisorReviewService.ReviewForm(rows,
                    ReviewJourney.allRated("AS_EXPECTED"), Expectation.AS_EXPECTED, Expectation.AS_EXPECTED)));
            refused(() -> feedback.give(a.getId(), ReviewJourney.allRated("AS_EXPECTED"), "Baik sekali."));
        });
    }

    @Test
    void theCalibrationIsRefused() {
        Long unitRating = drafting.calibration.getId();
        Long atBoard = atTheBoard.calibration.getId();
        Appraisal a = atTheBoard.staff.get(0);
        String calibrationTask = atTheBoard.calibrationTaskId();
        unchanged(List.of(a, atTheBoard.staff.get(1)), () -> {
            refused(() -> calibrations.setUnitRating(unitRating, UnitRating.GOOD));
            refused(() -> calibrations.changeRating(atBoard, a.getId(), PerformanceRating.NEEDS_IMPROVEMENT, "Tidak sesuai kurva."));
            refused(() -> calibrations.approve(atBoard));
            refused(() -> board.takeTask(atBoard));
            refused(() -> calibrations.start(drafting.unit.cycleId(), atTheBoard.unitId));
            // the process's own steps, called from outside the engine
            refused(() -> calibrations.prepare(atBoard));
            refused(() -> calibrations.release(atBoard, "auditor"));
            refused(() -> calibrations.onRatingRecorded(new AppraisalService.RatingRecorded(a.getId(),
                    atTheBoard.unit.cycleId(), atTheBoard.unitId, PerformanceRating.GOOD)));
        });
        assertThat(calibrations.changes(atBoard)).isEmpty();
        assertThat(calibrations.calibration(unitRating).getUnitRating()).isNull();
        assertThat(tasks.createTaskQuery().taskId(calibrationTask).singleResult().getAssignee()).isNull();
    }

    @Test
    void theResultAndTheAppealAreRefused() {
        ReviewJourney journey = new ReviewJourney(context);
        Appraisal a = journey.agreed(0);
        journey.openReviewPhase();
        journey.selfReview(a, 0, 10, 10, List.of());
        journey.review(a, "AS_EXPECTED");
        journey.calibrate(a, null);
        assertThat(journey.hasTask(a, ProcessIds.Appraisal.TASK_ACKNOWLEDGE_RESULT)).isTrue();
        unchanged(List.of(a), () -> {
            refused(() -> appeals.acknowledge(a.getId()));
            refused(() -> appeals.file(a.getId(), "Penilaian tidak sesuai bukti."));
        });
        assertThat(appeals.appealOf(a.getId())).isEmpty();

        journey.appeal(a, 0, "Penilaian tidak sesuai bukti kinerja.");
        unchanged(List.of(a), () -> {
            refused(() -> appeals.explainAsEmployee(a.getId(), "Bukti terlampir."));
            refused(() -> appeals.explainAsAppraiser(a.getId(), "Sudah sesuai."));
        });
        journey.explainAsEmployee(a, 0, "Bukti kinerja terlampir lengkap.");
        journey.explainAsAppraiser(a, "Penilaian sudah sesuai laporan.");
        assertThat(journey.hasTask(a, ProcessIds.Appraisal.TASK_DECIDE_APPEAL)).isTrue();
        unchanged(List.of(a), () -> refused(() -> appeals.decide(a.getId(), false, PerformanceRating.VERY_GOOD, "Bukti cukup.")));
        assertThat(appeals.appealOf(a.getId()).orElseThrow().getDecision()).isNull();
    }

    @Test
    void theStepsOfTheProcessAreRefusedFromOutsideTheEngine() {
        Appraisal a = drafting.staff.get(2);
        String task = tasks.createTaskQuery().processDefinitionKey(ProcessIds.Appraisal.PROCESS).processInstanceBusinessKey(a.getId().toString()).singleResult().getId();
        unchanged(List.of(a), () -> {
            refused(() -> appraisals.start(drafting.unit.cycleId(), drafting.unit.headId()));
            refused(() -> appraisals.enterStage(a.getId(), Stage.FINAL));
            refused(() -> appraisals.flagAgreementOverdue(a.getId()));
            refused(() -> appraisals.recordOriginalRating(a.getId(), PerformanceRating.VERY_GOOD));
            refused(() -> appraisals.recordCalibratedRating(a.getId(), PerformanceRating.VERY_GOOD));
            refused(() -> appraisals.publishResult(a.getId()));
            refused(() -> appraisals.finalise(a.getId(), PerformanceRating.VERY_GOOD));
            refused(() -> feedback.closeUnanswered(a.getId()));
            refused(() -> inbox.taskEnded(task));
            refused(() -> inbox.taskChanged(task, "auditor", Set.of(), null));
            refused(() -> inbox.taskCreated(new InboxService.NewTask("palsu-" + task, null,
                    ProcessIds.Appraisal.PROCESS, ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT, "Palsu", a.getId(), null,
                    null, "auditor", Set.of(), Instant.now(), null)));
            refused(() -> drafts.discard(task));
        });
        assertThat(jdbc.queryForObject("select count(*) from inbox_entry where task_id = ?", Long.class, task))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from inbox_entry where principal = 'user:auditor'",
                Long.class)).isZero();
    }

    // ---- the inbox and the drafts ---------------------------------------------------------------

    @Test
    void groupTasksCannotBeTakenNorReleasedNorDrafted() {
        String unitRatingTask = drafting.unitRatingTaskId();
        String boardTask = atTheBoard.calibrationTaskId();
        String draftTask = tasks.createTaskQuery().processDefinitionKey(ProcessIds.Appraisal.PROCESS).processInstanceBusinessKey(
                drafting.staff.get(1).getId().toString()).singleResult().getId();
        refused(() -> inbox.claim(unitRatingTask));
        refused(() -> inbox.claim(boardTask));
        refused(() -> inbox.claim(draftTask));
        refused(() -> drafts.save(unitRatingTask, Map.of("unitRating", "GOOD")));
        refused(() -> drafts.save(draftTask, Map.of("x", "y")));
        assertThat(tasks.createTaskQuery().taskId(unitRatingTask).singleResult().getAssignee()).isNull();
        assertThat(tasks.createTaskQuery().taskId(boardTask).singleResult().getAssignee()).isNull();

        // a task someone holds cannot be given back by the auditor
        atTheBoard.unit.as("board", () -> {
            inbox.claim(boardTask);
            return null;
        });
        try {
            refused(() -> inbox.release(boardTask));
            assertThat(tasks.createTaskQuery().taskId(boardTask).singleResult().getAssignee()).isEqualTo("board");
        } finally {
            atTheBoard.unit.as("board", () -> {
                inbox.release(boardTask);
                return null;
            });
        }
        assertThat(jdbc.queryForObject("select count(*) from task_draft where owner = 'auditor'", Long.class))
                .isZero();
    }

    // ---- cycles, organisation, accounts ---------------------------------------------------------

    @Test
    void migrationsAreRefused() {
        // refused by role before anything is looked at (the versions need not exist)
        for (Runnable call : List.<Runnable>of(() -> migrations.versions(ProcessIds.Appraisal.PROCESS),
                () -> migrations.check(ProcessIds.Appraisal.PROCESS, "v1", "v2"),
                () -> migrations.migrate(ProcessIds.Appraisal.PROCESS, "v1", "v2"),
                () -> migrations.progress(1L), () -> migrations.failures(1L))) {
            assertThatThrownBy(() -> SystemAuthentication.runAs(auditor, () -> {
                call.run();
                return null;
            })).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void cyclesAreRefused() {
        Long cycleId = drafting.unit.cycleId();
        AppraisalCycle before = cycles.cycle(cycleId);
        Instant now = Instant.now();
        CycleSettings settings = new CycleSettings(2026, "Periode Auditor", now.plus(30, ChronoUnit.DAYS),
                now.plus(60, ChronoUnit.DAYS), 7, now.plus(90, ChronoUnit.DAYS), 14);
        long cyclesBefore = cycles.cycles().size();
        refused(() -> cycles.create(settings));
        refused(() -> cycles.update(cycleId, before.getVersion(), settings));
        refused(() -> cycles.requireOpenForAppraisal(cycleId));
        refused(() -> cycles.launch(cycleId));
        refused(() -> cycles.openReviewPhase(cycleId));
        refused(() -> cycles.close(cycleId));
        refused(() -> cycles.retryFailed(cycleId));
        refused(() -> cycles.runChunk(Long.MAX_VALUE, 0));
        AppraisalCycle after = cycles.cycle(cycleId);
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(after.getStatus()).isEqualTo(before.getStatus());
        assertThat(after.getName()).isEqualTo(before.getName());
        assertThat(cycles.cycles()).hasSize((int) cyclesBefore);
    }

    @Test
    void theOrganisationAndTheAccountsAreRefused() {
        var head = organisation.employee(drafting.unit.headId()).orElseThrow();
        EmployeeData data = EmployeeData.of(head);
        long accounts = users.count();
        String units = "code,name,level,parent_code\nAUDIT-X,Unit Auditor,AGENCY,PROV-GTO\n";
        String employees = "nip,name,employment_type,golongan,unit_code,position,jabatan_type,supervisor_nip,email\n";
        ImportFiles files = new ImportFiles(units.getBytes(StandardCharsets.UTF_8),
                employees.getBytes(StandardCharsets.UTF_8));
        refused(() -> organisation.save(data));
        refused(() -> importer.dryRun(files));
        refused(() -> importer.importFiles(files));
        refused(() -> users.createAccounts(List.of(new UserDirectory.NewAccount("auditor2", "Auditor Dua", null,
                Set.of(Role.ADMIN))), "demo"));
        assertThat(organisation.unitByCode("AUDIT-X")).isEmpty();
        assertThat(organisation.employee(head.getId()).orElseThrow().getVersion()).isEqualTo(head.getVersion());
        assertThat(users.count()).isEqualTo(accounts);
        assertThat(users.find("auditor2")).isEmpty();
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** The call, made as the auditor, is refused: by the role check, the task's holder or a rule. */
    @Test
    void theDesignerIsRefused(@Autowired DesignerService designer, @Autowired RepositoryService repository) {
        String current = repository.createProcessDefinitionQuery().processDefinitionKey(ProcessIds.Appraisal.PROCESS)
                .latestVersion().singleResult().getId();
        DesignDraft draft = SystemAuthentication.runAs(users.find("hr").orElseThrow(),
                () -> designer.createDraft(current, null));
        long before = repository.createDeploymentQuery().count();
        refused(designer::definitions);
        refused(() -> designer.xml(current));
        refused(() -> designer.createDraft(current, null));
        refused(() -> designer.upload("employee-appraisal.bpmn", draft.getXml().getBytes(StandardCharsets.UTF_8)));
        refused(() -> designer.save(draft.getId(), draft.getVersion(), draft.getXml()));
        refused(() -> designer.check(draft.getId()));
        refused(() -> designer.approve(draft.getId(), draft.getVersion()));
        refused(() -> designer.reject(draft.getId(), draft.getVersion(), "Tidak."));
        refused(() -> designer.deploy(draft.getId(), draft.getVersion()));
        refused(() -> designer.compareWithBase(draft.getId()));
        DesignDraft after = SystemAuthentication.runAs(users.find("hr").orElseThrow(), () -> designer.draft(draft.getId()));
        assertThat(after.getVersion()).isEqualTo(draft.getVersion());
        assertThat(after.getState()).isEqualTo(draft.getState());
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
    }

    private void refused(Runnable call) {
        assertThatThrownBy(() -> SystemAuthentication.runAs(auditor, () -> {
            call.run();
            return null;
        })).isInstanceOfAny(AccessDeniedException.class, BusinessRuleException.class);
    }

    /** Runs the refusals and checks that the appraisals, their data and their open tasks are as before. */
    private void unchanged(List<Appraisal> list, Runnable refusals) {
        Map<Long, String> before = new TreeMap<>();
        list.forEach(a -> before.put(a.getId(), fingerprint(a.getId())));
        refusals.run();
        list.forEach(a -> assertThat(fingerprint(a.getId())).as("appraisal " + a.getId()).isEqualTo(before.get(a.getId())));
    }

    private String fingerprint(Long appraisalId) {
        Appraisal a = appraisals.find(appraisalId).orElseThrow();
        String rows = SystemAuthentication.runAsSystem(() -> appraisals.rows(appraisalId)).stream().map(r -> r.getId() + "=" + r.getIndicators().stream()
                .map(i -> String.valueOf(i.getActualValue())).collect(Collectors.joining(","))).collect(Collectors.joining(";"));
        String openTasks = tasks.createTaskQuery().processDefinitionKey(ProcessIds.Appraisal.PROCESS).processInstanceBusinessKey(appraisalId.toString()).list().stream()
                .map(t -> t.getTaskDefinitionKey() + ":" + t.getAssignee()).sorted().collect(Collectors.joining(","));
        return "v" + a.getVersion() + " " + a.getStage() + " " + a.getOriginalRating() + "/" + a.getCalibratedRating()
                + "/" + a.getFinalRating() + " rows[" + rows + "] rounds" + SystemAuthentication.runAsSystem(() -> appraisals.rounds(appraisalId)).size()
                + " evidence" + SystemAuthentication.runAsSystem(() -> appraisals.evidence(appraisalId)).size() + " behaviour"
                + SystemAuthentication.runAsSystem(() -> appraisals.behaviour(appraisalId)).size() + " tasks[" + openTasks + "]";
    }
}
