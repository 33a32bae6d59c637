package id.kinerjaflow.monitor.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import id.kinerjaflow.KaribuTest;
import id.kinerjaflow.appraisal.UnitUnderCalibration;
import id.kinerjaflow.cycle.ui.CycleView;
import id.kinerjaflow.monitor.CycleDashboardService.UnitStages;
import id.kinerjaflow.monitor.CycleFixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

/**
 * The cycle dashboard as HR sees it: the charts get the figures of the cycle, the tables beside
 * them say the same, the overdue tasks export as CSV, and the unit filter narrows everything.
 */
class CycleDashboardViewIT extends KaribuTest {

    private CycleDashboardView open(Long cycleId) {
        login("hr");
        UI.getCurrent().navigate("periode/" + cycleId + "/dasbor");
        CycleDashboardView view = _get(CycleDashboardView.class);
        // the browser asks for the figures after the first paint; Karibu runs no JavaScript
        assertThat(view.content.isVisible()).isFalse();
        view.load();
        assertThat(view.content.isVisible()).isTrue();
        return view;
    }

    @Test
    void showsTheStagesPerUnitAndInTotalAsChartsAndTables() {
        CycleFixture f = new CycleFixture(context);
        CycleDashboardView view = open(f.cycleId);

        assertThat(view.title.getText()).contains(f.unit.staff.get(0).getCycle().getName());
        assertThat(view.facts.getElement().getTextRecursively()).contains("Penilaian").contains("4");

        JsonNode units = view.unitChart.config();
        assertThat(units.at("/options/indexAxis").asText()).isEqualTo("y");
        assertThat(units.at("/options/scales/x/stacked").asBoolean()).isTrue();
        String testUnit = f.unit.staff.get(0).getUnit().getName();
        assertThat(units.at("/data/labels/0").asText()).isEqualTo(DashboardLayout.shortLabel(testUnit));
        assertThat(units.at("/data/labels").size()).isEqualTo(2);
        assertThat(units.at("/data/datasets/0/label").asText()).isEqualTo("Perencanaan SKP");
        assertThat(units.at("/data/datasets/0/data").toString()).isEqualTo("[2,1]");
        assertThat(units.at("/data/datasets/1/label").asText()).isEqualTo("Pelaksanaan (menunggu masa penilaian)");
        assertThat(units.at("/data/datasets/1/data").toString()).isEqualTo("[1,0]");
        assertThat(view.unitChart.getElement().getProperty("config")).isEqualTo(view.unitChart.configJson());

        assertThat(_size(view.unitGrid)).isEqualTo(2);
        assertThat(_getFormatted(view.unitGrid, 0, "unit")).isEqualTo(testUnit);
        assertThat(_getFormatted(view.unitGrid, 0, "stage-AGREEMENT")).isEqualTo("2");
        assertThat(_getFormatted(view.unitGrid, 0, "total")).isEqualTo("3");
        assertThat(view.unitGrid.getColumnByKey("stage-FINAL").isVisible()).isFalse();

        JsonNode total = view.totalChart.config();
        assertThat(total.at("/type").asText()).isEqualTo("doughnut");
        assertThat(total.at("/data/datasets/0/data").toString()).isEqualTo("[3,1]");
        assertThat(_size(view.totalGrid)).isEqualTo(2);
        assertThat(_getFormatted(view.totalGrid, 0, "count")).isEqualTo("3");
        assertThat(_getFormatted(view.totalGrid, 0, "share")).isEqualTo("75 %");
    }

