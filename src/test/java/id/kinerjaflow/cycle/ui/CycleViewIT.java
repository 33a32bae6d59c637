package id.kinerjaflow.cycle.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.kinerjaflow.KaribuTest;
import id.kinerjaflow.appraisal.AgreementService;
import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.AppraisalTestUnit;
import id.kinerjaflow.appraisal.Stage;
import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.cycle.CycleStatus;
import id.kinerjaflow.org.OrganisationImportService;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.security.SystemAuthentication;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** HR opens the review phase of a cycle; the approved appraisals move to the self-review. */
class CycleViewIT extends KaribuTest {

    @Autowired OrganisationImportService importer;
    @Autowired OrganisationService organisation;
    @Autowired CycleService cycles;
    @Autowired AppraisalService appraisals;
    @Autowired AgreementService agreements;

    AppraisalTestUnit unit;
    Appraisal staff;

    @BeforeEach
    void unit() {
        unit = AppraisalTestUnit.create(importer, organisation, users, cycles);
        staff = SystemAuthentication.runAsSystem(() -> appraisals.start(unit.cycleId(), unit.staffId(0)));
        unit.as(unit.staffUser(0), () -> {
            agreements.submit(staff.getId(), AppraisalTestUnit.simpleDraft());
            return null;
        });
        unit.as(unit.headUser(), () -> {
            agreements.approve(staff.getId());
            return null;
        });
    }

    private Component actionsOfTheCycle(CycleView view) {
        List<AppraisalCycle> rows = _fetch(view.grid, 0, 1000);
        int row = rows.indexOf(rows.stream().filter(c -> c.getId().equals(unit.cycleId())).findFirst().orElseThrow());
        return _getCellComponent(view.grid, row, "actions");
    }

    @Test
    void hrOpensTheReviewPhaseAfterConfirming() {
        login("hr");
        UI.getCurrent().navigate(CycleView.class);
        CycleView view = _get(CycleView.class);

        _click(_get(actionsOfTheCycle(view), Button.class, spec -> spec.withId("open-review-" + unit.cycleId())));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(cycles.cycle(unit.cycleId()).getStatus()).isEqualTo(CycleStatus.REVIEW_PHASE);
        assertThat(appraisals.find(staff.getId()).orElseThrow().getStage()).isEqualTo(Stage.SELF_REVIEW);
        // nothing left to open for this cycle
        assertThat(_find(actionsOfTheCycle(view), Button.class)).isEmpty();
    }

    @Test
    void auditorsSeeTheCyclesWithoutAnyAction() {
        login("auditor");
        UI.getCurrent().navigate(CycleView.class);
        CycleView view = _get(CycleView.class);
        assertThat(_find(actionsOfTheCycle(view), Button.class)).isEmpty();
    }
}
