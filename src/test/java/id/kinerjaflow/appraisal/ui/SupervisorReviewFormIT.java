package id.kinerjaflow.appraisal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static id.kinerjaflow.process.ProcessIds.Appraisal.TASK_SUPERVISOR_REVIEW;
import static id.kinerjaflow.rating.Expectation.ABOVE_EXPECTATION;
import static id.kinerjaflow.rating.Expectation.AS_EXPECTED;
import static id.kinerjaflow.rating.Expectation.BELOW_EXPECTATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import id.kinerjaflow.KaribuTest;
import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.appraisal.AgreementRow;
import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.BehaviourAssessment;
import id.kinerjaflow.appraisal.ReviewJourney;
import id.kinerjaflow.appraisal.Stage;
import id.kinerjaflow.inbox.ui.InboxView;
import id.kinerjaflow.rating.CoreValue;
import id.kinerjaflow.rating.Expectation;
import id.kinerjaflow.rating.PerformanceRating;
import id.kinerjaflow.security.SystemAuthentication;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.security.access.AccessDeniedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The appraiser's review form, on an appraisal brought to the supervisor review through the
 * services: two RHK (10 of 10 done on the main one, 12 of 10 on the additional one), evidence on
 * the main one, one peer who answered and one who let the deadline pass.
 */
class SupervisorReviewFormIT extends KaribuTest {

    @Autowired
    AppraisalService appraisals;

    ReviewJourney journey;
    Appraisal appraisal;
    List<AgreementRow> rows;

    @BeforeEach
    void awaitingTheSupervisorReview() {
        journey = new ReviewJourney(context);
        appraisal = journey.agreed(0);
        journey.openReviewPhase();
        journey.uploadEvidence(appraisal, 0, "laporan-triwulan.pdf");
        journey.selfReview(appraisal, 0, 10, 12, List.of(1, 2));
        journey.giveFeedback(appraisal, 1, "ABOVE_EXPECTATION", "Selalu sigap membantu rekan kerja.");
        journey.peerDeadlinePasses(appraisal);
        rows = SystemAuthentication.runAsSystem(() -> appraisals.rows(appraisal.getId()));
    }

    private SupervisorReviewEditor open() {
        login(journey.headUser());
        UI.getCurrent().navigate("tugas/" + journey.taskId(appraisal, TASK_SUPERVISOR_REVIEW));
        return _get(SupervisorReviewEditor.class);
    }

    private Select<Expectation> mainRow(SupervisorReviewEditor form) {
        return form.rowRatings.get(rows.get(0).getId());
    }

    private Select<Expectation> additionalRow(SupervisorReviewEditor form) {
        return form.rowRatings.get(rows.get(1).getId());
    }

    private static String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void eachRhkShowsItsIndicatorsAndEvidenceWithTheSuggestionPreFilled() {
        SupervisorReviewEditor form = open();

        assertThat(mainRow(form).getValue()).isEqualTo(AS_EXPECTED);
        assertThat(additionalRow(form).getValue()).isEqualTo(ABOVE_EXPECTATION);
        assertThat(text("row-1")).contains(ReviewJourney.MAIN_ROW, "Jumlah berkas layanan diolah", "10 dokumen",
                "100 %", "laporan-triwulan.pdf", "Saran: Sesuai Ekspektasi");
        assertThat(text("row-2")).contains(ReviewJourney.ADDITIONAL_ROW, "12 laporan", "120 %",
                "Saran: Di Atas Ekspektasi");
        // the results rating starts as the decision table's suggestion from these row ratings
        assertThat(form.resultsRating.getValue()).isEqualTo(AS_EXPECTED);
        assertThat(form.resultsSuggestion.getText()).isEqualTo("Saran: Sesuai Ekspektasi");
        // nothing is chosen for the behaviour yet, so there is no performance rating yet
        assertThat(form.behaviourRating.getValue()).isNull();
        assertThat(form.preview.getText()).isEqualTo("\u2014");
        assertThat(form.status.getText()).isEqualTo("Belum disimpan");
    }

