package id.kinerjaflow.calibration.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import id.kinerjaflow.calibration.CalibrationService.Deviation;
import id.kinerjaflow.rating.PerformanceRating;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The unit's current spread of ratings as horizontal bars against the curve's bands, drawn with
 * plain elements and CSS widths (no chart library): one bar per rating, and one more per band that
 * counts several ratings together. The band's allowed range is the green zone behind the bar; a
 * bar outside it is red. Each row also says it in words, for screen readers and for print.
 */
class SpreadChart extends Div {

    /** One bar: what it counts, the current share, and the band it is held against (if any). */
    record Bar(String key, String label, long count, double share, Deviation band) {
    }

    private final CurveText words;

    SpreadChart(CurveText words) {
        this.words = words;
        setId("spread-chart");
        addClassNames("kf-spread-chart", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        setWidthFull();
    }

    /** The bars for these current ratings against these bands. */
    static List<Bar> bars(Collection<PerformanceRating> current, List<Deviation> bands, CurveText words) {
        int total = current.size();
        List<Bar> bars = new ArrayList<>();
        for (PerformanceRating r : PerformanceRating.values()) {
            long count = current.stream().filter(r::equals).count();
            Deviation band = bands.stream().filter(d -> d.ratings().equals(List.of(r))).findFirst().orElse(null);
            bars.add(new Bar(r.name(), words.rating(r), count, total == 0 ? 0 : (double) count / total, band));
        }
        for (Deviation d : bands) {
            if (d.ratings().size() > 1) {
                bars.add(new Bar(d.band(), words.ratings(d.ratings()), d.count(), d.share(), d));
            }
        }
        return bars;
    }

    void show(Collection<PerformanceRating> current, List<Deviation> bands) {
        removeAll();
        for (Bar bar : bars(current, bands, words)) {
            add(row(bar));
        }
        Span legend = new Span(getTranslation("calibrationForm.chartLegend"));
        legend.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        add(legend);
    }

    private Div row(Bar bar) {
        long pct = CurveText.percent(bar.share());
        boolean fits = bar.band() == null || bar.band().fits();

        Span label = new Span(bar.label());
        label.addClassNames(LumoUtility.FontSize.SMALL);
        label.getStyle().set("flex", "0 1 11rem").set("min-width", "8rem");

        Div track = new Div();
        track.addClassNames(LumoUtility.Background.CONTRAST_5, LumoUtility.BorderRadius.SMALL);
        track.getStyle().set("position", "relative").set("height", "1.25rem").set("flex", "1 1 12rem")
                .set("min-width", "8rem").set("overflow", "hidden");
        if (bar.band() != null && (bar.band().minShare() != null || bar.band().maxShare() != null)) {
            double from = bar.band().minShare() == null ? 0 : bar.band().minShare();
            double to = bar.band().maxShare() == null ? 1 : bar.band().maxShare();
            Div zone = new Div();
            zone.addClassName("kf-curve-zone");
            zone.getStyle().set("position", "absolute").set("top", "0").set("bottom", "0")
                    .set("left", CurveText.percent(from) + "%")
                    .set("width", Math.max(0, CurveText.percent(to) - CurveText.percent(from)) + "%")
                    .set("background", "var(--lumo-success-color-10pct)")
                    .set("border-left", "2px dashed var(--lumo-success-color-50pct)")
                    .set("border-right", "2px dashed var(--lumo-success-color-50pct)");
            track.add(zone);
        }
        Div fill = new Div();
        fill.addClassName(fits ? "kf-bar-fits" : "kf-bar-deviates");
        fill.getStyle().set("position", "absolute").set("top", "0.25rem").set("bottom", "0.25rem").set("left", "0")
                .set("width", pct + "%").set("min-width", bar.count() > 0 ? "2px" : "0")
                .set("border-radius", "var(--lumo-border-radius-s)")
                .set("background", fits ? "var(--lumo-primary-color)" : "var(--lumo-error-color)");
        track.add(fill);

        Span value = new Span(getTranslation("calibrationForm.chartValue", bar.count(), pct));
        value.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.FontWeight.MEDIUM,
                fits ? LumoUtility.TextColor.BODY : LumoUtility.TextColor.ERROR);
        value.getStyle().set("flex", "0 0 6.5rem");

        Div row = new Div(label, track, value);
        row.setId("bar-" + bar.key());
        row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.AlignItems.CENTER,
                LumoUtility.Gap.Column.SMALL);
        row.getElement().setAttribute("data-share", Long.toString(pct));
        row.getElement().setAttribute("data-fits", Boolean.toString(fits));
        String said = bar.band() == null ? bar.label() + " " + pct + " %" : words.standing(bar.band());
        row.getElement().setAttribute("title", said);
        track.getElement().setAttribute("role", "img");
        track.getElement().setAttribute("aria-label", said);
        return row;
    }
}
