package id.kinerjaflow.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import id.kinerjaflow.IntegrationTest;
import id.kinerjaflow.TestData;
import id.kinerjaflow.demo.DemoOrganisation;
import id.kinerjaflow.security.SystemAuthentication;
import id.kinerjaflow.security.UserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class OrganisationServiceIT {

    @Autowired
    OrganisationService organisation;
    @Autowired
    DemoOrganisation demo;
    @Autowired
    UserDirectory users;

    Employee kadis;
    Employee kabid;
    Employee kasubbid;
    Employee staf;

    @BeforeEach
    void demoChain() {
        demo.load();
        kadis = employeeOf("kadis");
        kabid = employeeOf("kabid");
        kasubbid = employeeOf("kasubbid");
        staf = employeeOf("staf");
    }

    private Employee employeeOf(String username) {
        return organisation.employee(users.find(username).orElseThrow().employeeId()).orElseThrow();
    }

    private Employee save(EmployeeData data) {
        return SystemAuthentication.runAsSystem(() -> organisation.save(data));
    }

    private EmployeeData newStaff(String nip, Employee supervisor) {
        return new EmployeeData(null, 0, nip, "Rina Marlina", EmploymentType.PNS, "II/c", kasubbid.getUnit().getCode(),
                "Pengolah Data", JabatanType.PELAKSANA, supervisor == null ? null : supervisor.getNip(), null, true);
    }

    @Test
    void theAppraiserIsTheDirectSupervisorAndTheSeniorAppraiserTheSupervisorsSupervisor() {
        assertThat(organisation.appraiserOf(staf.getId())).map(Employee::getId).contains(kasubbid.getId());
        assertThat(organisation.seniorAppraiserOf(staf.getId())).map(Employee::getId).contains(kabid.getId());
        assertThat(organisation.appraiserOf(kabid.getId())).map(Employee::getId).contains(kadis.getId());
        // the head of agency is appraised by the head of region, outside the system
        assertThat(organisation.appraiserOf(kadis.getId())).isEmpty();
        assertThat(organisation.seniorAppraiserOf(kabid.getId())).isEmpty();
    }

    @Test
    void theDemoChainHasFourLevelsAndAppraisersHaveTheAppraiserRole() {
        assertThat(organisation.hasSubordinates(kasubbid.getId())).isTrue();
        assertThat(organisation.hasSubordinates(staf.getId())).isFalse();
        assertThat(users.find("kasubbid").orElseThrow().roles()).extracting(Enum::name)
                .contains("EMPLOYEE", "APPRAISER");
        assertThat(users.find("staf").orElseThrow().roles()).extracting(Enum::name).containsExactly("EMPLOYEE");
    }

    @Test
    void aNewEmployeeIsSavedWithTheirSupervisor() {
        String nip = TestData.pnsNip();
        Employee saved = save(newStaff(nip, kasubbid));
        assertThat(saved.getId()).isNotNull();
        assertThat(organisation.appraiserOf(saved.getId())).map(Employee::getId).contains(kasubbid.getId());
    }

    @Test
    void everyBrokenRuleIsReportedPerFieldAndNothingIsSaved() {
        EmployeeData bad = new EmployeeData(null, 0, "19851301200801100", " ", EmploymentType.PNS, "IV/f",
                "TIDAK-ADA", "Staf", JabatanType.PELAKSANA, "199001012015011999", "bukan-email", true);
        long before = organisation.countEmployees(null);

        assertThatThrownBy(() -> save(bad)).isInstanceOfSatisfying(OrganisationException.class, e ->
                assertThat(e.problems()).extracting(Problem::field, Problem::code).contains(
                        org.assertj.core.groups.Tuple.tuple("nip", "nip.LENGTH"),
                        org.assertj.core.groups.Tuple.tuple("name", "field.REQUIRED"),
                        org.assertj.core.groups.Tuple.tuple("golongan", "employee.GOLONGAN_INVALID"),
                        org.assertj.core.groups.Tuple.tuple("unit_code", "employee.UNIT_UNKNOWN"),
                        org.assertj.core.groups.Tuple.tuple("supervisor_nip", "employee.SUPERVISOR_UNKNOWN"),
                        org.assertj.core.groups.Tuple.tuple("email", "employee.EMAIL_INVALID")));
        assertThat(organisation.countEmployees(null)).isEqualTo(before);
    }

    @Test
    void aSupervisorLoopIsRefused() {
        // kabid would report to staf, who reports (through kasubbid) to kabid
        EmployeeData loop = EmployeeData.of(kabid);
        EmployeeData changed = new EmployeeData(loop.id(), loop.version(), loop.nip(), loop.name(),
                loop.employmentType(), loop.golongan(), loop.unitCode(), loop.positionTitle(), loop.jabatanType(),
                staf.getNip(), loop.email(), loop.active());

        assertThatThrownBy(() -> save(changed)).isInstanceOfSatisfying(OrganisationException.class, e ->
                assertThat(e.problems()).extracting(Problem::code).containsExactly("employee.SUPERVISOR_CYCLE"));
        assertThat(organisation.appraiserOf(kabid.getId())).map(Employee::getId).contains(kadis.getId());
    }

    @Test
    void aNipAlreadyUsedIsRefused() {
        assertThatThrownBy(() -> save(newStaff(staf.getNip(), kasubbid)))
                .isInstanceOfSatisfying(OrganisationException.class, e ->
                        assertThat(e.problems()).extracting(Problem::code).containsExactly("employee.NIP_TAKEN"));
    }

    @Test
    void anEditFromAStaleVersionIsRefused() {
        Employee saved = save(newStaff(TestData.pnsNip(), kasubbid));
        EmployeeData first = EmployeeData.of(saved);
        save(new EmployeeData(first.id(), first.version(), first.nip(), "Rina Marlina, S.E.", first.employmentType(),
                first.golongan(), first.unitCode(), first.positionTitle(), first.jabatanType(), first.supervisorNip(),
                first.email(), first.active()));

        // a second editor still holds the first version
        assertThatThrownBy(() -> save(first)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(organisation.employee(saved.getId()).orElseThrow().getName()).isEqualTo("Rina Marlina, S.E.");
    }

    @Test
    void onlyHrAndAdministratorsMaySaveEmployees() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                users.find("staf").orElseThrow(), null, users.find("staf").orElseThrow().getAuthorities()));
        try {
            assertThatThrownBy(() -> organisation.save(newStaff(TestData.pnsNip(), kasubbid)))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void searchFindsByNameOrNipWithinAUnitAndItsSubUnits() {
        OrganisationService.EmployeeQuery byNip = new OrganisationService.EmployeeQuery(null, staf.getNip());
        assertThat(organisation.searchEmployees(byNip, 0, 50, null)).extracting(Employee::getId)
                .containsExactly(staf.getId());

        OrganisationService.EmployeeQuery agency = new OrganisationService.EmployeeQuery(kadis.getUnit().getId(), null);
        List<Employee> inAgency = organisation.searchEmployees(agency, 0, 500, null);
        assertThat(inAgency).extracting(Employee::getId).contains(kadis.getId(), kabid.getId(), kasubbid.getId(),
                staf.getId());
        assertThat(organisation.countEmployees(agency)).isEqualTo(inAgency.size());
    }
}