    @Test
    void theEvidenceOpensForThoseWhoMayReadTheAppraisalOnly() {
        open();
        AppraisalService.EvidenceFile file = SystemAuthentication.runAsSystem(() -> appraisals.evidenceFiles(appraisal.getId())).get(0);
        Anchor link = _get(Anchor.class, spec -> spec.withId("evidence-file-" + file.id()));
        assertThat(link.getText()).isEqualTo("laporan-triwulan.pdf");
        assertThat(link.getHref()).isNotBlank();

        AppraisalService.EvidenceDownload download = appraisals.evidenceDownload(appraisal.getId(), file.id(),
                users.find(journey.headUser()).orElseThrow());
        assertThat(new String(download.content(), StandardCharsets.UTF_8)).startsWith("%PDF");
        assertThat(download.fileName()).isEqualTo("laporan-triwulan.pdf");
        // a colleague of the unit, guessing the ids, gets nothing
        assertThatThrownBy(() -> appraisals.evidenceDownload(appraisal.getId(), file.id(),
                users.find(journey.staffUser(2)).orElseThrow())).isInstanceOf(AccessDeniedException.class);
        // nor does a file id of another appraisal pass under this one
        Appraisal other = journey.agreed(1);
        assertThatThrownBy(() -> appraisals.evidenceDownload(other.getId(), file.id(),
                users.find(journey.headUser()).orElseThrow())).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void reflectionsAndPeerFeedbackAreShownBesideTheValueRatings() {
        SupervisorReviewEditor form = open();

        assertThat(form.valueRatings).hasSize(CoreValue.values().length);
        assertThat(text("value-ACCOUNTABLE")).contains("Akuntabel",
                ReviewJourney.reflections().get(CoreValue.ACCOUNTABLE), "Di Atas Ekspektasi: 1");
        String peers = text("review-peers");
        assertThat(peers).contains(journey.staffName(1), "Selalu sigap membantu rekan kerja.",
                journey.staffName(2), "Tidak memberikan umpan balik sampai batas waktu");
    }

    @Test
    void thePerformanceRatingFollowsTheRatingsLiveByTheMatrix() {
        SupervisorReviewEditor form = open();

        _setValue(form.behaviourRating, ABOVE_EXPECTATION);
        assertThat(form.preview.getText()).isEqualTo("Baik"); // results as expected, behaviour above
        assertThat(form.previewExplanation.getText()).contains("Sesuai Ekspektasi", "Di Atas Ekspektasi", "matriks");

        // both RHK above: the suggested results rating becomes above, and the rating follows it
        _setValue(mainRow(form), ABOVE_EXPECTATION);
        assertThat(form.resultsSuggestion.getText()).isEqualTo("Saran: Di Atas Ekspektasi");
        assertThat(form.resultsRating.getValue()).isEqualTo(ABOVE_EXPECTATION);
        assertThat(form.preview.getText()).isEqualTo("Sangat Baik");

        // the main RHK below expectation: results below, "needs improvement" with good behaviour
        _setValue(mainRow(form), BELOW_EXPECTATION);
        assertThat(form.resultsRating.getValue()).isEqualTo(BELOW_EXPECTATION);
        assertThat(form.preview.getText()).isEqualTo("Butuh Perbaikan");

        // behaviour below expectation always means misconduct or worse
        _setValue(form.resultsRating, AS_EXPECTED);
        _setValue(form.behaviourRating, BELOW_EXPECTATION);
        assertThat(form.preview.getText()).isEqualTo("Kurang/Misconduct");

        // the appraiser chose the results rating: a new suggestion is shown, the choice stays
        _setValue(mainRow(form), ABOVE_EXPECTATION);
        assertThat(form.resultsSuggestion.getText()).isEqualTo("Saran: Di Atas Ekspektasi");
        assertThat(form.resultsRating.getValue()).isEqualTo(AS_EXPECTED);
        assertThat(form.preview.getText()).isEqualTo("Kurang/Misconduct");
    }

    @Test
    void missingRatingsShowNextToTheirFieldsAndNothingIsStored() {
        SupervisorReviewEditor form = open();

        _click(form.submit);

        expectNotifications("Periksa kembali isian yang ditandai.");
        for (Select<Expectation> value : form.valueRatings.values()) {
            assertThat(value.isInvalid()).isTrue();
            assertThat(value.getErrorMessage()).isEqualTo("Penilaian wajib dipilih");
        }
        assertThat(form.behaviourRating.isInvalid()).isTrue();
        assertThat(mainRow(form).isInvalid()).isFalse();
        assertThat(form.resultsRating.isInvalid()).isFalse();

        assertThat(journey.hasTask(appraisal, TASK_SUPERVISOR_REVIEW)).isTrue();
        Appraisal after = journey.reload(appraisal);
        assertThat(after.getReviewedAt()).isNull();
        assertThat(after.getResultsRating()).isNull();
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.rows(appraisal.getId()))).extracting(AgreementRow::getRating).containsOnlyNulls();
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.behaviour(appraisal.getId()))).extracting(BehaviourAssessment::getRating).containsOnlyNulls();
    }

    @Test
    void aDraftIsSavedAndResumedWhenTheTaskIsOpenedAgain() {
        SupervisorReviewEditor form = open();
        _setValue(additionalRow(form), AS_EXPECTED);
        _setValue(form.valueRatings.get(CoreValue.SERVICE_ORIENTED), ABOVE_EXPECTATION);
        _setValue(form.resultsRating, BELOW_EXPECTATION);
        _setValue(form.behaviourRating, AS_EXPECTED);

        _click(form.saveDraft);
        assertThat(form.status.getText()).startsWith("Draf disimpan pukul");

        SupervisorReviewEditor again = open();
        assertThat(again.status.getText()).startsWith("Melanjutkan draf yang disimpan");
        assertThat(mainRow(again).getValue()).isEqualTo(AS_EXPECTED);
        assertThat(additionalRow(again).getValue()).isEqualTo(AS_EXPECTED);
        assertThat(again.valueRatings.get(CoreValue.SERVICE_ORIENTED).getValue()).isEqualTo(ABOVE_EXPECTATION);
        assertThat(again.valueRatings.get(CoreValue.LOYAL).getValue()).isNull();
        // the appraiser's own results rating is kept, not replaced by the suggestion
        assertThat(again.resultsRating.getValue()).isEqualTo(BELOW_EXPECTATION);
        assertThat(again.resultsSuggestion.getText()).isEqualTo("Saran: Sesuai Ekspektasi");
        assertThat(again.behaviourRating.getValue()).isEqualTo(AS_EXPECTED);
        assertThat(again.preview.getText()).isEqualTo("Butuh Perbaikan");
        // a draft is not a review
        assertThat(journey.hasTask(appraisal, TASK_SUPERVISOR_REVIEW)).isTrue();
        assertThat(journey.reload(appraisal).getReviewedAt()).isNull();
    }

    @Test
    void aCompleteReviewIsStoredAndTheMatrixDecidesTheRating() {
        SupervisorReviewEditor form = open();
        _setValue(mainRow(form), ABOVE_EXPECTATION);
        form.valueRatings.values().forEach(v -> _setValue(v, ABOVE_EXPECTATION));
        _setValue(form.behaviourRating, ABOVE_EXPECTATION);
        assertThat(form.preview.getText()).isEqualTo("Sangat Baik");

        _click(form.submit);

        _get(InboxView.class);
        assertThat(journey.hasTask(appraisal, TASK_SUPERVISOR_REVIEW)).isFalse();
        Appraisal after = journey.reload(appraisal);
        assertThat(after.getResultsRating()).isEqualTo(ABOVE_EXPECTATION);
        assertThat(after.getSuggestedResultsRating()).isEqualTo(ABOVE_EXPECTATION);
        assertThat(after.getBehaviourRating()).isEqualTo(ABOVE_EXPECTATION);
        assertThat(after.getOriginalRating()).isEqualTo(PerformanceRating.VERY_GOOD);
        assertThat(after.getStage()).isEqualTo(Stage.CALIBRATION);
        List<AgreementRow> stored = SystemAuthentication.runAsSystem(() -> appraisals.rows(appraisal.getId()));
        assertThat(stored).extracting(AgreementRow::getRating).containsOnly(ABOVE_EXPECTATION);
        // the suggestion is kept beside the appraiser's rating
        assertThat(stored.get(0).getSuggestedRating()).isEqualTo(AS_EXPECTED);
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.behaviour(appraisal.getId()))).extracting(BehaviourAssessment::getRating)
                .hasSize(CoreValue.values().length).containsOnly(ABOVE_EXPECTATION);
    }
}
