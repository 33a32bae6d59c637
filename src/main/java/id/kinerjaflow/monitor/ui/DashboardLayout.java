package id.kinerjaflow.monitor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/** How the cycle dashboard's sections lay out their charts and tables. */
final class DashboardLayout {

    /** Up to this many rows a table shows them all without scrolling. */
    static final int FIT_ROWS = 6;
    /** The longest unit name a chart shows in full. */
    static final int LABEL_LENGTH = 28;

    private DashboardLayout() {
    }

    /** A chart and its table side by side; on a narrow screen the chart goes under the table. */
    static FlexLayout pair(Component chart, Component... table) {
        Div tableBox = new Div(table);
        tableBox.addClassName("kf-dash-table");
        Div chartBox = new Div(chart);
        chartBox.addClassName("kf-dash-chart");
        FlexLayout pair = new FlexLayout(chartBox, tableBox);
        pair.addClassName("kf-dash-pair");
        pair.setWidthFull();
        return pair;
    }

    /** A short table takes the height of its rows; a long one scrolls inside a fixed height. */
    static void fitHeight(Grid<?> grid, int rows) {
        grid.setAllRowsVisible(rows <= FIT_ROWS);
        grid.setHeight(rows <= FIT_ROWS ? null : "22rem");
    }

    /** Long unit names would squeeze the bars: the chart shortens them, the table beside it does not. */
    static String shortLabel(String name) {
        return name.length() <= LABEL_LENGTH ? name : name.substring(0, LABEL_LENGTH - 1).strip() + "\u2026";
    }

    static String orDash(String s) {
        return s == null || s.isBlank() ? "\u2014" : s;
    }
}
