package id.kinerjaflow.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import id.kinerjaflow.KaribuTest;
import id.kinerjaflow.appraisal.AppraisalTestUnit;
import id.kinerjaflow.audit.ui.AppraisalTimelineView;
import id.kinerjaflow.audit.ui.AuditSearchView;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.calibration.ui.CalibrationBoardView;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.cycle.ui.CycleView;
import id.kinerjaflow.designer.migration.ui.MigrationView;
import id.kinerjaflow.designer.ui.DesignerView;
import id.kinerjaflow.monitor.ui.CycleDashboardView;
import id.kinerjaflow.org.OrganisationImportService;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.home.ui.HomeView;
import id.kinerjaflow.appraisal.ui.MyAppraisalsView;
import id.kinerjaflow.inbox.ui.InboxView;
import id.kinerjaflow.inbox.ui.TeamView;
import id.kinerjaflow.org.ui.ImportView;
import id.kinerjaflow.org.ui.OrganisationView;
import id.kinerjaflow.security.ui.AccountsView;
import id.kinerjaflow.security.ui.ActivationLettersView;
import id.kinerjaflow.security.ui.LoginView;
import id.kinerjaflow.setup.ui.FirstStartView;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.ClassUtils;
import org.junit.jupiter.params.provider.CsvSource;

/** Each role reaches exactly its views: in the navigation, and by typing the address. */
class ViewAccessIT extends KaribuTest {

    @Autowired CycleService cycles;
    @Autowired OrganisationImportService importer;
    @Autowired OrganisationService organisation;
    @Autowired AppraisalService appraisals;

    private static final List<Class<? extends Component>> VIEWS = List.of(HomeView.class, InboxView.class, MyAppraisalsView.class,
            TeamView.class, CalibrationBoardView.class,
            OrganisationView.class, ImportView.class, CycleView.class, AuditSearchView.class, DesignerView.class,
            MigrationView.class, AccountsView.class, ActivationLettersView.class, FirstStartView.class);

    @ParameterizedTest(name = "{0} may open {1}")
    @CsvSource(delimiter = '|', value = {
            "staf     | HomeView InboxView MyAppraisalsView",
            "kasubbid | HomeView InboxView MyAppraisalsView TeamView",
            "kadis    | HomeView InboxView MyAppraisalsView TeamView",
            "board    | HomeView InboxView MyAppraisalsView TeamView CalibrationBoardView",
            "auditor  | HomeView InboxView MyAppraisalsView CalibrationBoardView OrganisationView CycleView AuditSearchView",
            "hr       | HomeView InboxView MyAppraisalsView CalibrationBoardView OrganisationView ImportView CycleView AuditSearchView DesignerView MigrationView ActivationLettersView",
            "admin    | HomeView InboxView MyAppraisalsView CalibrationBoardView OrganisationView ImportView CycleView AuditSearchView DesignerView MigrationView AccountsView ActivationLettersView FirstStartView",
    })
    void eachRoleReachesExactlyItsViews(String username, String allowed) {
        Set<String> expected = Arrays.stream(allowed.trim().split("\\s+")).collect(Collectors.toSet());
        login(username);

        for (Class<? extends Component> view : VIEWS) {
            if (expected.contains(view.getSimpleName())) {
                UI.getCurrent().navigate(view);
                assertThat(ClassUtils.getUserClass(UI.getCurrent().getCurrentView()))
                        .as(username + " opens " + view.getSimpleName()).isEqualTo(view);
            } else {
                assertThatThrownBy(() -> UI.getCurrent().navigate(view))
                        .as(username + " is refused " + view.getSimpleName())
                        .isInstanceOf(MockAccessDeniedException.class);
            }
        }

        UI.getCurrent().navigate(HomeView.class);
        Set<String> menu = _find(SideNavItem.class).stream().map(SideNavItem::getPath).collect(Collectors.toSet());
        Set<String> expectedPaths = expected.stream().map(name -> switch (name) {
            case "HomeView" -> "";
            case "InboxView" -> "kotak-masuk";
            case "MyAppraisalsView" -> "penilaian-saya";
            case "TeamView" -> "tim-saya";
            case "CalibrationBoardView" -> "kalibrasi";
            case "OrganisationView" -> "organisasi";
            case "ImportView" -> "organisasi/impor";
            case "CycleView" -> "periode";
            case "AuditSearchView" -> "audit";
            case "DesignerView" -> "desainer";
            case "MigrationView" -> "-"; // opened from the designer, not in the navigation
            case "AccountsView" -> "akun";
            case "ActivationLettersView" -> "-"; // opened from the account screen
            case "FirstStartView" -> "-"; // after the first administrator's password change
            default -> throw new IllegalArgumentException(name);
        }).filter(path -> !path.equals("-")).collect(Collectors.toSet());
        assertThat(menu).as("the navigation of " + username).isEqualTo(expectedPaths);
    }

