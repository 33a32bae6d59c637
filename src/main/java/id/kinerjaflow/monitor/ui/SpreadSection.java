package id.kinerjaflow.monitor.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

import id.kinerjaflow.base.ui.Chart;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.calibration.CalibrationService.Deviation;
import id.kinerjaflow.calibration.ui.CurveText;
import id.kinerjaflow.monitor.CycleDashboardService.Spread;
import id.kinerjaflow.monitor.CycleDashboardService.UnitSpread;
import id.kinerjaflow.rating.PerformanceRating;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The dashboard's spread of ratings against the distribution curve: for all units, the share of
 * each rating and each unit's standing; for one unit with its unit rating, each band of its curve
 * with the current share against the range allowed. A table beside the chart holds the same figures.
 */
class SpreadSection extends Composite<Div> {

    /** The ratings' colours, from the best to the worst. */
    static final List<String> RATING_COLOURS = List.of("#009e73", "#56b4e9", "#e69f00", "#d55e00", "#a23b3b");

    private final CurveText words = new CurveText(this);
    final Chart chart = new Chart();
    final Grid<UnitSpread> grid = new Grid<>();
    final Grid<Deviation> bandGrid = new Grid<>();
    final Span hint = FormKit.hint("");

    SpreadSection() {
        configureGrids();
    }

    @Override
    protected Div initContent() {
        hint.setId("spread-hint");
        chart.setHeight("16rem");
        return FormKit.section(getTranslation("dashboard.spread"), hint, DashboardLayout.pair(chart, grid, bandGrid));
    }

    /** Shows the spread of all units, or of the chosen unit. */
    void show(Spread spread, Long unitId) {
        Optional<UnitSpread> one = unitId == null ? Optional.empty()
                : spread.units().stream().filter(u -> u.unitId().equals(unitId)).findFirst();
        boolean againstCurve = one.isPresent() && one.get().unitRating() != null;
        if (againstCurve) {
            showBands(one.get());
        } else {
            List<UnitSpread> units = unitId == null ? spread.units() : one.map(List::of).orElse(List.of());
            ToLongFunction<PerformanceRating> count = unitId == null ? spread::count
                    : r -> one.map(u -> u.count(r)).orElse(0L);
            showShares(units, count);
        }
        chart.legend(againstCurve).ariaLabel(getTranslation("dashboard.spread.aria")).draw();
    }

    /** One unit with its unit rating: each band of its curve, current share against the range allowed. */
    private void showBands(UnitSpread unit) {
        List<Deviation> bands = unit.deviations();
        chart.bars(bands.stream().map(d -> words.ratings(d.ratings())).toList(), false)
                .stacked(false).percentAxis(true)
                .dataset(Chart.Dataset.of(getTranslation("dashboard.spread.current"), Chart.PRIMARY,
                        bands.stream().map(d -> (Number) CurveText.percent(d.share())).toList()))
                .dataset(Chart.Dataset.ranges(getTranslation("dashboard.spread.curve"), Chart.SUCCESS_SOFT,
                        bands.stream().map(d -> new Chart.Range(d.minShare() == null ? 0 : CurveText.percent(d.minShare()),
                                d.maxShare() == null ? 100 : CurveText.percent(d.maxShare()))).toList()));
        hint.setText(getTranslation("dashboard.spread.unitHint",
                getTranslation("unitRating." + unit.unitRating().name()), unit.rated()));
        bandGrid.setItems(bands);
        bandGrid.setVisible(true);
        grid.setVisible(false);
    }

    /** The share of each rating over the units given, and each unit's standing. */
    private void showShares(List<UnitSpread> units, ToLongFunction<PerformanceRating> count) {
        List<PerformanceRating> ratings = Arrays.asList(PerformanceRating.values());
        long rated = ratings.stream().mapToLong(count).sum();
        chart.bars(ratings.stream().map(words::rating).toList(), false).stacked(false).percentAxis(true)
                .dataset(Chart.Dataset.coloured(getTranslation("dashboard.spread.current"),
                        ratings.stream().map(r -> (Number) (rated == 0 ? 0 : Math.round(100.0 * count.applyAsLong(r) / rated)))
                                .toList(), RATING_COLOURS));
        hint.setText(getTranslation("dashboard.spread.allHint", rated));
        grid.setItems(units);
        DashboardLayout.fitHeight(grid, units.size());
        grid.setVisible(true);
        bandGrid.setVisible(false);
    }

    private void configureGrids() {
        grid.setId("spread-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(UnitSpread::unitName).setHeader(getTranslation("dashboard.col.unit")).setKey("unit")
                .setWidth("8rem").setFlexGrow(1);
        grid.addColumn(u -> u.unitRating() == null ? getTranslation("dashboard.spread.noUnitRating")
                : getTranslation("unitRating." + u.unitRating().name())).setHeader(getTranslation("dashboard.col.unitRating"))
                .setKey("unitRating").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(UnitSpread::rated).setHeader(getTranslation("dashboard.col.rated")).setKey("rated")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::standing).setHeader(getTranslation("dashboard.col.curve")).setKey("curve")
                .setWidth("10rem").setFlexGrow(2);
        grid.setPartNameGenerator(u -> u.fits() ? null : "kf-deviates");

        bandGrid.setId("band-grid");
        bandGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        bandGrid.addColumn(d -> words.ratings(d.ratings())).setHeader(getTranslation("dashboard.col.band")).setKey("band")
                .setWidth("9rem").setFlexGrow(1);
        bandGrid.addColumn(Deviation::count).setHeader(getTranslation("dashboard.col.count")).setKey("count")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        bandGrid.addColumn(d -> CurveText.percent(d.share()) + " %").setHeader(getTranslation("dashboard.col.share"))
                .setKey("share").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        bandGrid.addColumn(words::standing).setHeader(getTranslation("dashboard.col.curve")).setKey("curve")
                .setWidth("10rem").setFlexGrow(2);
        bandGrid.setPartNameGenerator(d -> d.fits() ? null : "kf-deviates");
        bandGrid.setAllRowsVisible(true);
        bandGrid.setVisible(false);
    }

    /** The unit's standing against its curve in words: the deviations, or that it fits. */
    String standing(UnitSpread u) {
        if (u.unitRating() == null) {
            return getTranslation("dashboard.spread.noCurve");
        }
        if (u.rated() == 0) {
            return getTranslation("dashboard.spread.noneRated");
        }
        List<String> off = u.deviations().stream().filter(d -> !d.fits()).map(words::standing).toList();
        return off.isEmpty() ? getTranslation("dashboard.spread.fits") : String.join("; ", off);
    }
}
