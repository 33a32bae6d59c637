package id.kinerjaflow.org.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import id.kinerjaflow.KaribuTest;
import id.kinerjaflow.TestData;
import id.kinerjaflow.org.Employee;
import id.kinerjaflow.org.EmploymentType;
import id.kinerjaflow.org.JabatanType;
import id.kinerjaflow.org.OrgUnit;
import id.kinerjaflow.org.OrganisationService;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrganisationViewIT extends KaribuTest {

    @Autowired
    OrganisationService organisation;

    private OrganisationView open(String user) {
        login(user);
        UI.getCurrent().navigate(OrganisationView.class);
        return _get(OrganisationView.class);
    }

    @Test
    void hrSeesTheUnitTreeAndEveryEmployee() {
        OrganisationView view = open("hr");
        assertThat(_size(view.employees)).isEqualTo((int) organisation.countEmployees(null));
        assertThat(view.units.getTreeData().getRootItems()).extracting(OrgUnit::getCode).containsExactly("PROV-GTO");
        assertThat(view.add.isVisible()).isTrue();
    }

    @Test
    void searchingByNipOrNameNarrowsTheGrid() {
        OrganisationView view = open("hr");
        Employee staf = organisation.employee(users.find("staf").orElseThrow().employeeId()).orElseThrow();

        _setValue(view.search, staf.getNip());
        assertThat(_size(view.employees)).isEqualTo(1);
        assertThat(_get(view.employees, 0).getName()).isEqualTo(staf.getName());

        _setValue(view.search, "rahma");
        assertThat(_size(view.employees)).isGreaterThan(1);
        for (int i = 0; i < _size(view.employees); i++) {
            Employee e = _get(view.employees, i);
            assertThat(e.getName().toLowerCase()).contains("rahma");
        }
    }

    @Test
    void selectingAUnitShowsItsEmployeesAndThoseOfItsSubUnits() {
        OrganisationView view = open("hr");
        Employee kadis = organisation.employee(users.find("kadis").orElseThrow().employeeId()).orElseThrow();
        OrgUnit agency = view.units.getTreeData().getChildren(view.units.getTreeData().getRootItems().get(0)).stream()
                .filter(u -> u.getId().equals(kadis.getUnit().getId())).findFirst().orElseThrow();

        view.units.select(agency);

        int shown = _size(view.employees);
        assertThat(shown).isEqualTo((int) organisation.countEmployees(
                new OrganisationService.EmployeeQuery(agency.getId(), null)));
        assertThat(shown).isLessThan((int) organisation.countEmployees(null)).isGreaterThanOrEqualTo(4);
    }

    @Test
    void anInvalidNewEmployeeShowsTheErrorNextToTheFieldAndSavesNothing() {
        OrganisationView view = open("hr");
        long before = organisation.countEmployees(null);
        _click(view.add);
        EmployeeDialog dialog = _get(EmployeeDialog.class);

        _setValue(dialog.nip, "198513012008011001"); // month 13 is no birth date
        _setValue(dialog.name, "Yusuf Mahmud");
        _click(dialog.save);

        assertThat(dialog.nip.isInvalid()).isTrue();
        assertThat(dialog.nip.getErrorMessage()).contains("bukan tanggal yang valid");
        assertThat(dialog.golongan.isInvalid()).isTrue();
        assertThat(dialog.unit.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(organisation.countEmployees(null)).isEqualTo(before);
    }

    @Test
    void aServerRuleShowsNextToItsFieldToo() {
        OrganisationView view = open("hr");
        Employee staf = organisation.employee(users.find("staf").orElseThrow().employeeId()).orElseThrow();
        _click(view.add);
        EmployeeDialog dialog = _get(EmployeeDialog.class);
        fillValid(dialog, staf.getNip(), staf); // the NIP of someone else

        _click(dialog.save);

        assertThat(dialog.nip.isInvalid()).isTrue();
        assertThat(dialog.nip.getErrorMessage()).contains(staf.getName());
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void aValidNewEmployeeIsSavedAndListed() {
        OrganisationView view = open("hr");
        Employee kasubbid = organisation.employee(users.find("kasubbid").orElseThrow().employeeId()).orElseThrow();
        _click(view.add);
        EmployeeDialog dialog = _get(EmployeeDialog.class);
        String nip = TestData.pnsNip();
        fillValid(dialog, nip, kasubbid);

        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        Employee saved = organisation.employeeByNip(nip).orElseThrow();
        assertThat(saved.getSupervisor().getId()).isEqualTo(kasubbid.getId());
        _setValue(view.search, nip);
        assertThat(_size(view.employees)).isEqualTo(1);
    }

    @Test
    void anAuditorReadsButCannotChange() {
        OrganisationView view = open("auditor");
        assertThat(view.add.isVisible()).isFalse();
        _clickItem(view.employees, 0);
        EmployeeDialog dialog = _find(EmployeeDialog.class).get(0);
        assertThat(dialog.save.isVisible()).isFalse();
        assertThat(dialog.nip.isReadOnly()).isTrue();
        assertThat(dialog.name.isReadOnly()).isTrue();
    }

    private void fillValid(EmployeeDialog dialog, String nip, Employee supervisor) {
        _setValue(dialog.employmentType, EmploymentType.PNS);
        _setValue(dialog.nip, nip);
        _setValue(dialog.name, "Yusuf Mahmud, S.Kom.");
        _setValue(dialog.golongan, "III/a");
        OrgUnit unit = organisation.units().stream().filter(u -> u.getId().equals(supervisor.getUnit().getId()))
                .findFirst().orElseThrow();
        _setValue(dialog.unit, unit);
        _setValue(dialog.position, "Pranata Komputer");
        _setValue(dialog.jabatanType, JabatanType.FUNGSIONAL_AHLI_PERTAMA);
        dialog.supervisor.setValue(supervisor);
    }
}
