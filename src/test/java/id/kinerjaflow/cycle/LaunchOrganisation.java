package id.kinerjaflow.cycle;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import id.kinerjaflow.TestData;
import id.kinerjaflow.org.Employee;
import id.kinerjaflow.org.ImportReport;
import id.kinerjaflow.org.OrganisationImportService;
import id.kinerjaflow.org.OrganisationImportService.ImportFiles;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.security.AccountService;
import id.kinerjaflow.security.SystemAuthentication;
import id.kinerjaflow.security.UserDirectory;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fresh agency for one launch test: the agency (its head a JPT official, appraised by the head
 * of region) with two divisions, each with a head and two staff, and an empty division; every
 * employee has an account. 7 employees, 3 units with people; optionally two more with problems.
 */
public final class LaunchOrganisation {

    public final String agencyCode = TestData.unitCode("LUN");
    public final String divisionA = agencyCode + "-A";
    public final String divisionB = agencyCode + "-B";
    public final String emptyDivision = agencyCode + "-K";
    public final String headNip = TestData.pnsNip();
    public final List<String> nips = new ArrayList<>();
    /** With problems: two more staff in division B, one without a supervisor, one without an account. */
    public final String noSupervisorNip = TestData.pnsNip();
    public final String noAccountNip = TestData.pnsNip();
    public final Long agencyId;
    private final OrganisationService organisation;

    public LaunchOrganisation(ApplicationContext context) {
        this(context, false);
    }

    public LaunchOrganisation(ApplicationContext context, boolean withProblems) {
        organisation = context.getBean(OrganisationService.class);
        UserDirectory users = context.getBean(UserDirectory.class);
        String units = "code,name,level,parent_code\n"
                + agencyCode + ",Badan Uji " + agencyCode + ",AGENCY,PROV-GTO\n"
                + divisionA + ",Bidang A " + agencyCode + ",DIVISION," + agencyCode + "\n"
                + divisionB + ",Bidang B " + agencyCode + ",DIVISION," + agencyCode + "\n"
                + emptyDivision + ",Bidang Kosong " + agencyCode + ",DIVISION," + agencyCode + "\n";
        StringBuilder employees = new StringBuilder(
                "nip,name,employment_type,golongan,unit_code,position,jabatan_type,supervisor_nip,email\n");
        employees.append(headNip).append(",Kepala Badan,PNS,IV/c,").append(agencyCode)
                .append(",Kepala Badan Uji,JPT_PRATAMA,,\n");
        nips.add(headNip);
        for (String division : List.of(divisionA, divisionB)) {
            String lead = TestData.pnsNip();
            nips.add(lead);
            employees.append(lead).append(",Kepala ").append(division).append(",PNS,IV/a,").append(division)
                    .append(",Kepala Bidang,ADMINISTRATOR,").append(headNip).append(",\n");
            for (int i = 0; i < 2; i++) {
                String staff = TestData.pnsNip();
                nips.add(staff);
                employees.append(staff).append(",Staf ").append(i).append(' ').append(division).append(",PNS,III/a,")
                        .append(division).append(",Analis,PELAKSANA,").append(lead).append(",\n");
            }
        }
        if (withProblems) {
            employees.append(noSupervisorNip).append(",Staf Tanpa Atasan,PNS,III/a,").append(divisionB)
                    .append(",Analis,PELAKSANA,").append(nips.get(4)).append(",\n");
            employees.append(noAccountNip).append(",Staf Tanpa Akun,PNS,III/a,").append(divisionB)
                    .append(",Analis,PELAKSANA,").append(nips.get(4)).append(",\n");
        }
        ImportReport report = SystemAuthentication.runAsSystem(() -> context.getBean(OrganisationImportService.class)
                .importFiles(new ImportFiles(units.getBytes(StandardCharsets.UTF_8),
                        employees.toString().getBytes(StandardCharsets.UTF_8))));
        if (!report.applied()) {
            throw new IllegalStateException(report.problems().toString());
        }
        if (withProblems) {
            // the organisation's rules keep anyone but a JPT official from losing their supervisor;
            // data from before those rules (changed directly in the database) may still lack one
            context.getBean(JdbcTemplate.class).update("update employee set supervisor_id = null where nip = ?",
                    noSupervisorNip);
        }
        agencyId = organisation.unitByCode(agencyCode).orElseThrow().getId();
        List<UserDirectory.NewAccount> accounts = new ArrayList<>();
        for (Employee e : organisation.activeEmployeesIn(organisation.unitWithDescendants(agencyId))) {
            if (!e.getNip().equals(noAccountNip)) {
                accounts.add(new UserDirectory.NewAccount(e.getNip(), e.getName(), e.getId(), Set.of()));
            }
        }
        SystemAuthentication.runAsSystem(() -> users.createAccounts(accounts, "demo"));
        if (withProblems) {
            // the import gives every employee an account (issue 23): an administrator disabled this one
            SystemAuthentication.runAsSystem(() -> context.getBean(AccountService.class).disable(noAccountNip));
        }
    }

    public Long unitId(String code) {
        return organisation.unitByCode(code).orElseThrow().getId();
    }

    /** Settings made so far: each gets a name of its own (cycle names are unique). */
    private int made;

    /** Settings of a cycle over the whole agency, dates ahead, under a name no other cycle has. */
    public CycleSettings settings(int year) {
        made++;
        return settings(year, "Periode Uji " + agencyCode + (made == 1 ? "" : " (" + made + ")"));
    }

    /** The same, under the given name. */
    public CycleSettings settings(int year, String name) {
        Instant now = Instant.now();
        return new CycleSettings(year, name, now.plus(30, ChronoUnit.DAYS),
                now.plus(60, ChronoUnit.DAYS), 7, now.plus(90, ChronoUnit.DAYS), 14,
                List.of(new ScopeUnit(agencyId, true)));
    }
}
