package id.kinerjaflow.appeal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static id.kinerjaflow.process.ProcessIds.Appraisal.TASK_ACKNOWLEDGE_RESULT;
import static id.kinerjaflow.process.ProcessIds.Appraisal.TASK_DECIDE_APPEAL;
import static id.kinerjaflow.process.ProcessIds.Appraisal.TASK_EXPLAIN_APPEAL_APPRAISER;
import static id.kinerjaflow.process.ProcessIds.Appraisal.TASK_EXPLAIN_APPEAL_EMPLOYEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import id.kinerjaflow.KaribuTest;
import id.kinerjaflow.appeal.Appeal;
import id.kinerjaflow.appeal.AppealService;
import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.RatingChanges;
import id.kinerjaflow.appraisal.ReviewJourney;
import id.kinerjaflow.appraisal.Stage;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.feedback.FeedbackService;
import id.kinerjaflow.inbox.ui.InboxView;
import id.kinerjaflow.rating.PerformanceRating;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The result, the explanations and the appeal decision, on an appraisal brought to its result
 * through the services: reviewed "as expected" everywhere (Baik), changed by the board in
 * calibration to Butuh Perbaikan, released.
 */
class AppealFormsIT extends KaribuTest {

    static final String REASONS = "Bukti kinerja triwulan IV belum diperhitungkan dalam penilaian.";
    static final String EMPLOYEE_EXPLANATION = "Laporan triwulan IV terlampir dan disahkan kepala bidang.";
    static final String APPRAISER_EXPLANATION = "Laporan triwulan IV diterima setelah penilaian selesai.";

    /** The reason the board gives in {@link ReviewJourney#calibrate}. */
    static final String CHANGE_REASON = "Target utama tidak tercapai menurut laporan triwulan.";

    @Autowired
    AppealService appeals;
    @Autowired
    RatingChanges changes;
    @Autowired
    AppraisalService appraisals;
    @Autowired
    FeedbackService feedback;

    ReviewJourney journey;
    Appraisal appraisal;

    @BeforeEach
    void resultReleased() {
        journey = new ReviewJourney(context);
        appraisal = journey.agreed(0);
        journey.openReviewPhase();
        journey.selfReview(appraisal, 0, 10, 10, List.of());
        journey.review(appraisal, "AS_EXPECTED");
        journey.calibrate(appraisal, "NEEDS_IMPROVEMENT");
    }

    private void openTask(String user, String taskKey) {
        login(user);
        UI.getCurrent().navigate("tugas/" + journey.taskId(appraisal, taskKey));
    }

    private ResultEditor openResult() {
        openTask(journey.staffUser(0), TASK_ACKNOWLEDGE_RESULT);
        return _get(ResultEditor.class);
    }

    private void appealed() {
        journey.appeal(appraisal, 0, REASONS);
    }

    private Appeal appeal() {
        return appeals.appealOf(appraisal.getId()).orElseThrow();
    }

    // ---- the result -----------------------------------------------------------------------------

    @Test
    void theResultShowsTheRatingsAndTheDeadlineAndCanBeAccepted() {
        ResultEditor form = openResult();

        assertThat(_get(Span.class, s -> s.withId("current-rating")).getText()).isEqualTo("Butuh Perbaikan");
        String text = form.getElement().getTextRecursively();
        assertThat(text).contains("Predikat dari penilaian atasan", "Baik", "Predikat setelah kalibrasi",
                "Sesuai Ekspektasi", "Tim Penilai Kinerja mengubah predikat ini",
                FormKit.dateTime(journey.reload(appraisal).getAppealDeadline()));
        // why the board changed it: from and to, the board's reason, who and when
        assertThat(_get(Div.class, d -> d.withId("rating-changes")).getElement().getTextRecursively())
                .contains("Baik \u2192 Butuh Perbaikan", CHANGE_REASON, "Oleh " + boardName());

        _click(form.acknowledge);

        _get(InboxView.class);
        assertThat(journey.hasTask(appraisal, TASK_ACKNOWLEDGE_RESULT)).isFalse();
        assertThat(appeals.appealOf(appraisal.getId())).isEmpty();
        // the appeal window stays open until its deadline
        Appraisal after = journey.reload(appraisal);
        assertThat(after.getStage()).isEqualTo(Stage.RESULT);
        assertThat(after.getFinalRating()).isNull();
    }

