package id.kinerjaflow.appraisal.ui;

import org.springframework.context.ApplicationContext;
import id.kinerjaflow.cycle.CycleBatchJobs;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import id.kinerjaflow.KaribuTest;
import id.kinerjaflow.appraisal.AgreementService;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.AppraisalService.EvidenceFile;
import id.kinerjaflow.appraisal.AppraisalTestUnit;
import id.kinerjaflow.appraisal.BehaviourAssessment;
import id.kinerjaflow.appraisal.Indicator;
import id.kinerjaflow.appraisal.SelfReviewService;
import id.kinerjaflow.appraisal.Stage;
import id.kinerjaflow.appraisal.ui.SelfReviewForm.Colleague;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.feedback.FeedbackService;
import id.kinerjaflow.feedback.PeerFeedback;
import id.kinerjaflow.inbox.ui.InboxView;
import id.kinerjaflow.org.OrganisationImportService;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.process.Workflow;
import id.kinerjaflow.rating.CoreValue;
import id.kinerjaflow.security.SystemAuthentication;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.provider.Query;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The self-review form on an appraisal whose agreement was approved and whose review phase is open. */
class SelfReviewFormIT extends KaribuTest {

    @Autowired OrganisationImportService importer;
    @Autowired OrganisationService organisation;
    @Autowired CycleService cycles;
    @Autowired ApplicationContext context;
    @Autowired AppraisalService appraisals;
    @Autowired AgreementService agreements;
    @Autowired FeedbackService feedback;
    @Autowired Workflow workflow;

    AppraisalTestUnit unit;
    Long appraisalId;

    @BeforeEach
    void selfReviewIsDue() {
        unit = AppraisalTestUnit.create(importer, organisation, users, cycles);
        appraisalId = SystemAuthentication.runAsSystem(() -> appraisals.start(unit.cycleId(), unit.staffId(0))).getId();
        unit.as(unit.staffUser(0), () -> {
            agreements.submit(appraisalId, AppraisalTestUnit.simpleDraft());
            return null;
        });
        unit.as(unit.headUser(), () -> {
            agreements.approve(appraisalId);
            return null;
        });
        new CycleBatchJobs(context).runAll(SystemAuthentication.runAsSystem(() -> cycles.openReviewPhase(unit.cycleId())));
    }

    private String selfReviewTask() {
        return workflow.openTask(ProcessIds.Appraisal.PROCESS, appraisalId.toString(),
                ProcessIds.Appraisal.TASK_SELF_REVIEW).orElseThrow().id();
    }

    private SelfReviewForm open() {
        login(unit.staffUser(0));
        UI.getCurrent().navigate("tugas/" + selfReviewTask());
        return _get(SelfReviewForm.class);
    }

    private Indicator indicator() {
        return SystemAuthentication.runAsSystem(() -> appraisals.rows(appraisalId)).get(0).getIndicators().get(0);
    }

    private Colleague colleague(Long employeeId) {
        return Colleague.of(organisation.employee(employeeId).orElseThrow());
    }

    private static void reflectOnEveryValue(SelfReviewForm form) {
        for (CoreValue value : CoreValue.values()) {
            _setValue(form.reflections.get(value), "Saya menerapkan nilai " + value.name().toLowerCase()
                    + " dalam pelayanan sehari-hari.");
        }
    }

    private static List<String> notificationTexts() {
        return getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    @Test
    void theEmployeeFillsInActualsEvidenceReflectionsAndPeersAndSubmits() {
        SelfReviewForm form = open();
        Indicator indicator = indicator();
        assertThat(form.actuals).containsOnlyKeys(indicator.getId());
        assertThat(form.upload.getMaxFileSize()).isEqualTo((int) SelfReviewService.MAX_FILE_BYTES);
        assertThat(form.upload.getAcceptedFileTypes()).contains(".pdf", ".png", ".jpg", ".docx", ".xlsx",
                "application/pdf");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("evidence-limits")).getText())
                .contains("pdf", "xlsx", "10 MB", "50 MB");

