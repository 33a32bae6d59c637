package id.kinerjaflow.cycle.ui;

import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.base.ui.Notifications;
import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.cycle.BatchProgress;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.cycle.CycleStatus;
import id.kinerjaflow.security.CurrentUser;
import id.kinerjaflow.security.Role;
import id.kinerjaflow.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;

/**
 * The appraisal cycles and their phase. HR opens the review phase for a whole cycle here (every
 * appraisal waiting at "Pelaksanaan" moves on to the self-review). Creating, checking and launching
 * cycles and their dashboard come with the cycle-management work (issue 5).
 */
@Route("periode")
@RolesAllowed({Roles.HR, Roles.ADMIN, Roles.AUDITOR})
@Menu(order = 40, icon = "vaadin:calendar", title = "nav.cycles")
public class CycleView extends VerticalLayout implements HasDynamicTitle {

    private final CycleService cycles;
    private final boolean canChange;
    final Grid<AppraisalCycle> grid = new Grid<>();

    public CycleView(CycleService cycles, CurrentUser currentUser) {
        this.cycles = cycles;
        this.canChange = currentUser.hasRole(Role.HR) || currentUser.hasRole(Role.ADMIN);
        setPadding(true);
        H2 title = new H2(getTranslation("nav.cycles"));
        title.addClassNames(LumoUtility.Margin.Vertical.NONE, LumoUtility.FontSize.XLARGE);
        grid.setId("cycle-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(AppraisalCycle::getName).setHeader(getTranslation("cycle.col.name")).setFlexGrow(2);
        grid.addColumn(c -> getTranslation("cycleStatus." + c.getStatus())).setHeader(getTranslation("cycle.col.status"))
                .setAutoWidth(true);
        grid.addColumn(c -> FormKit.date(c.getAgreementDeadline()))
                .setHeader(getTranslation("cycle.col.agreementDeadline")).setAutoWidth(true);
        grid.addColumn(c -> FormKit.date(c.getReviewPhaseStart())).setHeader(getTranslation("cycle.col.reviewStart"))
                .setAutoWidth(true);
        grid.addColumn(c -> FormKit.date(c.getCalibrationDate())).setHeader(getTranslation("cycle.col.calibration"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0).setKey("actions");
        grid.setAllRowsVisible(true);
        add(title, grid);
        refresh();
    }

    private Component actions(AppraisalCycle c) {
        if (!canChange || c.getStatus() != CycleStatus.LAUNCHED) {
            return new Span();
        }
        Button open = new Button(getTranslation("cycle.openReviewPhase"), e -> confirmOpen(c));
        open.setId("open-review-" + c.getId());
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        return open;
    }

    private void confirmOpen(AppraisalCycle c) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-open-review");
        dialog.setHeader(getTranslation("cycle.openReviewPhase"));
        dialog.setText(getTranslation("cycle.openReviewPhase.confirm", c.getName()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("cycle.openReviewPhase"));
        dialog.addConfirmListener(e -> openReviewPhase(c));
        dialog.open();
    }

    void openReviewPhase(AppraisalCycle c) {
        BatchProgress[] batch = new BatchProgress[1];
        if (FormKit.attempt(() -> batch[0] = cycles.openReviewPhase(c.getId()))) {
            Notifications.success(getTranslation("cycle.reviewPhaseOpened", c.getName(),
                    batch[0] == null ? 0 : batch[0].items()));
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(cycles.cycles());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.cycles") + " | " + getTranslation("app.name");
    }
}