    @Test
    void aColleagueCallingTheServiceDoesNotLearnTheBoardsChanges() {
        login(journey.staffUser(1));
        Appraisal theirs = journey.reload(appraisal);
        assertThatThrownBy(() -> changes.of(theirs)).isInstanceOf(AccessDeniedException.class);
        login(journey.staffUser(0));
        assertThat(changes.of(theirs)).singleElement().satisfies(c -> {
            assertThat(c.from()).isEqualTo(PerformanceRating.GOOD);
            assertThat(c.to()).isEqualTo(PerformanceRating.NEEDS_IMPROVEMENT);
            assertThat(c.reason()).isEqualTo(CHANGE_REASON);
            assertThat(c.byName()).isEqualTo(boardName());
        });
    }

    @Test
    void aColleagueCallingTheServicesDirectlyCannotReadTheAppraisalsParts() {
        Long id = appraisal.getId();
        login(journey.staffUser(1));
        assertThatThrownBy(() -> appraisals.rows(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> appraisals.rounds(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> appraisals.behaviour(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> appraisals.evidence(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> appraisals.evidenceFiles(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedback.feedbackFor(id)).isInstanceOf(AccessDeniedException.class);
        // the employee, the appraiser and the office read them
        for (String reader : List.of(journey.staffUser(0), journey.headUser(), "auditor")) {
            login(reader);
            assertThat(appraisals.rows(id)).as(reader).isNotEmpty();
            assertThat(appraisals.rounds(id)).as(reader).isNotEmpty();
            assertThat(appraisals.behaviour(id)).as(reader).isNotEmpty();
            assertThat(feedback.feedbackFor(id)).as(reader).isEmpty();
        }
    }

    private String boardName() {
        return users.find("board").orElseThrow().displayName();
    }

    @Test
    void anAppealWithoutReasonsIsRefusedNextToTheFieldAndNothingChanges() {
        ResultEditor form = openResult();

        _click(form.fileAppeal);

        expectNotifications("Periksa kembali isian yang ditandai.");
        assertThat(form.reasons.isInvalid()).isTrue();
        assertThat(form.reasons.getErrorMessage()).isEqualTo("Alasan keberatan wajib diisi");
        assertThat(appeals.appealOf(appraisal.getId())).isEmpty();
        assertThat(journey.hasTask(appraisal, TASK_ACKNOWLEDGE_RESULT)).isTrue();
        assertThat(journey.reload(appraisal).getStage()).isEqualTo(Stage.RESULT);
    }

    @Test
    void theReasonsAreKeptAsADraftAndTheAppealIsFiled() {
        ResultEditor form = openResult();
        _setValue(form.reasons, REASONS);
        _click(form.saveDraft);
        assertThat(form.status.getText()).startsWith("Draf disimpan pukul");
        assertThat(appeals.appealOf(appraisal.getId())).isEmpty();

        ResultEditor again = openResult();
        assertThat(again.status.getText()).startsWith("Melanjutkan draf yang disimpan");
        assertThat(again.reasons.getValue()).isEqualTo(REASONS);

        _click(again.fileAppeal);

        _get(InboxView.class);
        assertThat(appeal().getReasons()).isEqualTo(REASONS);
        assertThat(journey.reload(appraisal).getStage()).isEqualTo(Stage.APPEAL);
        assertThat(journey.hasTask(appraisal, TASK_ACKNOWLEDGE_RESULT)).isFalse();
        assertThat(journey.hasTask(appraisal, TASK_EXPLAIN_APPEAL_EMPLOYEE)).isTrue();
        assertThat(journey.hasTask(appraisal, TASK_EXPLAIN_APPEAL_APPRAISER)).isTrue();
    }

    // ---- the explanations -----------------------------------------------------------------------

    @Test
    void theEmployeeExplainsWithTheReasonsAndTheRatingInView() {
        appealed();
        openTask(journey.staffUser(0), TASK_EXPLAIN_APPEAL_EMPLOYEE);
        AppealExplainEditor form = _get(AppealExplainEditor.class);
        assertThat(form.getElement().getTextRecursively()).contains(REASONS, "Butuh Perbaikan", CHANGE_REASON);
        assertThat(form.explanation.getLabel()).isEqualTo("Penjelasan Anda");

        _click(form.submit);
        expectNotifications("Periksa kembali isian yang ditandai.");
        assertThat(form.explanation.isInvalid()).isTrue();
        assertThat(form.explanation.getErrorMessage()).isEqualTo("Penjelasan wajib diisi");
        assertThat(appeal().getEmployeeExplanation()).isNull();
        assertThat(journey.hasTask(appraisal, TASK_EXPLAIN_APPEAL_EMPLOYEE)).isTrue();

        _setValue(form.explanation, EMPLOYEE_EXPLANATION);
        _click(form.saveDraft);
        assertThat(form.status.getText()).startsWith("Draf disimpan pukul");
        openTask(journey.staffUser(0), TASK_EXPLAIN_APPEAL_EMPLOYEE);
        AppealExplainEditor again = _get(AppealExplainEditor.class);
        assertThat(again.explanation.getValue()).isEqualTo(EMPLOYEE_EXPLANATION);
        assertThat(again.status.getText()).startsWith("Melanjutkan draf yang disimpan");
        assertThat(appeal().getEmployeeExplanation()).isNull();

        _click(again.submit);

        _get(InboxView.class);
        assertThat(appeal().getEmployeeExplanation()).isEqualTo(EMPLOYEE_EXPLANATION);
        assertThat(journey.hasTask(appraisal, TASK_EXPLAIN_APPEAL_EMPLOYEE)).isFalse();
        // the senior appraiser decides once both have explained
        assertThat(journey.hasTask(appraisal, TASK_DECIDE_APPEAL)).isFalse();
    }

    @Test
    void theAppraiserExplainsInTheSameFormAndTheDecisionFollows() {
        appealed();
        journey.explainAsEmployee(appraisal, 0, EMPLOYEE_EXPLANATION);
        openTask(journey.headUser(), TASK_EXPLAIN_APPEAL_APPRAISER);
        AppealExplainEditor form = _get(AppealExplainEditor.class);
        assertThat(form.explanation.getLabel()).isEqualTo("Penjelasan pejabat penilai kinerja");
        assertThat(form.getElement().getTextRecursively()).contains(REASONS, "Butuh Perbaikan");

        _setValue(form.explanation, APPRAISER_EXPLANATION);
        _click(form.submit);

        _get(InboxView.class);
        assertThat(appeal().getAppraiserExplanation()).isEqualTo(APPRAISER_EXPLANATION);
        assertThat(appeal().getEmployeeExplanation()).isEqualTo(EMPLOYEE_EXPLANATION);
        assertThat(journey.hasTask(appraisal, TASK_DECIDE_APPEAL)).isTrue();
    }

    // ---- the decision ---------------------------------------------------------------------------

    /** HR acts as the staff's senior appraiser (the head has no supervisor in the system): a group task. */
    private AppealDecideEditor openDecision() {
        openTask("hr", TASK_DECIDE_APPEAL);
        List<Button> claim = _find(Button.class, s -> s.withId("task-claim"));
        if (!claim.isEmpty()) {
            _click(claim.get(0));
        }
        return _get(AppealDecideEditor.class);
    }

    private void explained() {
        appealed();
        journey.explainAsEmployee(appraisal, 0, EMPLOYEE_EXPLANATION);
        journey.explainAsAppraiser(appraisal, APPRAISER_EXPLANATION);
    }

    @Test
    void changingNeedsANewRatingAndAReasonAndIsKeptAsADraftUntilDecided() {
        explained();
        AppealDecideEditor form = openDecision();
        assertThat(form.getElement().getTextRecursively()).contains(REASONS, EMPLOYEE_EXPLANATION,
                APPRAISER_EXPLANATION, "Butuh Perbaikan");
        assertThat(form.newRating.isVisible()).isFalse();

        _setValue(form.decision, Appeal.Decision.CHANGED);
        assertThat(form.newRating.isVisible()).isTrue();
        // the rating under appeal is not offered as the new one
        assertThat(form.newRating.getListDataView().getItems()).doesNotContain(PerformanceRating.NEEDS_IMPROVEMENT);
        _click(form.submit);

        expectNotifications("Periksa kembali isian yang ditandai.");
        assertThat(form.newRating.isInvalid()).isTrue();
        assertThat(form.newRating.getErrorMessage()).isEqualTo("Pilih predikat baru");
        assertThat(form.reason.isInvalid()).isTrue();
        assertThat(form.reason.getErrorMessage()).isEqualTo("Alasan keputusan wajib diisi");
        assertThat(appeal().getDecision()).isNull();
        assertThat(journey.hasTask(appraisal, TASK_DECIDE_APPEAL)).isTrue();

        _setValue(form.newRating, PerformanceRating.GOOD);
        _setValue(form.reason, "Laporan triwulan IV menunjukkan target utama tercapai.");
        _click(form.saveDraft);
        assertThat(form.status.getText()).startsWith("Draf disimpan pukul");

        AppealDecideEditor again = openDecision();
        assertThat(again.status.getText()).startsWith("Melanjutkan draf yang disimpan");
        assertThat(again.decision.getValue()).isEqualTo(Appeal.Decision.CHANGED);
        assertThat(again.newRating.getValue()).isEqualTo(PerformanceRating.GOOD);
        assertThat(again.reason.getValue()).isEqualTo("Laporan triwulan IV menunjukkan target utama tercapai.");
        assertThat(appeal().getDecision()).isNull();

        _click(again.submit);

        _get(InboxView.class);
        Appeal decided = appeal();
        assertThat(decided.getDecision()).isEqualTo(Appeal.Decision.CHANGED);
        assertThat(decided.getDecidedRating()).isEqualTo(PerformanceRating.GOOD);
        assertThat(decided.getDecidedBy()).isEqualTo("hr");
        Appraisal after = journey.reload(appraisal);
        assertThat(after.getFinalRating()).isEqualTo(PerformanceRating.GOOD);
        assertThat(after.getCalibratedRating()).isEqualTo(PerformanceRating.NEEDS_IMPROVEMENT);
        assertThat(after.getStage()).isEqualTo(Stage.FINAL);
    }

    @Test
    void confirmingKeepsTheRatingWithAReason() {
        explained();
        AppealDecideEditor form = openDecision();
        _setValue(form.decision, Appeal.Decision.CONFIRMED);
        _click(form.submit);
        expectNotifications("Periksa kembali isian yang ditandai.");
        assertThat(form.reason.isInvalid()).isTrue();
        assertThat(form.newRating.isInvalid()).isFalse();
        assertThat(appeal().getDecision()).isNull();

        _setValue(form.reason, "Kalibrasi sesuai bukti; laporan diterima setelah penilaian.");
        _click(form.submit);

        _get(InboxView.class);
        assertThat(appeal().getDecision()).isEqualTo(Appeal.Decision.CONFIRMED);
        assertThat(journey.reload(appraisal).getFinalRating()).isEqualTo(PerformanceRating.NEEDS_IMPROVEMENT);
        assertThat(journey.reload(appraisal).getStage()).isEqualTo(Stage.FINAL);
    }
}
