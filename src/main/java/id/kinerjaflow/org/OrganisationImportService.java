package id.kinerjaflow.org;

import static id.kinerjaflow.org.ImportProblem.ImportFile.EMPLOYEES;
import static id.kinerjaflow.org.ImportProblem.ImportFile.UNITS;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import id.kinerjaflow.org.OrganisationCsv.Row;
import id.kinerjaflow.security.AccountService;
import id.kinerjaflow.security.AccountService.EmployeeAccount;
import id.kinerjaflow.security.Roles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports units and employees from CSV, all or nothing, and exports them in the same format.
 * Rows are matched by unit code and NIP: a known one is updated, a new one created. A dry run
 * lists every bad row with its line and reason; {@link #importFiles} writes only when there is none.
 */
@Service
public class OrganisationImportService {

    static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    private final OrgUnitRepository units;
    private final JobPositionRepository positions;
    private final EmployeeRepository employees;
    private final OrganisationService organisation;
    private final AccountService accounts;

    OrganisationImportService(OrgUnitRepository units, JobPositionRepository positions, EmployeeRepository employees,
                              OrganisationService organisation, AccountService accounts) {
        this.units = units;
        this.positions = positions;
        this.employees = employees;
        this.organisation = organisation;
        this.accounts = accounts;
    }

    /** Either file may be null: import only units, only employees, or both at once. */
    public record ImportFiles(byte[] units, byte[] employees) {
    }

    /** Checks the files against the rules and the current organisation; writes nothing. */
    @Transactional(readOnly = true)
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public ImportReport dryRun(ImportFiles files) {
        return plan(files).report;
    }

    /** Checks, and when every row is good, writes everything in one transaction. */
    @Transactional
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public ImportReport importFiles(ImportFiles files) {
        Plan plan = plan(files);
        if (!plan.report.ok()) {
            return plan.report;
        }
        apply(plan);
        return plan.report.asApplied();
    }

    // ---- planning: parse, validate, compare ---------------------------------------------------

    private record UnitRow(long line, String code, String name, UnitLevel level, String parentCode) {
    }

    private record EmployeeRow(long line, EmployeeData data) {
    }

    private static final class Plan {
        final List<UnitRow> unitRows = new ArrayList<>();
        final List<EmployeeRow> employeeRows = new ArrayList<>();
        final List<ImportProblem> problems = new ArrayList<>();
        final List<ImportChange> changes = new ArrayList<>();
        ImportReport report;
    }

    private Plan plan(ImportFiles files) {
        Plan plan = new Plan();
        if ((files.units() == null || files.units().length == 0)
                && (files.employees() == null || files.employees().length == 0)) {
            plan.problems.add(new ImportProblem(UNITS, 0, null, "import.NO_FILE", List.of()));
        }
        Map<String, OrgUnit> dbUnits = new HashMap<>();
        units.findAllWithParent().forEach(u -> dbUnits.put(u.getCode(), u));

        int[] unitCounts = planUnits(files.units(), dbUnits, plan);
        Set<String> knownUnitCodes = new HashSet<>(dbUnits.keySet());
        plan.unitRows.forEach(r -> knownUnitCodes.add(r.code()));
        int[] employeeCounts = planEmployees(files.employees(), knownUnitCodes, plan);

        plan.problems.sort(Comparator.comparing(ImportProblem::file).thenComparingLong(ImportProblem::line));
        plan.report = new ImportReport(plan.problems, unitCounts[0], unitCounts[1], unitCounts[2],
                employeeCounts[0], employeeCounts[1], employeeCounts[2], false, plan.changes);
        return plan;
    }

    private int[] planUnits(byte[] content, Map<String, OrgUnit> dbUnits, Plan plan) {
        int[] counts = new int[3];
        if (content == null || content.length == 0) {
            return counts;
        }
        OrganisationCsv.Parsed parsed = OrganisationCsv.parse(content, UNITS, OrganisationCsv.UNIT_COLUMNS, List.of());
        plan.problems.addAll(parsed.problems());
        Map<String, UnitRow> byCode = new LinkedHashMap<>();
        for (Row row : parsed.rows()) {
            List<ImportProblem> rowProblems = new ArrayList<>();
            String code = row.get("code");
            String name = row.get("name");
            UnitLevel level = null;
            if (code == null) {
                rowProblems.add(problem(UNITS, row, "code", "field.REQUIRED"));
            } else if (!UNIT_CODE.matcher(code).matches()) {
                rowProblems.add(problem(UNITS, row, "code", "unit.CODE_INVALID", code));
            } else if (byCode.containsKey(code)) {
                rowProblems.add(problem(UNITS, row, "code", "unit.CODE_DUPLICATE", code, byCode.get(code).line()));
            }
            if (name == null) {
                rowProblems.add(problem(UNITS, row, "name", "field.REQUIRED"));
            } else if (name.length() > 200) {
                rowProblems.add(problem(UNITS, row, "name", "field.TOO_LONG", 200));
            }
            String levelText = row.get("level");
            if (levelText == null) {
                rowProblems.add(problem(UNITS, row, "level", "field.REQUIRED"));
            } else {
                level = parseEnum(UnitLevel.class, levelText);
                if (level == null) {
                    rowProblems.add(problem(UNITS, row, "level", "unit.LEVEL_UNKNOWN", levelText,
                            names(UnitLevel.values())));
                }
            }
            plan.problems.addAll(rowProblems);
            if (rowProblems.isEmpty()) {
                byCode.put(code, new UnitRow(row.line(), code, name, level, row.get("parent_code")));
            } else if (code != null && !byCode.containsKey(code)) {
                byCode.put(code, new UnitRow(row.line(), code, name, level, row.get("parent_code")));
            }
        }
        // parents: known, of a suitable level, no loops
        for (UnitRow r : byCode.values()) {
            if (r.level() == null) {
                continue;
            }
            UnitLevel parentLevel = null;
            if (r.parentCode() != null) {
                UnitRow fileParent = byCode.get(r.parentCode());
                OrgUnit dbParent = dbUnits.get(r.parentCode());
                if (fileParent == null && dbParent == null) {
                    plan.problems.add(new ImportProblem(UNITS, r.line(), "parent_code", "unit.PARENT_UNKNOWN",
                            List.of(r.parentCode())));
                    continue;
                }
                parentLevel = fileParent != null ? fileParent.level() : dbParent.getLevel();
            }
            if (parentLevel == null && r.parentCode() != null) {
                continue; // the parent row is itself bad and reported
            }
            boolean fits = parentLevel == null ? r.level() == UnitLevel.GOVERNMENT : r.level().mayHaveParent(parentLevel);
            if (!fits) {
                plan.problems.add(new ImportProblem(UNITS, r.line(), "parent_code",
                        parentLevel == null ? "unit.PARENT_REQUIRED" : "unit.PARENT_LEVEL",
                        List.of(r.level().name(), parentLevel == null ? "" : parentLevel.name())));
            }
        }
        for (UnitRow r : byCode.values()) {
            if (inUnitLoop(r, byCode, dbUnits)) {
                plan.problems.add(new ImportProblem(UNITS, r.line(), "parent_code", "unit.CYCLE",
                        List.of(r.code())));
            }
        }
        plan.unitRows.addAll(byCode.values());
        for (UnitRow r : byCode.values()) {
            OrgUnit db = dbUnits.get(r.code());
            if (db == null) {
                counts[0]++;
                plan.changes.add(new ImportChange(UNITS, r.line(), ImportChange.Kind.NEW, r.code(), r.name(),
                        List.of()));
                continue;
            }
            List<String> differ = new ArrayList<>();
            if (!Objects.equals(db.getName(), r.name())) {
                differ.add("name");
            }
            if (db.getLevel() != r.level()) {
                differ.add("level");
            }
            if (!Objects.equals(db.getParent() == null ? null : db.getParent().getCode(), r.parentCode())) {
                differ.add("parent_code");
            }
            if (differ.isEmpty()) {
                counts[2]++;
            } else {
                counts[1]++;
                plan.changes.add(new ImportChange(UNITS, r.line(), ImportChange.Kind.UPDATED, r.code(), r.name(),
                        differ));
            }
        }
        return counts;
    }

    private boolean inUnitLoop(UnitRow start, Map<String, UnitRow> byCode, Map<String, OrgUnit> dbUnits) {
        Set<String> seen = new HashSet<>();
        String code = start.code();
        while (code != null) {
            if (!seen.add(code)) {
                return code.equals(start.code());
            }
            UnitRow row = byCode.get(code);
            if (row != null) {
                code = row.parentCode();
            } else {
                OrgUnit db = dbUnits.get(code);
                code = db == null || db.getParent() == null ? null : db.getParent().getCode();
            }
        }
        return false;
    }

    private int[] planEmployees(byte[] content, Set<String> knownUnitCodes, Plan plan) {
        int[] counts = new int[3];
        if (content == null || content.length == 0) {
            return counts;
        }
        OrganisationCsv.Parsed parsed = OrganisationCsv.parse(content, EMPLOYEES, OrganisationCsv.EMPLOYEE_COLUMNS,
                OrganisationCsv.OPTIONAL_EMPLOYEE_COLUMNS);
        plan.problems.addAll(parsed.problems());
        LocalDate today = organisation.today();

        Map<String, Employee> dbByNip = new HashMap<>();
        employees.findAllDetailed().forEach(e -> dbByNip.put(e.getNip(), e));
        Map<String, JabatanType> dbPositionTypes = new HashMap<>();
        positions.findAllWithUnit().forEach(p -> dbPositionTypes.put(positionKey(p.getUnit().getCode(), p.getTitle()),
                p.getJabatanType()));

        Map<String, EmployeeRow> byNip = new LinkedHashMap<>();
        Map<String, EmployeeRow> positionFirstRow = new HashMap<>();
        Set<Long> badLines = new HashSet<>();
        for (Row row : parsed.rows()) {
            List<ImportProblem> rowProblems = new ArrayList<>();
            EmploymentType type = null;
            String typeText = row.get("employment_type");
            if (typeText != null) {
                type = parseEnum(EmploymentType.class, typeText);
                if (type == null) {
                    rowProblems.add(problem(EMPLOYEES, row, "employment_type", "employee.EMPLOYMENT_TYPE_UNKNOWN",
                            typeText, names(EmploymentType.values())));
                }
            }
            JabatanType jabatan = null;
            String jabatanText = row.get("jabatan_type");
            if (jabatanText != null) {
                jabatan = parseEnum(JabatanType.class, jabatanText);
                if (jabatan == null) {
                    rowProblems.add(problem(EMPLOYEES, row, "jabatan_type", "employee.JABATAN_TYPE_UNKNOWN",
                            jabatanText, names(JabatanType.values())));
                }
            }
            Boolean active = Boolean.TRUE;
            String activeText = row.get("active");
            if (activeText != null) {
                active = parseBoolean(activeText);
                if (active == null) {
                    rowProblems.add(problem(EMPLOYEES, row, "active", "employee.ACTIVE_INVALID", activeText));
                }
            }
            EmployeeData data = new EmployeeData(null, 0, row.get("nip"), row.get("name"), type,
                    row.get("golongan"), row.get("unit_code"), row.get("position"), jabatan,
                    row.get("supervisor_nip"), row.get("email"), active == null || active).normalised();
            for (Problem p : EmployeeRules.check(data, today)) {
                boolean reportedAlready = (typeText != null && type == null && p.field().equals("employment_type"))
                        || (jabatanText != null && jabatan == null && p.field().equals("jabatan_type"));
                if (!reportedAlready) {
                    rowProblems.add(new ImportProblem(EMPLOYEES, row.line(), p.field(), p.code(), p.args()));
                }
            }
            if (data.unitCode() != null && !knownUnitCodes.contains(data.unitCode())) {
                rowProblems.add(problem(EMPLOYEES, row, "unit_code", "employee.UNIT_UNKNOWN", data.unitCode()));
            }
            if (data.nip() != null && byNip.containsKey(data.nip())) {
                rowProblems.add(problem(EMPLOYEES, row, "nip", "employee.NIP_DUPLICATE", data.nip(),
                        byNip.get(data.nip()).line()));
            }
            if (data.unitCode() != null && data.positionTitle() != null && data.jabatanType() != null) {
                String key = positionKey(data.unitCode(), data.positionTitle());
                EmployeeRow first = positionFirstRow.get(key);
                JabatanType dbType = dbPositionTypes.get(key);
                if (first != null && first.data().jabatanType() != data.jabatanType()) {
                    rowProblems.add(problem(EMPLOYEES, row, "jabatan_type", "employee.POSITION_TYPE_CONFLICT_ROW",
                            data.positionTitle(), first.data().jabatanType().label(), first.line()));
                } else if (first == null && dbType != null && dbType != data.jabatanType()) {
                    rowProblems.add(problem(EMPLOYEES, row, "jabatan_type", "employee.POSITION_TYPE_CONFLICT",
                            data.positionTitle(), dbType.label()));
                }
                positionFirstRow.putIfAbsent(key, new EmployeeRow(row.line(), data));
            }
            plan.problems.addAll(rowProblems);
            if (!rowProblems.isEmpty()) {
                badLines.add(row.line());
            }
            if (data.nip() != null && !byNip.containsKey(data.nip())) {
                byNip.put(data.nip(), new EmployeeRow(row.line(), data));
            }
        }
        // supervisors: known (in the file or the database), and no loop in the resulting chain
        Map<String, String> supervisorOf = new HashMap<>();
        dbByNip.values().forEach(e -> supervisorOf.put(e.getNip(),
                e.getSupervisor() == null ? null : e.getSupervisor().getNip()));
        byNip.values().forEach(r -> supervisorOf.put(r.data().nip(), r.data().supervisorNip()));
        for (EmployeeRow r : byNip.values()) {
            String sup = r.data().supervisorNip();
            if (sup == null || sup.equals(r.data().nip())) {
                continue;
            }
            if (!byNip.containsKey(sup) && !dbByNip.containsKey(sup)) {
                plan.problems.add(new ImportProblem(EMPLOYEES, r.line(), "supervisor_nip",
                        "employee.SUPERVISOR_UNKNOWN", List.of(sup)));
            } else if (inSupervisorLoop(r.data().nip(), supervisorOf)) {
                plan.problems.add(new ImportProblem(EMPLOYEES, r.line(), "supervisor_nip",
                        "employee.SUPERVISOR_CYCLE", List.of(describeLoop(r.data().nip(), supervisorOf))));
            }
        }
        plan.employeeRows.addAll(byNip.values());
        for (EmployeeRow r : byNip.values()) {
            Employee db = dbByNip.get(r.data().nip());
            if (db == null) {
                counts[0]++;
                plan.changes.add(new ImportChange(EMPLOYEES, r.line(), ImportChange.Kind.NEW, r.data().nip(),
                        r.data().name(), List.of()));
            } else {
                EmployeeData before = EmployeeData.of(db).normalised();
                EmployeeData after = new EmployeeData(before.id(), before.version(), r.data().nip(), r.data().name(),
                        r.data().employmentType(), r.data().golongan(), r.data().unitCode(),
                        r.data().positionTitle(), r.data().jabatanType(), r.data().supervisorNip(),
                        r.data().email(), r.data().active());
                List<String> differ = differences(before, after);
                counts[differ.isEmpty() ? 2 : 1]++;
                if (!differ.isEmpty()) {
                    plan.changes.add(new ImportChange(EMPLOYEES, r.line(), ImportChange.Kind.UPDATED, r.data().nip(),
                            r.data().name(), differ));
                }
            }
        }
        return counts;
    }

    /** The file's columns whose values differ between the employee as stored and as in the file. */
    private static List<String> differences(EmployeeData before, EmployeeData after) {
        List<String> differ = new ArrayList<>();
        if (before.equals(after)) {
            return differ;
        }
        Object[][] pairs = {
                {"name", before.name(), after.name()},
                {"employment_type", before.employmentType(), after.employmentType()},
                {"golongan", before.golongan(), after.golongan()},
                {"unit_code", before.unitCode(), after.unitCode()},
                {"position", before.positionTitle(), after.positionTitle()},
                {"jabatan_type", before.jabatanType(), after.jabatanType()},
                {"supervisor_nip", before.supervisorNip(), after.supervisorNip()},
                {"email", before.email(), after.email()},
                {"active", before.active(), after.active()}};
        for (Object[] p : pairs) {
            if (!Objects.equals(p[1], p[2])) {
                differ.add((String) p[0]);
            }
        }
        if (differ.isEmpty()) {
            differ.add("nip"); // only what normalising the NIP changes
        }
        return differ;
    }

    private static boolean inSupervisorLoop(String nip, Map<String, String> supervisorOf) {
        Set<String> seen = new HashSet<>();
        String current = supervisorOf.get(nip);
        while (current != null && seen.add(current)) {
            if (current.equals(nip)) {
                return true;
            }
            current = supervisorOf.get(current);
        }
        return false;
    }

    private static String describeLoop(String nip, Map<String, String> supervisorOf) {
        List<String> chain = new ArrayList<>(List.of(nip));
        String current = supervisorOf.get(nip);
        while (current != null && !current.equals(nip) && chain.size() < 20) {
            chain.add(current);
            current = supervisorOf.get(current);
        }
        chain.add(nip);
        return String.join(" \u2192 ", chain);
    }

    // ---- applying ------------------------------------------------------------------------------

    private void apply(Plan plan) {
        Map<String, OrgUnit> byCode = new HashMap<>();
        units.findAll().forEach(u -> byCode.put(u.getCode(), u));
        // parents before children
        Deque<UnitRow> todo = new ArrayDeque<>(plan.unitRows);
        int guard = todo.size() * todo.size() + 1;
        while (!todo.isEmpty() && guard-- > 0) {
            UnitRow r = todo.poll();
            OrgUnit parent = r.parentCode() == null ? null : byCode.get(r.parentCode());
            if (r.parentCode() != null && parent == null) {
                todo.add(r);
                continue;
            }
            OrgUnit unit = byCode.get(r.code());
            if (unit == null) {
                unit = units.save(new OrgUnit(r.code(), r.name(), r.level(), parent));
                byCode.put(r.code(), unit);
            } else {
                unit.update(r.name(), r.level(), parent);
            }
        }
        Map<String, JobPosition> positionsByKey = new HashMap<>();
        positions.findAllWithUnit().forEach(p -> positionsByKey.put(positionKey(p.getUnit().getCode(), p.getTitle()), p));
        Map<String, Employee> byNip = new HashMap<>();
        employees.findAllDetailed().forEach(e -> byNip.put(e.getNip(), e));
        List<Employee> touched = new ArrayList<>();
        Set<String> returning = new HashSet<>();
        for (EmployeeRow r : plan.employeeRows) {
            EmployeeData d = r.data();
            OrgUnit unit = byCode.get(d.unitCode());
            JobPosition position = positionsByKey.computeIfAbsent(positionKey(d.unitCode(), d.positionTitle()),
                    k -> positions.save(new JobPosition(unit, d.positionTitle(), d.jabatanType())));
            Employee e = byNip.computeIfAbsent(d.nip(), Employee::new);
            if (e.getId() != null && !e.isActive() && d.active()) {
                returning.add(d.nip());
            }
            e.apply(d.nip(), d.name(), d.employmentType(), d.golongan(), unit, position, e.getSupervisor(),
                    d.email(), d.active());
            touched.add(e);
        }
        employees.saveAll(touched);
        for (EmployeeRow r : plan.employeeRows) {
            Employee e = byNip.get(r.data().nip());
            Employee sup = r.data().supervisorNip() == null ? null : byNip.get(r.data().supervisorNip());
            if (sup == null && r.data().supervisorNip() != null) {
                sup = employees.findByNip(r.data().supervisorNip()).orElseThrow();
            }
            e.apply(e.getNip(), e.getName(), e.getEmploymentType(), e.getGolongan(), e.getUnit(), e.getPosition(), sup,
                    e.getEmail(), e.isActive());
        }
        employees.flush();
        // every active employee has an account by NIP; a leaver loses access, a returner waits for a new code
        accounts.syncEmployees(touched.stream().map(e -> new EmployeeAccount(e.getId(), e.getNip(), e.getName(),
                e.isActive(), returning.contains(e.getNip()))).toList());
    }

    // ---- export ----------------------------------------------------------------------------------

    /** The units in the import format, parents before children. */
    @Transactional(readOnly = true)
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN, Roles.AUTH_AUDITOR})
    public String exportUnits() {
        List<OrgUnit> all = units.findAllWithParent();
        Map<Long, List<OrgUnit>> children = new HashMap<>();
        List<OrgUnit> roots = new ArrayList<>();
        for (OrgUnit u : all) {
            if (u.getParentId() == null) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.getParentId(), k -> new ArrayList<>()).add(u);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        Deque<OrgUnit> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            OrgUnit u = todo.poll();
            rows.add(List.of(u.getCode(), u.getName(), u.getLevel().name(),
                    u.getParent() == null ? "" : u.getParent().getCode()));
            todo.addAll(children.getOrDefault(u.getId(), List.of()));
        }
        return OrganisationCsv.write(OrganisationCsv.UNIT_COLUMNS, rows);
    }

    /** Every employee in the import format. */
    @Transactional(readOnly = true)
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN, Roles.AUTH_AUDITOR})
    public String exportEmployees() {
        List<List<String>> rows = new ArrayList<>();
        for (Employee e : employees.findAllDetailed()) {
            rows.add(java.util.Arrays.asList(e.getNip(), e.getName(), e.getEmploymentType().name(), e.getGolongan(),
                    e.getUnit().getCode(), e.getPosition().getTitle(), e.getPosition().getJabatanType().name(),
                    e.getSupervisor() == null ? null : e.getSupervisor().getNip(), e.getEmail(),
                    Boolean.toString(e.isActive())));
        }
        return OrganisationCsv.write(OrganisationCsv.EMPLOYEE_COLUMNS, rows);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static String positionKey(String unitCode, String title) {
        return unitCode + "\u0000" + title.toLowerCase(Locale.ROOT);
    }

    private static ImportProblem problem(ImportProblem.ImportFile file, Row row, String column, String code,
                                         Object... args) {
        return new ImportProblem(file, row.line(), column, code, List.of(args));
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
        String normalised = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(normalised)) {
                return value;
            }
        }
        return null;
    }

    private static Boolean parseBoolean(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "ya", "yes", "1", "aktif" -> Boolean.TRUE;
            case "false", "tidak", "no", "0", "nonaktif" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String names(Enum<?>[] values) {
        return String.join(", ", java.util.Arrays.stream(values).map(Enum::name).toList());
    }
}
