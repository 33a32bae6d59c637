package id.kinerjaflow.org;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The closed vocabularies of the organisation (golongan, jabatan types, unit levels) and the CSV
 * files built on them: the demo organisation loaded on first start ({@code demo/}) and the sample
 * import file HR starts from ({@code samples/}).
 */
class ReferenceDataTest {

    // ------------------------------------------------------------------------------ golongan

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(textBlock = """
            I/a,   Juru Muda
            I/b,   Juru Muda Tingkat I
            I/c,   Juru
            I/d,   Juru Tingkat I
            II/a,  Pengatur Muda
            II/b,  Pengatur Muda Tingkat I
            II/c,  Pengatur
            II/d,  Pengatur Tingkat I
            III/a, Penata Muda
            III/b, Penata Muda Tingkat I
            III/c, Penata
            III/d, Penata Tingkat I
            IV/a,  Pembina
            IV/b,  Pembina Tingkat I
            IV/c,  Pembina Utama Muda
            IV/d,  Pembina Utama Madya
            IV/e,  Pembina Utama
            """)
    void eachPnsGolonganHasItsPangkat(String golongan, String pangkat) {
        assertThat(Golongan.isValid(EmploymentType.PNS, golongan)).isTrue();
        assertThat(Golongan.pangkat(golongan)).contains(pangkat);
    }

    @Test
    void pnsGolonganRunFromIaToIVeLowestFirst() {
        List<String> values = Golongan.valuesFor(EmploymentType.PNS);

        assertThat(values).hasSize(17).startsWith("I/a", "I/b").endsWith("IV/d", "IV/e");
        assertThat(values).allSatisfy(g -> assertThat(Golongan.pangkat(g)).isPresent());
    }

    @Test
    void pppkGolonganRunFromIToXVIIWithoutPangkat() {
        assertThat(Golongan.valuesFor(EmploymentType.PPPK)).containsExactly(
                "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
                "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII");
        assertThat(Golongan.valuesFor(EmploymentType.PPPK))
                .allSatisfy(g -> assertThat(Golongan.pangkat(g)).isEmpty());
    }

    @ParameterizedTest(name = "{1} is {2} for {0}")
    @CsvSource(textBlock = """
            PNS,  III/a, true
            PNS,  IX,    false
            PNS,  iii/a, false
            PNS,  III/A, false
            PNS,  IV/f,  false
            PNS,  '',    false
            PNS,  ,      false
            PPPK, IX,    true
            PPPK, XVII,  true
            PPPK, XVIII, false
            PPPK, ix,    false
            PPPK, III/a, false
            PPPK, ,      false
            """)
    void golonganAreValidOnlyForTheirOwnEmploymentTypeAndExactSpelling(EmploymentType type, String golongan,
                                                                     boolean valid) {
        assertThat(Golongan.isValid(type, golongan)).isEqualTo(valid);
    }

    @Test
    void pangkatIsUnknownForAnythingButAPnsGolongan() {
        assertThat(Golongan.pangkat("IX")).isEmpty();
        assertThat(Golongan.pangkat("iii/a")).isEmpty();
        assertThat(Golongan.pangkat(null)).isEmpty();
    }

