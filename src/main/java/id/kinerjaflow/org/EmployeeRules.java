package id.kinerjaflow.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules an employee's own fields must follow, independent of the database: one place for the
 * employee form and the CSV import. References (unit, supervisor, chain) are checked by the callers,
 * which know where to look them up.
 */
final class EmployeeRules {

    static final int NAME_MAX = 200;
    static final int TITLE_MAX = 200;
    static final int EMAIL_MAX = 200;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private EmployeeRules() {
    }

    static List<Problem> check(EmployeeData d, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (d.employmentType() == null) {
            problems.add(Problem.of("employment_type", "employee.EMPLOYMENT_TYPE_REQUIRED"));
        }
        if (d.nip() == null) {
            problems.add(Problem.of("nip", "nip.REQUIRED"));
        } else if (d.employmentType() != null) {
            for (NipViolation v : NipValidator.validate(d.nip(), d.employmentType(), today)) {
                problems.add(new Problem("nip", "nip." + v.rule().name(), v.args()));
            }
        }
        requiredText(problems, "name", d.name(), NAME_MAX);
        if (d.employmentType() != null) {
            if (d.golongan() == null) {
                problems.add(Problem.of("golongan", "employee.GOLONGAN_REQUIRED"));
            } else if (!Golongan.isValid(d.employmentType(), d.golongan())) {
                problems.add(Problem.of("golongan", "employee.GOLONGAN_INVALID", d.golongan(),
                        d.employmentType().name(), String.join(", ", Golongan.valuesFor(d.employmentType()))));
            }
        }
        if (d.unitCode() == null) {
            problems.add(Problem.of("unit_code", "employee.UNIT_REQUIRED"));
        }
        requiredText(problems, "position", d.positionTitle(), TITLE_MAX);
        if (d.jabatanType() == null) {
            problems.add(Problem.of("jabatan_type", "employee.JABATAN_TYPE_REQUIRED"));
        }
        if (d.supervisorNip() == null && d.jabatanType() != null && !d.jabatanType().isJpt()) {
            problems.add(Problem.of("supervisor_nip", "employee.SUPERVISOR_REQUIRED"));
        }
        if (d.supervisorNip() != null && d.supervisorNip().equals(d.nip())) {
            problems.add(Problem.of("supervisor_nip", "employee.SUPERVISOR_SELF"));
        }
        if (d.email() != null && (d.email().length() > EMAIL_MAX || !EMAIL.matcher(d.email()).matches())) {
            problems.add(Problem.of("email", "employee.EMAIL_INVALID", d.email()));
        }
        return problems;
    }

    private static void requiredText(List<Problem> problems, String field, String value, int max) {
        if (value == null) {
            problems.add(Problem.of(field, "field.REQUIRED"));
        } else if (value.length() > max) {
            problems.add(Problem.of(field, "field.TOO_LONG", max));
        }
    }
}
