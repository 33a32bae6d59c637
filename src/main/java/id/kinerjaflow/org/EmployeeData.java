package id.kinerjaflow.org;

/**
 * The editable facts of an employee, as a form or an import row gives them. Units and supervisors
 * are referenced by their business keys (unit code, supervisor NIP) so both paths share one set of
 * rules ({@link EmployeeRules}).
 *
 * @param id      null for a new employee
 * @param version the version the editor started from (optimistic locking); ignored for new ones
 */
public record EmployeeData(Long id, long version, String nip, String name, EmploymentType employmentType,
                           String golongan, String unitCode, String positionTitle, JabatanType jabatanType,
                           String supervisorNip, String email, boolean active) {

    public static EmployeeData of(Employee e) {
        return new EmployeeData(e.getId(), e.getVersion(), e.getNip(), e.getName(), e.getEmploymentType(),
                e.getGolongan(), e.getUnit().getCode(), e.getPosition().getTitle(),
                e.getPosition().getJabatanType(), e.getSupervisor() == null ? null : e.getSupervisor().getNip(),
                e.getEmail(), e.isActive());
    }

    /** Trims text fields and turns blanks into nulls, as every boundary should before validating. */
    public EmployeeData normalised() {
        return new EmployeeData(id, version, trim(nip), trim(name), employmentType, trim(golongan), trim(unitCode),
                trim(positionTitle), jabatanType, trim(supervisorNip), trim(email), active);
    }

    static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