    @org.junit.jupiter.api.Test
    void aSignedInUserOpeningTheLoginPageGoesHome() {
        login("staf");
        UI.getCurrent().navigate(LoginView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(HomeView.class);
    }

    /** The cycle dashboard (an address with the cycle in it, not in the navigation): HR, admin, auditor. */
    @ParameterizedTest(name = "{0} may open the cycle dashboard: {1}")
    @CsvSource({"staf, false", "kasubbid, false", "kadis, false", "board, false", "auditor, true", "hr, true",
            "admin, true"})
    void onlyHrAdminAndTheAuditorOpenTheCycleDashboard(String username, boolean allowed) {
        Long cycleId = cycles.cycles().stream().findFirst().map(id.kinerjaflow.cycle.AppraisalCycle::getId)
                .orElseGet(() -> AppraisalTestUnit.create(importer, organisation, users, cycles).cycleId());
        login(username);
        String location = "periode/" + cycleId + "/dasbor";
        if (allowed) {
            UI.getCurrent().navigate(location);
            assertThat(ClassUtils.getUserClass(UI.getCurrent().getCurrentView())).isEqualTo(CycleDashboardView.class);
        } else {
            assertThatThrownBy(() -> UI.getCurrent().navigate(location))
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }

    /** One appraisal's history (an address with the appraisal in it, opened from the audit search): HR, admin, auditor. */
    @ParameterizedTest(name = "{0} may open an appraisal's history: {1}")
    @CsvSource({"staf, false", "kasubbid, false", "kadis, false", "board, false", "auditor, true", "hr, true",
            "admin, true"})
    void onlyHrAdminAndTheAuditorOpenAnAppraisalsHistory(String username, boolean allowed) {
        AppraisalTestUnit unit = AppraisalTestUnit.create(importer, organisation, users, cycles);
        Long appraisalId = SystemAuthentication.runAsSystem(() -> appraisals.start(unit.cycleId(), unit.staffId(0)))
                .getId();
        login(username);
        String location = "audit/" + appraisalId;
        if (allowed) {
            UI.getCurrent().navigate(location);
            assertThat(ClassUtils.getUserClass(UI.getCurrent().getCurrentView())).isEqualTo(AppraisalTimelineView.class);
        } else {
            assertThatThrownBy(() -> UI.getCurrent().navigate(location))
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }

    /**
     * Every view an auditor can open offers only ways to read: the visible buttons are filters,
     * navigation, checks and downloads, and no upload, no editable field that saves.
     */
    @org.junit.jupiter.api.Test
    void anAuditorFindsNoWayToChangeAnythingInTheViewsTheyOpen() {
        login("auditor");
        Set<String> readOnlyActions = Set.of(AUDITOR_READ_ACTIONS.split(","));
        java.util.Map<String, List<String>> seen = new java.util.TreeMap<>();
        for (Class<? extends Component> view : List.of(HomeView.class, InboxView.class, MyAppraisalsView.class,
                CalibrationBoardView.class, OrganisationView.class, CycleView.class, AuditSearchView.class)) {
            UI.getCurrent().navigate(view);
            List<String> actions = _find(com.vaadin.flow.component.button.Button.class).stream()
                    .filter(b -> b.isVisible() && b.isEnabled() && visibleUpTheTree(b))
                    .map(ViewAccessIT::action).toList();
            seen.put(view.getSimpleName(), actions);
            assertThat(_find(com.vaadin.flow.component.upload.Upload.class).stream().filter(this::visibleUpTheTree))
                    .as("uploads in " + view.getSimpleName()).isEmpty();
        }
        assertThat(seen.values().stream().flatMap(List::stream)).as("the buttons an auditor sees: " + seen)
                .allMatch(readOnlyActions::contains);
    }

    /**
     * Ids (or labels) of the buttons that only read: the menu toggle, the filter chips, the cycle
     * check. (The cycle and calibration details opened for one item are checked in CycleViewIT and
     * CalibrationBoardViewIT, the employee dialog in OrganisationViewIT.)
     */
    private static final String AUDITOR_READ_ACTIONS = "Buka atau tutup menu,chip-all,chip-AWAITING_UNIT_RATING,"
            + "chip-AWAITING_REVIEWS,chip-CALIBRATING,chip-RELEASED,cycle-check,cycle-dashboard,"
            // verifying the trail changes nothing the auditor audits (it only seals what is due, as the scheduler does)
            + "audit-verify";

    private static String action(com.vaadin.flow.component.button.Button b) {
        String label = b.getElement().getAttribute("aria-label");
        return b.getId().orElse(b.getText().isBlank() && label != null ? label : b.getText());
    }

    private boolean visibleUpTheTree(Component c) {
        for (Component x = c; x != null; x = x.getParent().orElse(null)) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