        _setValue(form.actuals.get(indicator.getId()), new BigDecimal("9.5"));
        reflectOnEveryValue(form);
        _setValue(form.evidenceFor, form.evidenceFor.getListDataView().getItem(0));
        _upload(form.upload, "laporan-kegiatan.pdf", "application/pdf",
                "%PDF-1.4 laporan kegiatan".getBytes(StandardCharsets.UTF_8));
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.evidenceFiles(appraisalId))).singleElement().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo("laporan-kegiatan.pdf");
            assertThat(f.indicatorId()).isEqualTo(indicator.getId());
        });
        _get(form.evidenceList, com.vaadin.flow.component.orderedlayout.FlexLayout.class,
                s -> s.withId("evidence-" + SystemAuthentication.runAsSystem(() -> appraisals.evidenceFiles(appraisalId)).get(0).id()));

        // colleagues of the own unit come first; neither self nor the appraiser can be chosen
        List<Long> offered = form.candidates(new Query<>(0, 50, null, null, "")).map(Colleague::id).toList();
        assertThat(offered).startsWith(unit.staffId(1), unit.staffId(2))
                .doesNotContain(unit.staffId(0), unit.headId());
        _setValue(form.peers, Set.of(colleague(unit.staffId(1)), colleague(unit.staffId(2))));

        _click(form.submit);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(InboxView.class);
        assertThat(indicator().getActualValue()).isEqualByComparingTo("9.5");
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.behaviour(appraisalId))).hasSize(CoreValue.values().length)
                .allSatisfy(b -> assertThat(b.getReflection()).startsWith("Saya menerapkan nilai"));
        assertThat(appraisals.find(appraisalId).orElseThrow().getStage()).isEqualTo(Stage.PEER_FEEDBACK);
        assertThat(workflow.openTasks(ProcessIds.Appraisal.PROCESS, appraisalId.toString(),
                ProcessIds.Appraisal.TASK_GIVE_PEER_FEEDBACK)).extracting(Workflow.TaskRef::assignee)
                .containsExactlyInAnyOrder(unit.staffUser(1), unit.staffUser(2));
        assertThat(SystemAuthentication.runAsSystem(() -> feedback.feedbackFor(appraisalId))).extracting(f -> f.getPeer().getId())
                .containsExactlyInAnyOrder(unit.staffId(1), unit.staffId(2));
        assertThat(SystemAuthentication.runAsSystem(() -> feedback.feedbackFor(appraisalId))).extracting(PeerFeedback::getStatus)
                .containsOnly(PeerFeedback.Status.REQUESTED);
    }

    @Test
    void aFileOfAnotherTypeOrTooLargeIsRefusedWithTheReasonAndNothingIsStored() {
        SelfReviewForm form = open();

        clearNotifications();
        _upload(form.upload, "program.exe", "application/octet-stream", new byte[] {1, 2, 3});
        assertThat(notificationTexts()).singleElement().asString()
                .contains("program.exe", "ditolak", "pdf", "xlsx");
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.evidenceFiles(appraisalId))).isEmpty();

        clearNotifications();
        byte[] tooLarge = new byte[(int) SelfReviewService.MAX_FILE_BYTES + 1];
        _upload(form.upload, "pindaian.pdf", "application/pdf", tooLarge);
        assertThat(notificationTexts()).singleElement().asString()
                .contains("pindaian.pdf", "terlalu besar", "10 MB");
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.evidenceFiles(appraisalId))).isEmpty();
        assertThat(form.evidenceList.getElement().getTextRecursively()).contains("Belum ada bukti dukung");
    }

    @Test
    void aMissingActualIsMarkedAtItsFieldAndNothingIsSubmitted() {
        SelfReviewForm form = open();
        reflectOnEveryValue(form);
        _setValue(form.peers, Set.of(colleague(unit.staffId(1))));

        clearNotifications();
        _click(form.submit);

        _expectInvalid(form.actuals.get(indicator().getId()), "Wajib diisi");
        assertThat(notificationTexts()).containsExactly("Periksa kembali isian yang ditandai.");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(InboxView.class);
        assertThat(workflow.openTask(ProcessIds.Appraisal.PROCESS, appraisalId.toString(),
                ProcessIds.Appraisal.TASK_SELF_REVIEW)).isPresent();
        assertThat(appraisals.find(appraisalId).orElseThrow().getStage()).isEqualTo(Stage.SELF_REVIEW);
        assertThat(SystemAuthentication.runAsSystem(() -> feedback.feedbackFor(appraisalId))).isEmpty();
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.behaviour(appraisalId))).extracting(BehaviourAssessment::getReflection)
                .allMatch(java.util.Objects::isNull);
    }

    @Test
    void aPeerTheRulesRefuseIsExplainedAndNothingIsSubmitted() {
        SelfReviewForm form = open();
        _setValue(form.actuals.get(indicator().getId()), BigDecimal.TEN);
        reflectOnEveryValue(form);
        // the chooser never offers the appraiser; the service refuses them all the same
        _setValue(form.peers, Set.of(colleague(unit.headId())));

        clearNotifications();
        _click(form.submit);

        assertThat(notificationTexts()).singleElement().asString().contains("pejabat penilai");
        assertThat(workflow.openTask(ProcessIds.Appraisal.PROCESS, appraisalId.toString(),
                ProcessIds.Appraisal.TASK_SELF_REVIEW)).isPresent();
        assertThat(indicator().getActualValue()).isNull();
        assertThat(SystemAuthentication.runAsSystem(() -> feedback.feedbackFor(appraisalId))).isEmpty();
    }

    @Test
    void aDraftKeepsActualsReflectionsAndPeersAndIsResumed() {
        SelfReviewForm form = open();
        Long indicatorId = indicator().getId();
        assertThat(form.status.getText()).isEqualTo("Belum disimpan");
        _setValue(form.actuals.get(indicatorId), new BigDecimal("7"));
        _setValue(form.reflections.get(CoreValue.ADAPTIVE), "Saya cepat belajar aplikasi baru.");
        _setValue(form.peers, Set.of(colleague(unit.staffId(2))));

        _click(form.saveDraft);
        assertThat(form.status.getText()).startsWith("Draf disimpan pukul");

        SelfReviewForm again = open();
        assertThat(again.actuals.get(indicatorId).getValue()).isEqualByComparingTo("7");
        assertThat(again.reflections.get(CoreValue.ADAPTIVE).getValue()).isEqualTo("Saya cepat belajar aplikasi baru.");
        assertThat(again.reflections.get(CoreValue.LOYAL).getValue()).isEmpty();
        assertThat(again.peers.getValue()).extracting(Colleague::id).containsExactly(unit.staffId(2));
        assertThat(again.status.getText()).startsWith("Melanjutkan draf yang disimpan");
        // a draft is not a submission: the task stays, nobody is asked for feedback yet
        assertThat(workflow.openTask(ProcessIds.Appraisal.PROCESS, appraisalId.toString(),
                ProcessIds.Appraisal.TASK_SELF_REVIEW)).isPresent();
        assertThat(SystemAuthentication.runAsSystem(() -> feedback.feedbackFor(appraisalId))).isEmpty();
    }

    @Test
    void anEvidenceFileUploadedByMistakeCanBeRemoved() {
        SelfReviewForm form = open();
        _upload(form.upload, "salah.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        EvidenceFile file = SystemAuthentication.runAsSystem(() -> appraisals.evidenceFiles(appraisalId)).get(0);
        assertThat(file.indicatorId()).isNull();

        _click(_get(form.evidenceList, com.vaadin.flow.component.button.Button.class,
                s -> s.withId("remove-evidence-" + file.id())));

        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.evidenceFiles(appraisalId))).isEmpty();
        assertThat(form.evidenceList.getElement().getTextRecursively()).contains("Belum ada bukti dukung");
    }
}