    @Test
    void listsTheOverdueTasksAndExportsThemAsCsv() {
        CycleFixture f = new CycleFixture(context);
        CycleDashboardView view = open(f.cycleId);

        assertThat(_size(view.overdue.grid)).isEqualTo(2);
        assertThat(view.overdue.count.getText()).isEqualTo("2 tugas melewati tenggat");
        assertThat(_getFormatted(view.overdue.grid, 0, "holder")).isEqualTo("Kelompok: BKD / Kepegawaian");
        assertThat(_getFormatted(view.overdue.grid, 0, "days")).isEqualTo("10");
        assertThat(_getFormatted(view.overdue.grid, 1, "employee")).isEqualTo("Bayu Pratama");
        assertThat(_getFormatted(view.overdue.grid, 1, "holder")).isEqualTo(f.unit.unit.staffUser(1));
        assertThat(view.overdue.export.isEnabled()).isTrue();
        assertThat(view.overdue.export.getElement().hasAttribute("download")).isTrue();

        String csv = view.overdue.csv();
        String[] lines = csv.split("\r\n");
        assertThat(csv).startsWith("\uFEFF");
        // the app's one CSV dialect (base/Csv): comma, every field quoted, CRLF
        assertThat(lines[0]).isEqualTo("\uFEFF\"Tugas\",\"Pegawai\",\"NIP\",\"Unit kerja\",\"Pemegang\",\"Tenggat\",\"Hari terlambat\"");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).contains(",\"Kelompok: BKD / Kepegawaian\",").endsWith(",\"10\"");
        assertThat(lines[2]).startsWith("\"Susun SKP (perjanjian kinerja)\",\"Bayu Pratama\",\"" + f.unit.unit.staffUser(1) + "\",")
                .endsWith(",\"7\"");
    }

    @Test
    void theUnitFilterNarrowsEveryPart() {
        CycleFixture f = new CycleFixture(context);
        CycleDashboardView view = open(f.cycleId);
        UnitStages other = _fetch(view.unitGrid, 0, 10).stream().filter(u -> u.unitId().equals(f.otherUnitId))
                .findFirst().orElseThrow();

        _setValue(view.unit, other);

        assertThat(view.unitChart.config().at("/data/labels").size()).isEqualTo(1);
        assertThat(_size(view.unitGrid)).isEqualTo(1);
        assertThat(view.totalChart.config().at("/data/datasets/0/data").toString()).isEqualTo("[1]");
        assertThat(_size(view.overdue.grid)).isZero();
        assertThat(view.overdue.export.isEnabled()).isFalse();

        _setValue(view.unit, null);
        assertThat(_size(view.overdue.grid)).isEqualTo(2);
    }

    @Test
    void showsTheSpreadAgainstTheCurveInWordsAndPerBandForOneUnit() {
        UnitUnderCalibration u = new UnitUnderCalibration(context).readyForTheBoard("GOOD");
        CycleDashboardView view = open(u.unit.cycleId());

        // all units: the spread in total, and each unit's deviations in words
        assertThat(view.spreadSection.chart.config().at("/data/datasets/0/data").toString()).isEqualTo("[0,100,0,0,0]");
        assertThat(_size(view.spreadSection.grid)).isEqualTo(1);
        assertThat(_getFormatted(view.spreadSection.grid, 0, "unitRating")).isEqualTo("Baik");
        assertThat(_getFormatted(view.spreadSection.grid, 0, "curve")).contains("Baik 100 % > 70 %");

        // one unit: its bands, the current share against the range the curve allows
        _setValue(view.unit, _fetch(view.unitGrid, 0, 10).get(0));
        assertThat(view.spreadSection.bandGrid.isVisible()).isTrue();
        assertThat(view.spreadSection.grid.isVisible()).isFalse();
        JsonNode chart = view.spreadSection.chart.config();
        assertThat(chart.at("/data/datasets").size()).isEqualTo(2);
        assertThat(chart.at("/data/datasets/1/label").asText()).isEqualTo("Rentang kurva");
        assertThat(chart.at("/kf/percentAxis").asBoolean()).isTrue();
        assertThat(_fetch(view.spreadSection.bandGrid, 0, 10)).anySatisfy(d -> assertThat(d.band()).isEqualTo("GOOD_GOOD_MAX"));
        assertThat(view.spreadSection.hint.getText()).contains("Predikat organisasi Baik");
    }

    @Test
    void anUnknownCycleGoesBackToTheCycles() {
        login("hr");
        UI.getCurrent().navigate("periode/999999999/dasbor");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CycleView.class);
    }
}
