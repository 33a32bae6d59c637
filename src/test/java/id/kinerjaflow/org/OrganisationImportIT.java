package id.kinerjaflow.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import id.kinerjaflow.IntegrationTest;
import id.kinerjaflow.TestData;
import id.kinerjaflow.demo.DemoOrganisation;
import id.kinerjaflow.org.ImportProblem.ImportFile;
import id.kinerjaflow.org.OrganisationImportService.ImportFiles;
import id.kinerjaflow.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class OrganisationImportIT {

    private static final String UNITS = "code,name,level,parent_code\n";
    private static final String EMPLOYEES =
            "nip,name,employment_type,golongan,unit_code,position,jabatan_type,supervisor_nip,email\n";

    @Autowired
    OrganisationImportService importer;
    @Autowired
    OrganisationService organisation;
    @Autowired
    DemoOrganisation demo;

    @BeforeEach
    void demoOrganisation() {
        demo.load();
    }

    private ImportReport dryRun(String units, String employees) {
        return SystemAuthentication.runAsSystem(() -> importer.dryRun(files(units, employees)));
    }

    private ImportReport importNow(String units, String employees) {
        return SystemAuthentication.runAsSystem(() -> importer.importFiles(files(units, employees)));
    }

    private static ImportFiles files(String units, String employees) {
        return new ImportFiles(units == null ? null : units.getBytes(StandardCharsets.UTF_8),
                employees == null ? null : employees.getBytes(StandardCharsets.UTF_8));
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = new ClassPathResource("samples/" + name).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A new agency under the demo root, with a JPT head, for a test's own employees. */
    private String newAgency() {
        String code = TestData.unitCode("TEST");
        ImportReport r = importNow(UNITS + code + ",Dinas Uji " + code + ",AGENCY,PROV-GTO\n", null);
        assertThat(r.problems()).isEmpty();
        return code;
    }

    private static String row(String nip, String name, String unit, String position, String jabatan, String sup) {
        return String.join(",", nip, name, "PNS", "III/a", unit, position, jabatan, sup == null ? "" : sup, "") + "\n";
    }

    @Test
    void theSampleFilesImportCleanlyAndTwiceChangeNothing() throws IOException {
        ImportReport first = importNow(sample("units.csv"), sample("employees.csv"));
        assertThat(first.problems()).isEmpty();
        assertThat(first.applied()).isTrue();

        ImportReport again = dryRun(sample("units.csv"), sample("employees.csv"));
        assertThat(again.problems()).isEmpty();
        assertThat(again.unitsNew() + again.unitsUpdated()).isZero();
        assertThat(again.employeesNew() + again.employeesUpdated()).isZero();
        assertThat(again.employeesUnchanged()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void aGoodFileCreatesUnitsEmployeesAndTheSupervisorChain() {
        String agency = TestData.unitCode("DINAS");
        String division = agency + "-BID";
        String head = TestData.pnsNip();
        String kabid = TestData.pnsNip();
        String staff = TestData.pnsNip();
        String units = UNITS + agency + ",Dinas Uji,AGENCY,PROV-GTO\n" + division + ",Bidang Uji,DIVISION," + agency + "\n";
        // children before parents on purpose: the import resolves references within the file
        String employees = EMPLOYEES
                + row(staff, "Siti Rahma", division, "Pengadministrasi Umum", "PELAKSANA", kabid)
                + row(kabid, "Budi Santoso", division, "Kepala Bidang Uji", "ADMINISTRATOR", head)
                + row(head, "Dr. Hasan Basri", agency, "Kepala Dinas Uji", "JPT_PRATAMA", null);

        ImportReport report = importNow(units, employees);

        assertThat(report.problems()).isEmpty();
        assertThat(report.applied()).isTrue();
        assertThat(report.unitsNew()).isEqualTo(2);
        assertThat(report.employeesNew()).isEqualTo(3);
        Employee s = organisation.employeeByNip(staff).orElseThrow();
        assertThat(organisation.appraiserOf(s.getId())).map(Employee::getNip).contains(kabid);
        assertThat(organisation.seniorAppraiserOf(s.getId())).map(Employee::getNip).contains(head);
        assertThat(s.getUnit().getCode()).isEqualTo(division);
        assertThat(s.getPosition().getJabatanType()).isEqualTo(JabatanType.PELAKSANA);
    }

    @Test
    void everyBadRowIsListedWithItsLineAndReasonAndNothingIsWritten() {
        String agency = newAgency();
        String head = TestData.pnsNip();
        String dup = TestData.pnsNip();
        String a = TestData.pnsNip();
        String b = TestData.pnsNip();
        long before = organisation.countEmployees(null);
        String employees = EMPLOYEES
                + row(head, "Kepala Baik", agency, "Kepala Dinas", "JPT_PRATAMA", null)          // line 2: good
                + row("19850101200801100", "NIP Pendek", agency, "Staf", "PELAKSANA", head)      // 3: bad NIP
                + row(TestData.pnsNip(), "Unit Salah", "TIDAK-ADA", "Staf", "PELAKSANA", head)   // 4: unknown unit
                + row(TestData.pnsNip(), "Atasan Salah", agency, "Staf", "PELAKSANA",
                      "199001012015011999")                                                       // 5: unknown supervisor
                + row(dup, "Ganda Satu", agency, "Staf", "PELAKSANA", head)                       // 6
                + row(dup, "Ganda Dua", agency, "Staf", "PELAKSANA", head)                        // 7: duplicate NIP
                + row(a, "Lingkar A", agency, "Analis", "PELAKSANA", b)                           // 8: cycle
                + row(b, "Lingkar B", agency, "Analis", "PELAKSANA", a)                           // 9: cycle
                + row(TestData.pnsNip(), "Tanpa Atasan", agency, "Staf", "PELAKSANA", null);      // 10: no supervisor

        ImportReport report = importNow(null, employees);

        assertThat(report.applied()).isFalse();
        assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::code).contains(
                org.assertj.core.groups.Tuple.tuple(3L, "nip.LENGTH"),
                org.assertj.core.groups.Tuple.tuple(4L, "employee.UNIT_UNKNOWN"),
                org.assertj.core.groups.Tuple.tuple(5L, "employee.SUPERVISOR_UNKNOWN"),
                org.assertj.core.groups.Tuple.tuple(7L, "employee.NIP_DUPLICATE"),
                org.assertj.core.groups.Tuple.tuple(8L, "employee.SUPERVISOR_CYCLE"),
                org.assertj.core.groups.Tuple.tuple(9L, "employee.SUPERVISOR_CYCLE"),
                org.assertj.core.groups.Tuple.tuple(10L, "employee.SUPERVISOR_REQUIRED"));
        assertThat(report.problems()).noneMatch(p -> p.line() == 2L || p.line() == 6L);
        assertThat(report.problems()).allMatch(p -> p.file() == ImportFile.EMPLOYEES);
        assertThat(organisation.countEmployees(null)).isEqualTo(before);
        assertThat(organisation.employeeByNip(head)).isEmpty();
    }

    @Test
    void aCycleThroughTheExistingOrganisationIsRefused() {
        String agency = newAgency();
        String head = TestData.pnsNip();
        String kabid = TestData.pnsNip();
        assertThat(importNow(null, EMPLOYEES + row(head, "Kepala", agency, "Kepala Dinas", "JPT_PRATAMA", null)
                + row(kabid, "Kabid", agency, "Kepala Bidang", "ADMINISTRATOR", head)).problems()).isEmpty();

        // the head now reports to their own subordinate
        ImportReport report = importNow(null, EMPLOYEES + row(head, "Kepala", agency, "Kepala Dinas", "JPT_PRATAMA",
                kabid));

        assertThat(report.problems()).extracting(ImportProblem::code).containsExactly("employee.SUPERVISOR_CYCLE");
        assertThat(organisation.employeeByNip(head).orElseThrow().getSupervisor()).isNull();
    }

    @Test
    void badUnitRowsAreListed() {
        String code = TestData.unitCode("U");
        String units = UNITS
                + code + ",Dinas Baik,AGENCY,PROV-GTO\n"          // 2: good
                + code + ",Dinas Ganda,AGENCY,PROV-GTO\n"         // 3: duplicate code
                + "X1,Bidang Yatim,DIVISION,TIDAK-ADA\n"          // 4: unknown parent
                + "X2,Tingkat Aneh,KECAMATAN,PROV-GTO\n"          // 5: unknown level
                + "X3,Dinas Tanpa Induk,AGENCY,\n"                // 6: parent required
                + "X4,Dinas di bawah bidang,AGENCY,X5\n"          // 7: parent level
                + "X5,Bidang,DIVISION," + code + "\n"             // 8: good
                + ",Tanpa Kode,AGENCY,PROV-GTO\n";                // 9: code required

        ImportReport report = dryRun(units, null);

        assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(3L, "unit.CODE_DUPLICATE"),
                org.assertj.core.groups.Tuple.tuple(4L, "unit.PARENT_UNKNOWN"),
                org.assertj.core.groups.Tuple.tuple(5L, "unit.LEVEL_UNKNOWN"),
                org.assertj.core.groups.Tuple.tuple(6L, "unit.PARENT_REQUIRED"),
                org.assertj.core.groups.Tuple.tuple(7L, "unit.PARENT_LEVEL"),
                org.assertj.core.groups.Tuple.tuple(9L, "field.REQUIRED"));
        assertThat(organisation.unitByCode(code)).isEmpty();
    }

    @Test
    void aWrongHeaderIsReportedBeforeAnyRow() {
        ImportReport report = dryRun(null, "nip,nama,unit\n123,Budi,X\n");
        assertThat(report.problems()).extracting(ImportProblem::code)
                .contains("import.HEADER_MISSING", "import.HEADER_UNKNOWN");
        assertThat(report.problems()).allMatch(p -> p.line() == 1L);
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() {
        byte[] latin1 = (UNITS + "K1,Dinas Pendapatan Daerah \u00e9,AGENCY,PROV-GTO\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        ImportReport report = SystemAuthentication.runAsSystem(() -> importer.dryRun(new ImportFiles(latin1, null)));
        assertThat(report.problems()).extracting(ImportProblem::code).containsExactly("import.NOT_UTF8");
    }

    @Test
    void theExportReadsBackAsUnchanged() {
        String units = SystemAuthentication.runAsSystem(importer::exportUnits);
        String employees = SystemAuthentication.runAsSystem(importer::exportEmployees);
        // the app's one CSV dialect (base/Csv): byte order mark, every field quoted, CRLF
        assertThat(units).startsWith("\uFEFF\"code\",\"name\",\"level\",\"parent_code\"\r\n");
        assertThat(employees).startsWith("\uFEFF\"" + OrganisationCsv.EMPLOYEES_HEADER.replace(",", "\",\"") + "\"\r\n");

        ImportReport report = dryRun(units, employees);

        assertThat(report.problems()).isEmpty();
        assertThat(report.unitsNew() + report.unitsUpdated() + report.employeesNew() + report.employeesUpdated())
                .isZero();
        assertThat(report.employeesUnchanged()).isEqualTo((int) organisation.countEmployees(null));
    }

    @Test
    void formulaCellsAreNeutralisedInTheExportAndImportBackUnchanged() {
        String agency = newAgency();
        String unit = TestData.unitCode("F");
        assertThat(importNow(UNITS + unit + ",\"=HYPERLINK(\"\"http://x\"\")\",DIVISION," + agency + "\n", null).problems())
                .isEmpty();

        String units = SystemAuthentication.runAsSystem(importer::exportUnits);
        assertThat(units).contains("\"" + unit + "\",\"'=HYPERLINK(\"\"http://x\"\")\",\"DIVISION\"");
        assertThat(units).doesNotContain(",\"=");

        ImportReport again = dryRun(units, null);
        assertThat(again.problems()).isEmpty();
        assertThat(again.unitsNew() + again.unitsUpdated()).isZero();
        assertThat(organisation.unitByCode(unit).orElseThrow().getName()).isEqualTo("=HYPERLINK(\"http://x\")");
    }

    @Test
    void onlyHrAndAdministratorsMayImport() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "someone", null, List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                        "ROLE_EMPLOYEE"))));
        try {
            assertThatThrownBy(() -> importer.importFiles(files(UNITS, null))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> importer.dryRun(files(UNITS, null))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(importer::exportEmployees).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
