package id.kinerjaflow.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The Chart.js configuration the chart sends to the browser. */
class ChartTest {

    private static JsonNode json(Chart chart) throws Exception {
        return new ObjectMapper().readTree(chart.configJson());
    }

    @Test
    void stackedHorizontalBarsPutTheCategoriesOnTheYAxis() throws Exception {
        Chart chart = new Chart().bars(List.of("Dinas A", "Dinas B"), true).stacked(true)
                .dataset(Chart.Dataset.of("Perencanaan", "#1676f3", List.of(5L, 2L)))
                .dataset(Chart.Dataset.of("Final", Chart.SUCCESS, List.of(1L, 0L)));

        JsonNode c = json(chart);

        assertThat(c.at("/type").asText()).isEqualTo("bar");
        assertThat(c.at("/data/labels").toString()).isEqualTo("[\"Dinas A\",\"Dinas B\"]");
        assertThat(c.at("/data/datasets/0/label").asText()).isEqualTo("Perencanaan");
        assertThat(c.at("/data/datasets/0/data").toString()).isEqualTo("[5,2]");
        assertThat(c.at("/data/datasets/0/backgroundColor").asText()).isEqualTo("#1676f3");
        assertThat(c.at("/data/datasets/1/backgroundColor").asText()).isEqualTo("var(--lumo-success-color)");
        assertThat(c.at("/options/indexAxis").asText()).isEqualTo("y");
        assertThat(c.at("/options/scales/x/stacked").asBoolean()).isTrue();
        assertThat(c.at("/options/scales/y/stacked").asBoolean()).isTrue();
        assertThat(c.at("/options/scales/x/ticks/precision").asInt()).isZero();
        assertThat(c.at("/kf/percentAxis").asBoolean()).isFalse();
    }

    @Test
    void percentBarsWithRangesForTheCurve() throws Exception {
        Chart chart = new Chart().bars(List.of("Baik"), false).percentAxis(true)
                .dataset(Chart.Dataset.of("Saat ini", Chart.PRIMARY, List.of(82)))
                .dataset(Chart.Dataset.ranges("Kurva", Chart.SUCCESS_SOFT, List.of(new Chart.Range(0, 70))));

        JsonNode c = json(chart);

        assertThat(c.at("/options/indexAxis").isMissingNode()).isTrue();
        assertThat(c.at("/options/scales/y/max").asInt()).isEqualTo(100);
        assertThat(c.at("/data/datasets/1/data").toString()).isEqualTo("[[0.0,70.0]]");
        assertThat(c.at("/kf/percentAxis").asBoolean()).isTrue();
    }

    @Test
    void aDoughnutHasAColourPerSliceAndNoAxes() throws Exception {
        Chart chart = new Chart().doughnut(List.of("A", "B"))
                .dataset(Chart.Dataset.coloured("Penilaian", List.of(3L, 1L), List.of("#111111", "#222222")));

        JsonNode c = json(chart);

        assertThat(c.at("/type").asText()).isEqualTo("doughnut");
        assertThat(c.at("/data/datasets/0/backgroundColor").toString()).isEqualTo("[\"#111111\",\"#222222\"]");
        assertThat(c.at("/options/scales").isMissingNode()).isTrue();
    }

    @Test
    void drawSendsTheConfigAndTheChartSaysWhatItShows() {
        Chart chart = new Chart().bars(List.of("A"), false).dataset(Chart.Dataset.of("n", "#000000", List.of(1L)))
                .ariaLabel("Jumlah penilaian").draw();

        assertThat(chart.getElement().getProperty("config")).isEqualTo(chart.configJson());
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Jumlah penilaian");
        assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
    }
}
