package id.kinerjaflow.calibration.ui;

import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.rating.PerformanceRating;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The appraisals of a unit in calibration: employee and NIP, the appraiser's original rating and
 * the rating as calibration stands now (marked when changed, with what it was). Shared by the
 * board's task form and the calibration overview; on a phone the original column can go, since the
 * current one says what it was.
 */
class RatingsGrid extends Grid<RatingsGrid.Row> {

    /** One row: the appraisal and its rating as calibration stands now (null: not reviewed yet). */
    record Row(Appraisal appraisal, PerformanceRating current) {

        boolean changed() {
            return current != null && current != appraisal.getOriginalRating();
        }
    }

    RatingsGrid(CurveText words) {
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addComponentColumn(r -> {
            Span nip = new Span(r.appraisal().getEmployee().getNip());
            nip.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
            return new Div(new Div(new Span(r.appraisal().getEmployee().getName())), nip);
        }).setHeader(getTranslation("employee.nameAndNip")).setFlexGrow(3).setKey("employee");
        addColumn(r -> r.appraisal().getOriginalRating() == null ? getTranslation("calibrationForm.notReviewed")
                        : words.rating(r.appraisal().getOriginalRating()))
                .setHeader(getTranslation("calibrationForm.original")).setFlexGrow(2).setKey("original");
        addComponentColumn(r -> {
            Span s = new Span(r.current() == null ? "\u2014" : words.rating(r.current()));
            if (!r.changed()) {
                return s;
            }
            s.getElement().getThemeList().add("badge");
            s.getElement().setAttribute("title", getTranslation("calibrationForm.changedHint"));
            Span from = FormKit.hint(getTranslation("calibrationForm.was", words.rating(r.appraisal().getOriginalRating())));
            from.addClassNames(LumoUtility.FontSize.XSMALL);
            return new Div(new Div(s), from);
        }).setHeader(getTranslation("calibrationForm.current")).setFlexGrow(2).setKey("current");
    }

    /** Phones: the original rating goes; the calibrated column says what it was. */
    void fitColumns(int windowWidth) {
        getColumnByKey("original").setVisible(windowWidth >= 700);
    }
}
