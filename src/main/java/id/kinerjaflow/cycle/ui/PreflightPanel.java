package id.kinerjaflow.cycle.ui;

import java.util.List;

import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.cycle.CycleProblem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * A cycle's pre-flight check as HR sees it: a badge with how many problems block the launch and how
 * many only warn, the problems with the employee and unit each concerns, and the list as CSV.
 */
class PreflightPanel extends Div {

    final Grid<CycleProblem> problems = new Grid<>();
    final Span summary = new Span();

    PreflightPanel() {
        setId("cycle-preflight");
        setWidthFull();
        summary.setId("preflight-summary");
        problems.setId("preflight-grid");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addComponentColumn(p -> {
            Span s = new Span(getTranslation("preflight.severity." + p.severity()));
            s.getElement().getThemeList().add(p.blocks() ? "badge error small" : "badge contrast small");
            return s;
        }).setHeader(getTranslation("preflight.col.severity")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(this::problemText).setHeader(getTranslation("preflight.col.problem")).setFlexGrow(3);
        problems.addColumn(p -> p.employeeName() == null ? "" : p.employeeName() + " (" + p.nip() + ")")
                .setHeader(getTranslation("preflight.col.employee")).setFlexGrow(2);
        problems.addColumn(p -> p.unitName() == null ? "" : p.unitName())
                .setHeader(getTranslation("preflight.col.unit")).setFlexGrow(2);
    }

    /** Shows what the check of the cycle found. */
    void show(AppraisalCycle cycle, List<CycleProblem> found) {
        removeAll();
        long blocking = found.stream().filter(CycleProblem::blocks).count();
        summary.setText(found.isEmpty() ? getTranslation("preflight.clean")
                : getTranslation("preflight.summary", blocking, found.size() - blocking));
        summary.getElement().getThemeList().clear();
        summary.getElement().getThemeList().add(blocking > 0 ? "badge error" : "badge success");
        problems.setItems(found);
        problems.setAllRowsVisible(found.size() <= 12);
        problems.setHeight(found.size() <= 12 ? null : "420px");
        problems.setVisible(!found.isEmpty());
        byte[] csv = PreflightCsv.write(found, this::problemText, this::getTranslation);
        String fileName = "pemeriksaan-" + cycle.getYear() + "-" + cycle.getId() + ".csv";
        Anchor export = new Anchor((DownloadHandler) event -> {
            event.setFileName(fileName);
            event.setContentType("text/csv;charset=UTF-8");
            event.setContentLength(csv.length);
            event.getOutputStream().write(csv);
        }, getTranslation("preflight.export"));
        export.setId("preflight-export");
        export.setVisible(!found.isEmpty());
        HorizontalLayout top = new HorizontalLayout(summary, export);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.addClassNames(LumoUtility.FlexWrap.WRAP);
        add(FormKit.section(getTranslation("cycle.check"), top, problems));
    }

    String problemText(CycleProblem p) {
        return getTranslation(p.messageKey(), p.args().toArray());
    }
}
