package id.kinerjaflow.calibration.ui;

import java.util.List;
import java.util.function.Function;

import id.kinerjaflow.calibration.CalibrationBoardService.UnitRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The calibration board's list of units: the unit (a link to its detail), its state, unit rating,
 * appraisals, standing against the curve and changes. On a phone the unit and its standing stay,
 * the state under the name.
 */
class UnitGrid extends Grid<UnitRow> {

    private final UnitStatus status;
    private final Function<Long, QueryParameters> detailLink;

    /**
     * @param detailLink the query parameters that open a unit calibration's detail, by its id
     */
    UnitGrid(UnitStatus status, Function<Long, QueryParameters> detailLink) {
        this.status = status;
        this.detailLink = detailLink;
        setId("board-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addComponentColumn(this::unitCell).setHeader(getTranslation("calibrationBoard.col.unit"))
                .setWidth("14rem").setFlexGrow(3).setKey("unit");
        addComponentColumn(this::statusCell).setHeader(getTranslation("calibrationBoard.col.status"))
                .setWidth("13rem").setFlexGrow(2).setKey("status");
        addColumn(r -> r.unitRating() == null ? "\u2014" : getTranslation("unitRating." + r.unitRating().name()))
                .setHeader(getTranslation("calibrationBoard.col.unitRating")).setWidth("8rem").setFlexGrow(0)
                .setKey("unitRating");
        addColumn(UnitRow::appraisals).setHeader(getTranslation("calibrationBoard.col.appraisals"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setKey("appraisals");
        addComponentColumn(this::curveCell).setHeader(getTranslation("calibrationBoard.col.curve"))
                .setWidth("12rem").setFlexGrow(2).setKey("curve");
        addColumn(UnitRow::changes).setHeader(getTranslation("calibrationBoard.col.changes"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setKey("changes");
    }

    /** On a phone the unit and its standing against the curve stay; the state goes under the name. */
    void adaptTo(int width) {
        boolean narrow = width < 700;
        for (String key : List.of("status", "unitRating", "appraisals", "changes")) {
            getColumnByKey(key).setVisible(!narrow);
        }
    }

    private Component unitCell(UnitRow r) {
        RouterLink link = new RouterLink(r.unitName(), CalibrationBoardView.class);
        link.setQueryParameters(detailLink.apply(r.calibrationId()));
        link.setId("open-unit-" + r.calibrationId());
        link.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        // on a phone the state's column is hidden: it comes under the name
        Span narrow = new Span(status.line(r));
        narrow.addClassNames("kf-narrow-only", LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        return new Div(new Div(link), narrow);
    }

    private Component statusCell(UnitRow r) {
        Span state = new Span(status.state(r));
        state.setId("status-" + r.calibrationId());
        String note = status.note(r);
        if (note.isEmpty()) {
            return state;
        }
        Span more = new Span(note);
        more.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        return new Div(new Div(state), more);
    }

    private Component curveCell(UnitRow r) {
        if (!r.curveKnown()) {
            Span none = new Span("\u2014");
            none.addClassNames(LumoUtility.TextColor.SECONDARY);
            none.getElement().setAttribute("title", getTranslation("calibrationBoard.noSpread"));
            none.setId("curve-" + r.calibrationId());
            return none;
        }
        Div cell = new Div(new Div(status.badge(r.fits())));
        cell.setId("curve-" + r.calibrationId());
        cell.getElement().setAttribute("data-fits", Boolean.toString(r.fits()));
        if (!r.fits()) {
            Span what = new Span(status.deviationsInShort(r.deviations()));
            what.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.ERROR);
            cell.add(new Div(what));
        }
        return cell;
    }
}
