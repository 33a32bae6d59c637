package id.kinerjaflow.audit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import id.kinerjaflow.KaribuTest;
import id.kinerjaflow.audit.AuditTexts;
import id.kinerjaflow.audit.AuditTrail;
import id.kinerjaflow.audit.TrailVerification;
import id.kinerjaflow.appraisal.UnitUnderCalibration;
import id.kinerjaflow.calibration.CalibrationService;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.rating.PerformanceRating;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The auditors' search: by NIP, by cycle and flag, and the result as CSV. */
class AuditSearchViewIT extends KaribuTest {

    @Autowired CalibrationService calibrations;
    @Autowired CycleService cycles;

    @Test
    void anAuditorFindsTheAppraisalsOfAUnitAndThoseCalibrationChangedAndDownloadsThem() {
        UnitUnderCalibration u = new UnitUnderCalibration(context).readyForTheBoard("GOOD");
        Long changedId = u.staff.get(0).getId();
        u.unit.as("board", () -> calibrations.changeRating(u.calibration.getId(), changedId, PerformanceRating.VERY_GOOD,
                "Inovasi layanan diakui provinsi."));
        u.unit.as("board", () -> {
            calibrations.approve(u.calibration.getId());
            return null;
        });
        String nip = u.unit.staffUser(0);

        login("auditor");
        UI.getCurrent().navigate(AuditSearchView.class);
        AuditSearchView view = _get(AuditSearchView.class);

        view.text.setValue(nip);
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormatted(view.grid, 0, "employee")).contains(nip);
        assertThat(_getFormatted(view.grid, 0, "rating")).as("final only after the appeal window").isEmpty();
        assertThat(_getFormatted(view.grid, 0, "flags")).isEqualTo("Diubah kalibrasi");
        assertThat(view.total.getText()).isEqualTo("1 penilaian");

        view.text.clear();
        view.cycle.setValue(cycles.cycle(u.unit.cycleId()));
        assertThat(_size(view.grid)).isEqualTo(3);
        view.changed.setValue(true);
        assertThat(_size(view.grid)).isEqualTo(1);
        view.changed.setValue(false);
        view.appealed.setValue(true);
        assertThat(_size(view.grid)).isZero();
        view.appealed.setValue(false);
        view.overdue.setValue(true);
        assertThat(_size(view.grid)).as("every task done before its due date").isZero();
        view.overdue.setValue(false);

        String csv = new String(view.csv(), StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(4);
        assertThat(csv).contains("\"" + changedId + "\",").contains("\"" + nip + "\"")
                .contains("\"\",\"ya\",\"tidak\",\"tidak\"");
    }

    @Test
    void anAuditorVerifiesTheTrailFromTheSearch() {
        login("auditor");
        UI.getCurrent().navigate(AuditSearchView.class);

        AuditSearchView view = _get(AuditSearchView.class);

        // the check runs in the background, on the auditor's behalf; the page shows its progress
        _click(_get(Button.class, spec -> spec.withId("audit-verify")));
        TrailVerification.Run run = view.running;
        assertThat(run).isNotNull();
        assertThat(view.verify.isEnabled()).as("one check at a time").isFalse();
        AuditTrail.Verification v = run.result().join();
        assertThat(v.intact()).isTrue();
        assertThat(run.checked()).isEqualTo(v.checked()).isEqualTo(run.total());

        // the next poll shows the result
        view.showVerification();
        Span result = _get(Span.class, spec -> spec.withId("audit-verify-result"));
        // how many of how many, from when to when; everything written so far was sealed first
        assertThat(v.checked()).isPositive();
        assertThat(result.getText()).startsWith("Rantai hash jejak audit utuh: ")
                .contains(AuditTexts.count(v.checked(), UI.getCurrent().getLocale()) + " dari ")
                .contains(" entri diperiksa, dari " + AuditTexts.dateTime(v.first(), UI.getCurrent().getLocale())
                        + " sampai " + AuditTexts.dateTime(v.last(), UI.getCurrent().getLocale()));
        assertThat(result.getElement().getThemeList()).contains("badge", "success");
        assertThat(view.verifyBar.isVisible()).isFalse();
        assertThat(view.verify.isEnabled()).isTrue();
        assertThat(view.running).isNull();
    }
}