    @Test
    void golonganListsCannotBeChanged() {
        assertThatThrownBy(() -> Golongan.valuesFor(EmploymentType.PNS).add("V/a"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // --------------------------------------------------------------------------- jabatan type

    @ParameterizedTest(name = "{0} reads \"{1}\" and is JPT: {2}")
    @CsvSource(textBlock = """
            JPT_UTAMA,               JPT Utama,               true
            JPT_MADYA,               JPT Madya,               true
            JPT_PRATAMA,             JPT Pratama,             true
            ADMINISTRATOR,           Administrator,           false
            PENGAWAS,                Pengawas,                false
            PELAKSANA,               Pelaksana,               false
            FUNGSIONAL_AHLI_PERTAMA, Fungsional Ahli Pertama, false
            FUNGSIONAL_AHLI_MUDA,    Fungsional Ahli Muda,    false
            FUNGSIONAL_AHLI_MADYA,   Fungsional Ahli Madya,   false
            FUNGSIONAL_AHLI_UTAMA,   Fungsional Ahli Utama,   false
            FUNGSIONAL_PEMULA,       Fungsional Pemula,       false
            FUNGSIONAL_TERAMPIL,     Fungsional Terampil,     false
            FUNGSIONAL_MAHIR,        Fungsional Mahir,        false
            FUNGSIONAL_PENYELIA,     Fungsional Penyelia,     false
            """)
    void eachJabatanTypeHasAnIndonesianLabelAndKnowsWhetherItIsJpt(JabatanType type, String label, boolean jpt) {
        assertThat(type.label()).isEqualTo(label);
        assertThat(type.isJpt()).isEqualTo(jpt);
    }

    @Test
    void thereAreFourteenJabatanTypesWithDistinctLabels() {
        assertThat(Arrays.stream(JabatanType.values()).map(JabatanType::label).distinct()).hasSize(14);
    }

    // ----------------------------------------------------------------------------- unit level

    @Test
    void unitLevelsAreDeclaredFromTheTopDown() {
        assertThat(UnitLevel.values()).containsExactly(
                UnitLevel.GOVERNMENT, UnitLevel.AGENCY, UnitLevel.DIVISION, UnitLevel.SUBDIVISION);
    }

    @ParameterizedTest(name = "{0} under {1}: {2}")
    @CsvSource(textBlock = """
            GOVERNMENT,  GOVERNMENT,  false
            GOVERNMENT,  AGENCY,      false
            GOVERNMENT,  DIVISION,    false
            GOVERNMENT,  SUBDIVISION, false
            GOVERNMENT,  ,            false
            AGENCY,      GOVERNMENT,  true
            AGENCY,      AGENCY,      false
            AGENCY,      DIVISION,    false
            AGENCY,      SUBDIVISION, false
            AGENCY,      ,            false
            DIVISION,    GOVERNMENT,  true
            DIVISION,    AGENCY,      true
            DIVISION,    DIVISION,    false
            DIVISION,    SUBDIVISION, false
            SUBDIVISION, GOVERNMENT,  true
            SUBDIVISION, AGENCY,      true
            SUBDIVISION, DIVISION,    true
            SUBDIVISION, SUBDIVISION, false
            SUBDIVISION, ,            false
            """)
    void aUnitMayOnlySitUnderAHigherLevel(UnitLevel level, UnitLevel parent, boolean allowed) {
        assertThat(level.mayHaveParent(parent)).isEqualTo(allowed);
    }

    // ------------------------------------------------------------------------------- messages

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"messages_id.properties", "messages_en.properties"})
    void everyEmploymentTypeAndUnitLevelHasALabel(String file) throws IOException {
        Properties messages = NipValidatorTest.load(file);

        for (EmploymentType type : EmploymentType.values()) {
            assertThat(messages.getProperty("employmentType." + type.name())).isNotBlank();
        }
        for (UnitLevel level : UnitLevel.values()) {
            assertThat(messages.getProperty("unitLevel." + level.name())).isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(UnitLevel.class)
    void unitLevelsReadTheIndonesianWayByDefault(UnitLevel level) throws IOException {
        Map<UnitLevel, String> expected = Map.of(
                UnitLevel.GOVERNMENT, "Pemerintah Daerah",
                UnitLevel.AGENCY, "Perangkat Daerah",
                UnitLevel.DIVISION, "Bidang/Bagian",
                UnitLevel.SUBDIVISION, "Sub Bidang/Seksi");
        assertThat(id.kinerjaflow.base.Messages.translate("unitLevel." + level.name(), null))
                .isEqualTo(expected.get(level));
    }

    // ------------------------------------------------- demo organisation and sample import file

    private static final String ROOT_CODE = "PROV-GTO";
    private static final List<String> UNIT_HEADER = List.of("code", "name", "level", "parent_code");
    private static final List<String> EMPLOYEE_HEADER = List.of("nip", "name", "employment_type", "golongan",
            "unit_code", "position", "jabatan_type", "supervisor_nip", "email");
    private static final List<String> ACCOUNT_HEADER = List.of("username", "nip", "roles");
    private static final Set<String> ROLES = Set.of("HR", "BOARD", "AUDITOR", "ADMIN");

    record Unit(String code, String name, UnitLevel level, String parentCode) {
    }

    record Employee(String nip, String name, EmploymentType employmentType, String golongan, String unitCode,
                    String position, JabatanType jabatanType, String supervisorNip, String email) {

        boolean hasSupervisor() {
            return !supervisorNip.isEmpty();
        }
    }

    record Account(String username, String nip, Set<String> roles) {
    }

    /** One set of files (demo/ or samples/), read through the same CSV rules the importer uses. */
    record OrgFiles(List<Unit> unitList, List<Employee> employeeList) {

        static OrgFiles load(String folder) throws IOException {
            List<Unit> units = read(folder + "/units.csv", UNIT_HEADER, r -> new Unit(
                    r.get("code"), r.get("name"), UnitLevel.valueOf(r.get("level")), r.get("parent_code")));
            List<Employee> employees = read(folder + "/employees.csv", EMPLOYEE_HEADER, r -> new Employee(
                    r.get("nip"), r.get("name"), EmploymentType.valueOf(r.get("employment_type")),
                    r.get("golongan"), r.get("unit_code"), r.get("position"),
                    JabatanType.valueOf(r.get("jabatan_type")), r.get("supervisor_nip"), r.get("email")));
            return new OrgFiles(units, employees);
        }

        Map<String, Unit> units() {
            return unitList.stream().collect(Collectors.toMap(Unit::code, u -> u, (a, b) -> a, LinkedHashMap::new));
        }

        Map<String, Employee> employees() {
            return employeeList.stream()
                    .collect(Collectors.toMap(Employee::nip, e -> e, (a, b) -> a, LinkedHashMap::new));
        }

        Optional<Employee> supervisorOf(Employee employee) {
            return Optional.ofNullable(employees().get(employee.supervisorNip()));
        }

        /** The one employee of the unit whose supervisor is outside it (or who has none). */
        Employee headOf(String unitCode) {
            List<Employee> heads = employeeList.stream()
                    .filter(e -> e.unitCode().equals(unitCode))
                    .filter(e -> supervisorOf(e).map(s -> !s.unitCode().equals(unitCode)).orElse(true))
                    .toList();
            assertThat(heads).as("heads of " + unitCode).hasSize(1);
            return heads.get(0);
        }

        /** The number of people from the employee up to the top of the chain, the employee included. */
        int chainLength(Employee employee) {
            Set<String> seen = new HashSet<>();
            Employee current = employee;
            while (current != null) {
                if (!seen.add(current.nip())) {
                    fail("supervisor cycle through " + current.nip() + " (" + current.name() + ")");
                }
                current = supervisorOf(current).orElse(null);
            }
            return seen.size();
        }

        boolean isWithin(String unitCode, String ancestorCode) {
            for (Unit unit = units().get(unitCode); unit != null; unit = units().get(unit.parentCode())) {
                if (unit.code().equals(ancestorCode)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static <T> List<T> read(String resource, List<String> header, Function<CSVRecord, T> mapper)
            throws IOException {
        try (InputStream in = ReferenceDataTest.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            try (Reader reader = new InputStreamReader(in, UTF_8);
                 CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                         .parse(reader)) {
                assertThat(parser.getHeaderNames()).as(resource + " header").isEqualTo(header);
                List<T> rows = new ArrayList<>();
                for (CSVRecord record : parser) {
                    assertThat(record.isConsistent()).as(resource + " line " + record.getRecordNumber()).isTrue();
                    rows.add(mapper.apply(record));
                }
                return rows;
            }
        }
    }

    // ---- checks that hold for the demo and the sample file alike

    @ParameterizedTest(name = "in {0}/")
    @ValueSource(strings = {"demo", "samples"})
    void everyNipPassesTheValidatorForItsEmploymentType(String folder) throws IOException {
        for (Employee e : OrgFiles.load(folder).employeeList()) {
            assertThat(NipValidator.validate(e.nip(), e.employmentType())).as(e.name()).isEmpty();
        }
    }

    @ParameterizedTest(name = "in {0}/")
    @ValueSource(strings = {"demo", "samples"})
    void everyGolonganExistsForItsEmploymentType(String folder) throws IOException {
        for (Employee e : OrgFiles.load(folder).employeeList()) {
            assertThat(Golongan.isValid(e.employmentType(), e.golongan())).as(e.name() + " " + e.golongan()).isTrue();
        }
    }

    @ParameterizedTest(name = "in {0}/")
    @ValueSource(strings = {"demo", "samples"})
    void nipsUnitCodesAndNamesAreUnique(String folder) throws IOException {
        OrgFiles files = OrgFiles.load(folder);

        assertThat(files.employeeList()).extracting(Employee::nip).doesNotHaveDuplicates();
        assertThat(files.employeeList()).extracting(Employee::name).doesNotHaveDuplicates();
        assertThat(files.unitList()).extracting(Unit::code).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "in {0}/")
    @ValueSource(strings = {"demo", "samples"})
    void everyReferencedUnitCodeExistsInTheSameFiles(String folder) throws IOException {
        OrgFiles files = OrgFiles.load(folder);
        Set<String> codes = files.units().keySet();

        assertThat(files.unitList()).extracting(Unit::parentCode).filteredOn(c -> !c.isEmpty())
                .allSatisfy(c -> assertThat(codes).contains(c));
        assertThat(files.employeeList()).extracting(Employee::unitCode)
                .allSatisfy(c -> assertThat(codes).contains(c));
    }

    @ParameterizedTest(name = "in {0}/")
    @ValueSource(strings = {"demo", "samples"})
    void unitLevelsNestUnderTheProvinceAsTheOnlyRoot(String folder) throws IOException {
        OrgFiles files = OrgFiles.load(folder);

        assertThat(files.unitList()).filteredOn(u -> u.parentCode().isEmpty())
                .containsExactly(new Unit(ROOT_CODE, "Pemerintah Provinsi Gorontalo", UnitLevel.GOVERNMENT, ""));
        for (Unit unit : files.unitList()) {
            if (!unit.parentCode().isEmpty()) {
                Unit parent = files.units().get(unit.parentCode());
                assertThat(unit.level().mayHaveParent(parent.level())).as(unit.code()).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "in {0}/")
    @ValueSource(strings = {"demo", "samples"})
    void everySupervisorIsAnEmployeeOfTheSameFile(String folder) throws IOException {
        OrgFiles files = OrgFiles.load(folder);

        assertThat(files.employeeList()).filteredOn(Employee::hasSupervisor)
                .allSatisfy(e -> assertThat(files.employees()).as(e.name()).containsKey(e.supervisorNip()));
    }

    @ParameterizedTest(name = "in {0}/")
    @ValueSource(strings = {"demo", "samples"})
    void noSupervisorChainRunsInACircle(String folder) throws IOException {
        OrgFiles files = OrgFiles.load(folder);

        files.employeeList().forEach(files::chainLength);
    }

    @ParameterizedTest(name = "in {0}/")
    @ValueSource(strings = {"demo", "samples"})
    void onlyJptEmployeesLackASupervisor(String folder) throws IOException {
        assertThat(OrgFiles.load(folder).employeeList()).filteredOn(e -> !e.hasSupervisor())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.jabatanType().isJpt()).as(e.name()).isTrue());
    }

    @ParameterizedTest(name = "in {0}/")
    @ValueSource(strings = {"demo", "samples"})
    void everyUnitHasOneHeadWhoReportsToTheHeadOneLevelUp(String folder) throws IOException {
        OrgFiles files = OrgFiles.load(folder);

        for (Unit unit : files.unitList()) {
            if (unit.level() == UnitLevel.GOVERNMENT) {
                assertThat(files.employeeList()).extracting(Employee::unitCode).doesNotContain(unit.code());
                continue;
            }
            Employee head = files.headOf(unit.code());
            if (unit.level() == UnitLevel.AGENCY) {
                assertThat(head.jabatanType().isJpt()).as(head.name()).isTrue();
                assertThat(head.hasSupervisor()).as(head.name() + " reports to the Kepala Daerah").isFalse();
            } else {
                assertThat(head.supervisorNip()).as(head.name())
                        .isEqualTo(files.headOf(unit.parentCode()).nip());
            }
        }
    }

    @ParameterizedTest(name = "in {0}/")
    @ValueSource(strings = {"demo", "samples"})
    void staffReportToTheHeadOfTheirOwnUnit(String folder) throws IOException {
        OrgFiles files = OrgFiles.load(folder);

        for (Employee e : files.employeeList()) {
            Employee head = files.headOf(e.unitCode());
            if (!e.equals(head)) {
                assertThat(e.supervisorNip()).as(e.name()).isEqualTo(head.nip());
            }
        }
    }

    @ParameterizedTest(name = "in {0}/")
    @ValueSource(strings = {"demo", "samples"})
    void emailsAreLeftEmpty(String folder) throws IOException {
        assertThat(OrgFiles.load(folder).employeeList()).extracting(Employee::email).containsOnly("");
    }

    // ---- the demo organisation

    @Test
    void theDemoProvinceHasAtLeastSixAgenciesAndSubdivisions() throws IOException {
        OrgFiles demo = OrgFiles.load("demo");

        assertThat(demo.unitList()).filteredOn(u -> u.level() == UnitLevel.AGENCY).hasSizeGreaterThanOrEqualTo(6)
                .extracting(Unit::code).contains("SETDA", "BKD", "DINKES", "INSP");
        assertThat(demo.unitList()).filteredOn(u -> u.level() == UnitLevel.SUBDIVISION).isNotEmpty();
    }

    @Test
    void theDemoHasAboutSixtyEmployeesMostlyPns() throws IOException {
        List<Employee> employees = OrgFiles.load("demo").employeeList();
        long pppk = employees.stream().filter(e -> e.employmentType() == EmploymentType.PPPK).count();

        assertThat(employees).hasSizeBetween(50, 80);
        assertThat(pppk).isBetween(4L, 8L);
    }

    @Test
    void supervisionReachesAtLeastFourLevels() throws IOException {
        OrgFiles demo = OrgFiles.load("demo");

        assertThat(demo.employeeList().stream().mapToInt(demo::chainLength).max().orElse(0)).isGreaterThanOrEqualTo(4);
    }

    // ---- the demo accounts

    private static List<Account> accounts() throws IOException {
        return read("demo/accounts.csv", ACCOUNT_HEADER, r -> new Account(r.get("username"), r.get("nip"),
                r.get("roles").isEmpty() ? Set.of() : Set.of(r.get("roles").split(";"))));
    }

    private static Map<String, Account> accountsByUsername() throws IOException {
        return accounts().stream().collect(Collectors.toMap(Account::username, a -> a));
    }

    @Test
    void theDemoAccountsAreTheDocumentedOnes() throws IOException {
        assertThat(accounts()).extracting(Account::username).containsExactlyInAnyOrder(
                "admin", "hr", "board", "auditor", "kadis", "kabid", "kasubbid", "staf");
    }

    @Test
    void accountRolesAreKnownAndLinkedNipsAreDemoEmployeesOnce() throws IOException {
        Map<String, Employee> employees = OrgFiles.load("demo").employees();
        List<Account> accounts = accounts();

        assertThat(accounts).allSatisfy(a -> assertThat(ROLES).containsAll(a.roles()));
        assertThat(accounts).extracting(Account::nip).filteredOn(n -> !n.isEmpty())
                .doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(employees).containsKey(n));
    }

    @Test
    void adminAndAuditorAreNotEmployees() throws IOException {
        Map<String, Account> accounts = accountsByUsername();

        assertThat(accounts.get("admin")).isEqualTo(new Account("admin", "", Set.of("ADMIN")));
        assertThat(accounts.get("auditor")).isEqualTo(new Account("auditor", "", Set.of("AUDITOR")));
    }

    @Test
    void hrAndBoardWorkAtTheBadanKepegawaianDaerah() throws IOException {
        OrgFiles demo = OrgFiles.load("demo");
        Map<String, Account> accounts = accountsByUsername();
        Employee hr = demo.employees().get(accounts.get("hr").nip());
        Employee board = demo.employees().get(accounts.get("board").nip());

        assertThat(accounts.get("hr").roles()).containsExactly("HR");
        assertThat(demo.isWithin(hr.unitCode(), "BKD")).isTrue();
        assertThat(hr.jabatanType().isJpt()).isFalse();

        assertThat(accounts.get("board").roles()).containsExactly("BOARD");
        assertThat(demo.units().get(board.unitCode()).level()).isEqualTo(UnitLevel.DIVISION);
        assertThat(demo.units().get(board.unitCode()).parentCode()).isEqualTo("BKD");
        assertThat(demo.headOf(board.unitCode())).isEqualTo(board);
    }

    @Test
    void kadisKabidKasubbidAndStafFormOneChainInDinasKesehatan() throws IOException {
        OrgFiles demo = OrgFiles.load("demo");
        Map<String, Account> accounts = accountsByUsername();
        Employee kadis = demo.employees().get(accounts.get("kadis").nip());
        Employee kabid = demo.employees().get(accounts.get("kabid").nip());
        Employee kasubbid = demo.employees().get(accounts.get("kasubbid").nip());
        Employee staf = demo.employees().get(accounts.get("staf").nip());

        assertThat(List.of("kadis", "kabid", "kasubbid", "staf"))
                .allSatisfy(u -> assertThat(accounts.get(u).roles()).as(u).isEmpty());

        assertThat(kadis.unitCode()).isEqualTo("DINKES");
        assertThat(kadis.jabatanType()).isEqualTo(JabatanType.JPT_PRATAMA);
        assertThat(kadis.hasSupervisor()).isFalse();

        assertThat(kabid.supervisorNip()).isEqualTo(kadis.nip());
        assertThat(kabid.jabatanType()).isEqualTo(JabatanType.ADMINISTRATOR);
        assertThat(demo.units().get(kabid.unitCode()).parentCode()).isEqualTo("DINKES");

        assertThat(kasubbid.supervisorNip()).isEqualTo(kabid.nip());
        assertThat(kasubbid.jabatanType()).isEqualTo(JabatanType.PENGAWAS);
        assertThat(demo.units().get(kasubbid.unitCode()))
                .extracting(Unit::level, Unit::parentCode)
                .containsExactly(UnitLevel.SUBDIVISION, kabid.unitCode());

        assertThat(staf.supervisorNip()).isEqualTo(kasubbid.nip());
        assertThat(staf.jabatanType()).isEqualTo(JabatanType.PELAKSANA);
        assertThat(staf.unitCode()).isEqualTo(kasubbid.unitCode());
    }

    // ---- the sample import file

    @Test
    void theSampleRepeatsTheDemoRootRowAndAddsOneNewAgency() throws IOException {
        OrgFiles demo = OrgFiles.load("demo");
        OrgFiles sample = OrgFiles.load("samples");

        assertThat(sample.units().get(ROOT_CODE)).isEqualTo(demo.units().get(ROOT_CODE));
        List<Unit> added = sample.unitList().stream().filter(u -> !u.code().equals(ROOT_CODE)).toList();
        assertThat(added).extracting(Unit::code).noneMatch(demo.units()::containsKey);
        assertThat(added).filteredOn(u -> u.level() == UnitLevel.AGENCY).hasSize(1);
        assertThat(added).filteredOn(u -> u.level() == UnitLevel.DIVISION).hasSize(2);
    }

    @Test
    void theSampleEmployeesAreNewPeople() throws IOException {
        Set<String> demoNips = OrgFiles.load("demo").employees().keySet();
        List<Employee> sample = OrgFiles.load("samples").employeeList();

        assertThat(sample).hasSizeBetween(8, 15).extracting(Employee::nip).noneMatch(demoNips::contains);
        assertThat(sample).filteredOn(e -> !e.hasSupervisor()).singleElement()
                .extracting(Employee::jabatanType).isEqualTo(JabatanType.JPT_PRATAMA);
    }
}
