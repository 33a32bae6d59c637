package id.kinerjaflow.designer.ui;

import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.designer.DesignDraft;
import id.kinerjaflow.designer.DraftState;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;

/** The drafts of one process or decision: number, state, author and origin, last change, approver. */
class DraftGrid extends Grid<DesignDraft> {

    DraftGrid() {
        setId("designer-drafts");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(d -> "#" + d.getId()).setHeader(getTranslation("designer.col.draft")).setAutoWidth(true)
                .setFlexGrow(0);
        addComponentColumn(d -> badge(d.getState())).setHeader(getTranslation("designer.col.state"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(d -> d.getAuthor() + " · " + getTranslation("designer.origin." + d.getOrigin()))
                .setHeader(getTranslation("designer.col.author")).setAutoWidth(true);
        addColumn(d -> FormKit.dateTime(d.getUpdatedAt())).setHeader(getTranslation("designer.col.updated"))
                .setAutoWidth(true);
        addColumn(d -> d.getApprover() == null ? "" : d.getApprover())
                .setHeader(getTranslation("designer.col.approver")).setAutoWidth(true);
        setAllRowsVisible(true);
    }

    /** The badge's theme for a draft's state. */
    static String theme(DraftState state) {
        return switch (state) {
            case CHECKED -> "badge";
            case APPROVED, DEPLOYED -> "badge success";
            case REJECTED -> "badge error";
            default -> "badge contrast";
        };
    }

    private Span badge(DraftState state) {
        Span badge = new Span(getTranslation("designer.state." + state));
        badge.getElement().getThemeList().add(theme(state));
        return badge;
    }
}
