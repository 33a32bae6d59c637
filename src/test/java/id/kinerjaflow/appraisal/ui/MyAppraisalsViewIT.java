package id.kinerjaflow.appraisal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import id.kinerjaflow.KaribuTest;
import id.kinerjaflow.appeal.AppealService;
import id.kinerjaflow.appraisal.AgreementRow;
import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.RatingChanges;
import id.kinerjaflow.appraisal.UnitUnderCalibration;
import id.kinerjaflow.audit.FullAppraisal;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.calibration.CalibrationService;
import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.cycle.CycleSettings;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.rating.PerformanceRating;
import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.security.SystemAuthentication;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Penilaian saya": an employee sees their own appraisal, its stage, agreement and result, and only theirs. */
class MyAppraisalsViewIT extends KaribuTest {

    @Autowired AppraisalService appraisals;
    @Autowired CalibrationService calibrations;
    @Autowired AppealService appeals;
    @Autowired RatingChanges changes;
    @Autowired CycleService cycles;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;

    private void open(String user) {
        login(user);
        UI.getCurrent().navigate(MyAppraisalsView.class);
    }

    private static String state(String stage) {
        return _get(ListItem.class, spec -> spec.withId("step-" + stage)).getElement().getAttribute("data-state");
    }

    private static String text(Class<? extends Component> type, String id) {
        return _get(type, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private void fireAppealWindowTimer(Long appraisalId) {
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessIds.Appraisal.PROCESS)
                .processInstanceBusinessKey(appraisalId.toString()).singleResult().getId();
        Job job = management.createJobQuery().processInstanceId(instance)
                .activityId(ProcessIds.Appraisal.EVENT_APPEAL_WINDOW_CLOSED).singleResult();
        management.executeJob(job.getId());
    }

    @Test
    void anEmployeeFollowsTheirAppraisalFromAgreementToResultAndSeesPastCycles() {
        UnitUnderCalibration u = new UnitUnderCalibration(context).agreed();
        String me = u.unit.staffUser(0);
        Appraisal mine = u.reload(0);

        // agreed, waiting for the review phase: the timeline and the agreement, no result yet
        open(me);
        assertThat(state("AGREEMENT")).isEqualTo("DONE");
        assertThat(state("AWAITING_REVIEW_PHASE")).isEqualTo("CURRENT");
        assertThat(state("SELF_REVIEW")).isEqualTo("TO_COME");
        assertThat(state("FINAL")).isEqualTo("TO_COME");
        assertThat(text(FlexLayout.class, "my-current")).contains(mine.getEmployee().getName()).contains(me)
                .contains(mine.getCycle().getName());
        AgreementRow row = SystemAuthentication.runAsSystem(() -> appraisals.rows(mine.getId())).get(0);
        assertThat(text(Div.class, "rhk-" + row.getId())).contains("RHK utama").contains("Pengolahan data layanan")
                .contains("target 10 dokumen").contains("Kuantitas");
        assertThat(text(Div.class, "my-agreement")).contains("Disetujui pejabat penilai");
        assertThat(text(Div.class, "my-result")).contains("Hasil akan tampil");
        assertThat(text(Div.class, "my-past")).contains("Belum ada periode sebelumnya");

        // reviewed Baik, calibrated down to Butuh Perbaikan, released
        u.selfReviewed().allReviewedGood().unitRated("GOOD");
        u.unit.as("board", () -> calibrations.changeRating(u.calibration.getId(), mine.getId(), PerformanceRating.NEEDS_IMPROVEMENT,
                "Dua RHK utama di bawah target."));
        // calibration is the board's work until it releases the results: the employee sees nothing of it yet
        open(me);
        assertThat(text(Div.class, "my-result")).doesNotContain("Dua RHK utama di bawah target.");
        assertThat(changes.of(u.reload(0))).isEmpty();
        u.unit.as("board", () -> {
            calibrations.approve(u.calibration.getId());
            return null;
        });
        open(me);
        // the employee learns why: from and to, the board's reason, who and when
        String board = users.find("board").orElseThrow().displayName();
        RatingChanges.Change change = changes.of(u.reload(0)).get(0);
        assertThat(text(Div.class, "rating-changes")).contains("Perubahan oleh Tim Penilai Kinerja")
                .contains("Baik \u2192 Butuh Perbaikan").contains("Dua RHK utama di bawah target.")
                .contains("Oleh " + board + ", " + FormKit.dateTime(change.at()));
        assertThat(state("CALIBRATION")).isEqualTo("DONE");
        assertThat(state("RESULT")).isEqualTo("CURRENT");
        assertThat(text(Div.class, "result-original")).contains("Baik");
        assertThat(text(Div.class, "result-calibrated")).contains("Butuh Perbaikan");
        assertThat(text(Div.class, "result-final")).contains("Menunggu masa keberatan berakhir");
        assertThat(text(Div.class, "my-result")).contains("Keberatan dapat diajukan sampai");

        // no appeal: the result becomes final; a new cycle starts and the old one is a past cycle
        u.unit.as(me, () -> {
            appeals.acknowledge(mine.getId());
            return null;
        });
        fireAppealWindowTimer(mine.getId());
        // final without an appeal: the appeal stage is passed over, not done
        open(me);
        assertThat(state("FINAL")).isEqualTo("CURRENT");
        assertThat(state("RESULT")).isEqualTo("DONE");
        assertThat(state("APPEAL")).isEqualTo("SKIPPED");
        assertThat(text(ListItem.class, "step-APPEAL")).contains("Keberatan (tidak diajukan)");
        Instant now = Instant.now();
        AppraisalCycle next = SystemAuthentication.runAsSystem(() -> cycles.create(new CycleSettings(2027,
                "Periode Berikut " + mine.getId(), now.plus(30, ChronoUnit.DAYS), now.plus(60, ChronoUnit.DAYS), 7,
                now.plus(90, ChronoUnit.DAYS), 14)));
        Appraisal nextOne = SystemAuthentication.runAsSystem(() -> appraisals.start(next.getId(), u.unit.staffId(0)));
        open(me);
        assertThat(state("AGREEMENT")).isEqualTo("CURRENT");
        assertThat(text(FlexLayout.class, "my-current")).contains(next.getName());
        assertThat(text(Div.class, "my-agreement")).contains("Belum ada RHK");
        assertThat(text(Div.class, "past-" + mine.getId())).contains(mine.getCycle().getName()).contains("Butuh Perbaikan");
        assertThat(_find(Div.class, spec -> spec.withId("past-" + nextOne.getId()))).isEmpty();
    }

    @Test
    void anAppealedAppraisalShowsItsAppealStageDone() {
        FullAppraisal full = FullAppraisal.of(context);
        open(full.staffUser());
        assertThat(state("FINAL")).isEqualTo("CURRENT");
        assertThat(state("APPEAL")).isEqualTo("DONE");
        assertThat(text(ListItem.class, "step-APPEAL")).contains("Keberatan (bila ada)");
    }

    @Test
    void nobodySeesAnotherEmployeesAppraisal() {
        UnitUnderCalibration u = new UnitUnderCalibration(context).agreed();
        Appraisal first = u.reload(0);
        Appraisal second = u.reload(1);
        Long firstRow = SystemAuthentication.runAsSystem(() -> appraisals.rows(first.getId())).get(0).getId();
        Long secondRow = SystemAuthentication.runAsSystem(() -> appraisals.rows(second.getId())).get(0).getId();

        open(u.unit.staffUser(1));
        assertThat(text(FlexLayout.class, "my-current")).contains(second.getEmployee().getName())
                .doesNotContain(first.getEmployee().getName());
        assertThat(_find(Div.class, spec -> spec.withId("rhk-" + secondRow))).hasSize(1);
        assertThat(_find(Div.class, spec -> spec.withId("rhk-" + firstRow))).isEmpty();

        // the service behind it gives a colleague nothing, whatever employee id is asked for
        AppUser colleague = users.find(u.unit.staffUser(1)).orElseThrow();
        assertThat(appraisals.appraisalsOfEmployee(first.getEmployee().getId(), colleague)).isEmpty();
        assertThat(appraisals.appraisalsOfEmployee(second.getEmployee().getId(), colleague))
                .extracting(Appraisal::getId).containsExactly(second.getId());

        // an account without an employee has no appraisal to show
        open("admin");
        assertThat(_find(Div.class, spec -> spec.withId("my-no-employee"))).hasSize(1);
        assertThat(_find(ListItem.class, spec -> spec.withId("step-AGREEMENT"))).isEmpty();
    }
}
