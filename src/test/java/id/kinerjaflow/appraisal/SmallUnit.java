package id.kinerjaflow.appraisal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import id.kinerjaflow.TestData;
import id.kinerjaflow.appraisal.AgreementService.AgreementDraft;
import id.kinerjaflow.appraisal.AgreementService.IndicatorDraft;
import id.kinerjaflow.appraisal.AgreementService.RowDraft;
import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.cycle.CycleSettings;
import id.kinerjaflow.org.Employee;
import id.kinerjaflow.org.OrganisationImportService;
import id.kinerjaflow.org.OrganisationImportService.ImportFiles;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.org.ImportReport;
import id.kinerjaflow.security.SystemAuthentication;
import id.kinerjaflow.security.UserDirectory;

/**
 * A fresh unit for one test: a head (the appraiser, a JPT official appraised by the head of
 * region, so HR acts as their appraiser and as the staff's senior appraiser) and three staff, each
 * with an account, and a cycle whose dates all lie ahead.
 */
final class SmallUnit {

    final String unitCode = TestData.unitCode("UJI");
    final String headNip = TestData.pnsNip();
    final List<String> staffNips = List.of(TestData.pnsNip(), TestData.pnsNip(), TestData.pnsNip());
    final Employee head;
    final List<Employee> staff = new ArrayList<>();
    final AppraisalCycle cycle;
    private final UserDirectory users;

    SmallUnit(OrganisationImportService importer, OrganisationService organisation, UserDirectory users,
              CycleService cycles) {
        this.users = users;
        String units = "code,name,level,parent_code\n" + unitCode + ",Dinas Uji " + unitCode + ",AGENCY,PROV-GTO\n";
        StringBuilder employees = new StringBuilder(
                "nip,name,employment_type,golongan,unit_code,position,jabatan_type,supervisor_nip,email\n");
        employees.append(headNip).append(",Hendra Gunawan,PNS,IV/c,").append(unitCode)
                .append(",Kepala Dinas Uji,JPT_PRATAMA,,\n");
        String[] names = {"Ayu Lestari", "Bayu Pratama", "Citra Dewi"};
        for (int i = 0; i < 3; i++) {
            employees.append(staffNips.get(i)).append(',').append(names[i]).append(",PNS,III/a,").append(unitCode)
                    .append(",Analis Data,PELAKSANA,").append(headNip).append(",\n");
        }
        ImportReport report = SystemAuthentication.runAsSystem(() -> importer.importFiles(new ImportFiles(
                units.getBytes(StandardCharsets.UTF_8), employees.toString().getBytes(StandardCharsets.UTF_8))));
        if (!report.applied()) {
            throw new IllegalStateException(report.problems().toString());
        }
        head = organisation.employeeByNip(headNip).orElseThrow();
        staffNips.forEach(nip -> staff.add(organisation.employeeByNip(nip).orElseThrow()));
        List<UserDirectory.NewAccount> accounts = new ArrayList<>();
        accounts.add(new UserDirectory.NewAccount(headNip, head.getName(), head.getId(), Set.of()));
        staff.forEach(e -> accounts.add(new UserDirectory.NewAccount(e.getNip(), e.getName(), e.getId(), Set.of())));
        SystemAuthentication.runAsSystem(() -> users.createAccounts(accounts, "demo"));
        Instant now = Instant.now();
        cycle = SystemAuthentication.runAsSystem(() -> cycles.create(new CycleSettings(2026, "Periode Uji " + unitCode,
                now.plus(30, ChronoUnit.DAYS), now.plus(60, ChronoUnit.DAYS), 7, now.plus(90, ChronoUnit.DAYS), 14)));
    }

    /** Runs the work signed in as this user (a NIP or a demo account name). */
    <T> T as(String username, Supplier<T> work) {
        return SystemAuthentication.runAs(users.find(username).orElseThrow(), work);
    }

    void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    static AgreementDraft draft(Long parentRowId, String... rows) {
        List<RowDraft> list = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            list.add(new RowDraft(i == 0 ? RowKind.MAIN : RowKind.ADDITIONAL, rows[i], i == 0 ? parentRowId : null,
                    List.of(new IndicatorDraft("Jumlah " + rows[i].toLowerCase(), java.math.BigDecimal.valueOf(10),
                            "dokumen", Aspect.QUANTITY))));
        }
        return new AgreementDraft(list, "Anggaran dan perangkat kerja", "Laporan bulanan kepada atasan",
                "Sesuai ketentuan disiplin PNS");
    }
}
