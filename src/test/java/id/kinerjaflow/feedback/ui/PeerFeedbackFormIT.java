package id.kinerjaflow.feedback.ui;

import id.kinerjaflow.cycle.CycleBatchJobs;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectValid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kinerjaflow.KaribuTest;
import id.kinerjaflow.appraisal.AgreementService;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.AppraisalTestUnit;
import id.kinerjaflow.appraisal.SelfReviewService;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.feedback.FeedbackService;
import id.kinerjaflow.feedback.PeerFeedback;
import id.kinerjaflow.inbox.ui.InboxView;
import id.kinerjaflow.org.OrganisationImportService;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.process.Workflow;
import id.kinerjaflow.rating.CoreValue;
import id.kinerjaflow.rating.Expectation;
import id.kinerjaflow.security.SystemAuthentication;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The peer feedback form, opened by the colleague the employee nominated in the self-review. */
class PeerFeedbackFormIT extends KaribuTest {

    @Autowired OrganisationImportService importer;
    @Autowired OrganisationService organisation;
    @Autowired CycleService cycles;
    @Autowired AppraisalService appraisals;
    @Autowired AgreementService agreements;
    @Autowired SelfReviewService selfReviews;
    @Autowired FeedbackService feedback;
    @Autowired Workflow workflow;

    AppraisalTestUnit unit;
    Long appraisalId;

    @BeforeEach
    void aColleagueIsAskedForFeedback() {
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
        Map<Long, BigDecimal> actuals = new HashMap<>();
        SystemAuthentication.runAsSystem(() -> appraisals.rows(appraisalId)).forEach(r -> r.getIndicators().forEach(i -> actuals.put(i.getId(), BigDecimal.TEN)));
        Map<CoreValue, String> reflections = new EnumMap<>(CoreValue.class);
        for (CoreValue v : CoreValue.values()) {
            reflections.put(v, "Refleksi " + v.name().toLowerCase());
        }
        unit.as(unit.staffUser(0), () -> {
            selfReviews.submit(appraisalId, new SelfReviewService.SelfReview(actuals, reflections,
                    List.of(unit.staffId(1))));
            return null;
        });
    }

    private String feedbackTask() {
        return workflow.openTask(ProcessIds.Appraisal.PROCESS, appraisalId.toString(),
                ProcessIds.Appraisal.TASK_GIVE_PEER_FEEDBACK).orElseThrow().id();
    }

    private PeerFeedbackForm open() {
        login(unit.staffUser(1));
        UI.getCurrent().navigate("tugas/" + feedbackTask());
        return _get(PeerFeedbackForm.class);
    }

    private PeerFeedback mine() {
        return SystemAuthentication.runAsSystem(() -> feedback.feedbackFor(appraisalId)).stream().filter(f -> f.getPeer().getId().equals(unit.staffId(1)))
                .findFirst().orElseThrow();
    }

    private static List<String> notificationTexts() {
        return getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    @Test
    void theColleagueRatesEveryValueWithACommentAndSends() {
        PeerFeedbackForm form = open();
        assertThat(form.ratings).hasSize(7);
        assertThat(form.ratings.get(CoreValue.ACCOUNTABLE).getHelperText()).contains("Jujur");
        for (CoreValue value : CoreValue.values()) {
            _setValue(form.ratings.get(value), value == CoreValue.COLLABORATIVE ? Expectation.ABOVE_EXPECTATION
                    : Expectation.AS_EXPECTED);
        }
        _setValue(form.comment, "Selalu siap membantu rekan satu tim.");

        _click(form.submit);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(InboxView.class);
        PeerFeedback given = mine();
        assertThat(given.getStatus()).isEqualTo(PeerFeedback.Status.GIVEN);
        assertThat(given.getComment()).isEqualTo("Selalu siap membantu rekan satu tim.");
        assertThat(given.getRatings()).hasSize(7).containsEntry(CoreValue.COLLABORATIVE, Expectation.ABOVE_EXPECTATION)
                .containsEntry(CoreValue.LOYAL, Expectation.AS_EXPECTED);
        assertThat(workflow.openTask(ProcessIds.Appraisal.PROCESS, appraisalId.toString(),
                ProcessIds.Appraisal.TASK_GIVE_PEER_FEEDBACK)).isEmpty();
    }

    @Test
    void aValueLeftUnratedAndAMissingCommentAreMarkedAndNothingIsSent() {
        PeerFeedbackForm form = open();
        for (CoreValue value : CoreValue.values()) {
            if (value != CoreValue.LOYAL) {
                _setValue(form.ratings.get(value), Expectation.AS_EXPECTED);
            }
        }

        clearNotifications();
        _click(form.submit);

        _expectInvalid(form.ratings.get(CoreValue.LOYAL), "Wajib diisi");
        _expectValid(form.ratings.get(CoreValue.ADAPTIVE));
        _expectInvalid(form.comment, "Wajib diisi");
        assertThat(notificationTexts()).containsExactly("Periksa kembali isian yang ditandai.");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(InboxView.class);
        assertThat(mine().getStatus()).isEqualTo(PeerFeedback.Status.REQUESTED);
        assertThat(mine().getRatings()).isEmpty();

        // the comment alone missing is refused too
        _setValue(form.ratings.get(CoreValue.LOYAL), Expectation.BELOW_EXPECTATION);
        _setValue(form.comment, "   ");
        _click(form.submit);
        _expectInvalid(form.comment, "Wajib diisi");
        assertThat(mine().getStatus()).isEqualTo(PeerFeedback.Status.REQUESTED);
        assertThat(workflow.openTask(ProcessIds.Appraisal.PROCESS, appraisalId.toString(),
                ProcessIds.Appraisal.TASK_GIVE_PEER_FEEDBACK)).isPresent();
    }

    @Test
    void aDraftIsSavedAndResumed() {
        PeerFeedbackForm form = open();
        assertThat(form.status.getText()).isEqualTo("Belum disimpan");
        _setValue(form.ratings.get(CoreValue.SERVICE_ORIENTED), Expectation.ABOVE_EXPECTATION);
        _setValue(form.ratings.get(CoreValue.HARMONIOUS), Expectation.BELOW_EXPECTATION);
        _setValue(form.comment, "Masih saya lengkapi.");

        _click(form.saveDraft);
        assertThat(form.status.getText()).startsWith("Draf disimpan pukul");

        PeerFeedbackForm again = open();
        assertThat(again.ratings.get(CoreValue.SERVICE_ORIENTED).getValue()).isEqualTo(Expectation.ABOVE_EXPECTATION);
        assertThat(again.ratings.get(CoreValue.HARMONIOUS).getValue()).isEqualTo(Expectation.BELOW_EXPECTATION);
        assertThat(again.ratings.get(CoreValue.LOYAL).getValue()).isNull();
        assertThat(again.comment.getValue()).isEqualTo("Masih saya lengkapi.");
        assertThat(again.status.getText()).startsWith("Melanjutkan draf yang disimpan");
        assertThat(mine().getStatus()).isEqualTo(PeerFeedback.Status.REQUESTED);
    }

    @Test
    void onlyTheNominatedColleagueOpensTheTask() {
        String task = feedbackTask();
        login(unit.staffUser(2));
        UI.getCurrent().navigate("tugas/" + task);
        _get(com.vaadin.flow.component.html.Div.class, s -> s.withId("task-unavailable"));
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(PeerFeedbackForm.class);
        assertThat(mine().getStatus()).isEqualTo(PeerFeedback.Status.REQUESTED);
    }
}
