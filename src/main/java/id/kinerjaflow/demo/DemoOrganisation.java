package id.kinerjaflow.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.kinerjaflow.base.OrganisationSettings;
import id.kinerjaflow.org.Employee;
import id.kinerjaflow.org.ImportReport;
import id.kinerjaflow.org.OrganisationImportService;
import id.kinerjaflow.org.OrganisationImportService.ImportFiles;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.security.Role;
import id.kinerjaflow.security.SystemAuthentication;
import id.kinerjaflow.security.UserDirectory;
import id.kinerjaflow.security.UserDirectory.NewAccount;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo organisation of the embedded default: a provincial government (units, about 60
 * employees, demo accounts), loaded on first start through the same import the HR screen uses.
 * Never loaded under the {@code postgres} profile. Every demo password is {@value #PASSWORD}.
 */
@Component
public class DemoOrganisation {

    public static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private final OrganisationImportService importer;
    private final OrganisationService organisation;
    private final UserDirectory users;
    private final Environment environment;
    private final boolean enabled;
    private final DemoCycle demoCycle;
    private final OrganisationSettings settings;

    DemoOrganisation(OrganisationSettings settings, OrganisationImportService importer, OrganisationService organisation, UserDirectory users,
                     Environment environment, @Value("${kinerjaflow.demo.enabled:false}") boolean enabled,
                     DemoCycle demoCycle) {
        this.demoCycle = demoCycle;
        this.settings = settings;
        this.importer = importer;
        this.organisation = organisation;
        this.users = users;
        this.environment = environment;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnFirstStart() {
        if (!enabled || environment.acceptsProfiles(Profiles.of("postgres"))) {
            return;
        }
        if (!organisation.units().isEmpty()) {
            log.info("Organisation present: demo data not loaded again");
            return;
        }
        // the demo is Gorontalo's provincial government: central Indonesian time (WITA), already set up
        settings.setText(OrganisationSettings.NAME, "Pemerintah Provinsi Gorontalo");
        settings.setText(OrganisationSettings.TIME_ZONE, OrganisationSettings.TimeZoneChoice.WITA.name());
        settings.setText(OrganisationSettings.SET_UP, "true");
        int accounts = load();
        log.info("Demo organisation loaded: {} employees, {} accounts (password '{}')",
                organisation.countEmployees(null), accounts, PASSWORD);
        demoCycle.launchIfNone();
    }

    /**
     * Loads (or refreshes) the demo units and employees and creates the demo accounts that do not
     * exist yet. Returns the number of accounts created. Public for tests that need a realistic
     * organisation on any database.
     */
    public int load() {
        return SystemAuthentication.runAsSystem(() -> {
            ImportReport report = importer.importFiles(new ImportFiles(read("demo/units.csv"),
                    read("demo/employees.csv")));
            if (!report.applied()) {
                throw new IllegalStateException("The demo organisation is invalid: " + report.problems());
            }
            return users.createAccounts(accounts(), PASSWORD);
        });
    }

    private List<NewAccount> accounts() {
        List<NewAccount> accounts = new ArrayList<>();
        Set<String> namedNips = new HashSet<>();
        try (Reader in = reader("demo/accounts.csv")) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                    .parse(in)) {
                String nip = r.get("nip").isBlank() ? null : r.get("nip");
                Set<Role> roles = EnumSet.noneOf(Role.class);
                for (String role : r.get("roles").split(";")) {
                    if (!role.isBlank()) {
                        roles.add(Role.valueOf(role.strip()));
                    }
                }
                Employee employee = nip == null ? null : organisation.employeeByNip(nip).orElseThrow(
                        () -> new IllegalStateException("Demo account " + r.get("username") + ": no employee " + nip));
                String name = employee != null ? employee.getName() : systemName(roles);
                accounts.add(new NewAccount(r.get("username"), name, employee == null ? null : employee.getId(), roles));
                if (nip != null) {
                    namedNips.add(nip);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // every other employee signs in with the NIP
        for (Employee e : organisation.searchEmployees(null, 0, 100_000, null)) {
            if (!namedNips.contains(e.getNip())) {
                accounts.add(new NewAccount(e.getNip(), e.getName(), e.getId(), Set.of()));
            }
        }
        return accounts;
    }

    private static String systemName(Set<Role> roles) {
        if (roles.contains(Role.ADMIN)) {
            return "Administrator Sistem";
        }
        if (roles.contains(Role.AUDITOR)) {
            return "Auditor Inspektorat";
        }
        return "Pengguna Sistem";
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader reader(String path) throws IOException {
        return new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8);
    }
}
