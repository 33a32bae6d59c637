package id.kinerjaflow.org;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.kinerjaflow.security.AccountService;
import id.kinerjaflow.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation: units, positions, employees and the supervisor chain. The only way in for
 * views and other features. Appraiser = direct supervisor; senior appraiser = the supervisor's
 * supervisor.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private final OrgUnitRepository units;
    private final JobPositionRepository positions;
    private final EmployeeRepository employees;
    private final AccountService accounts;

    OrganisationService(OrgUnitRepository units, JobPositionRepository positions, EmployeeRepository employees,
                        AccountService accounts) {
        this.units = units;
        this.positions = positions;
        this.employees = employees;
        this.accounts = accounts;
    }

    // ---- units ------------------------------------------------------------------------------

    /** Every unit with its parent loaded, ordered by name. */
    public List<OrgUnit> units() {
        return units.findAllWithParent();
    }

    public Optional<OrgUnit> unit(Long id) {
        return id == null ? Optional.empty() : units.findById(id);
    }

    public Optional<OrgUnit> unitByCode(String code) {
        return units.findByCode(code);
    }

    /** Active employees per unit id (the unit itself, not its sub-units). */
    public Map<Long, Long> activeEmployeesPerUnit() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : employees.countPerUnit()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** The unit and every unit below it. */
    public Set<Long> unitWithDescendants(Long unitId) {
        Map<Long, List<Long>> children = new HashMap<>();
        for (OrgUnit u : units.findAllWithParent()) {
            if (u.getParentId() != null) {
                children.computeIfAbsent(u.getParentId(), k -> new ArrayList<>()).add(u.getId());
            }
        }
        Set<Long> result = new HashSet<>();
        List<Long> todo = new ArrayList<>(List.of(unitId));
        while (!todo.isEmpty()) {
            Long id = todo.remove(todo.size() - 1);
            if (result.add(id)) {
                todo.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return result;
    }

    // ---- employees ---------------------------------------------------------------------------

    /** What the employee grid asks for: a unit (with its sub-units) and a text to find in name or NIP. */
    public record EmployeeQuery(Long unitId, String text) {
    }

    public List<Employee> searchEmployees(EmployeeQuery q, int offset, int limit, Sort sort) {
        Filter f = filter(q);
        int size = Math.max(1, limit);
        Sort order = sort == null || sort.isUnsorted() ? Sort.by("name") : sort;
        return employees.search(f.all, f.unitIds, f.text, PageRequest.of(offset / size, size, order));
    }

    public long countEmployees(EmployeeQuery q) {
        Filter f = filter(q);
        return employees.countSearch(f.all, f.unitIds, f.text);
    }

    private record Filter(boolean all, Set<Long> unitIds, String text) {
    }

    private Filter filter(EmployeeQuery q) {
        boolean all = q == null || q.unitId() == null;
        Set<Long> ids = all ? Set.of(-1L) : unitWithDescendants(q.unitId());
        String text = q == null ? null : EmployeeData.trim(q.text());
        return new Filter(all, ids, text == null ? null : "%" + text.toLowerCase(Locale.ROOT) + "%");
    }

    /** The employee with unit, position and supervisor loaded. */
    public Optional<Employee> employee(Long id) {
        return id == null ? Optional.empty() : employees.findDetailed(id);
    }

    public Optional<Employee> employeeByNip(String nip) {
        return nip == null ? Optional.empty() : employees.findDetailedByNip(nip);
    }

    /** The active employees of these units, with unit, position and supervisor, by id. */
    public List<Employee> activeEmployeesIn(Collection<Long> unitIds) {
        return unitIds.isEmpty() ? List.of() : employees.findActiveIn(unitIds);
    }

    /** The ids of the active employees of these units, ascending. */
    public List<Long> activeEmployeeIdsIn(Collection<Long> unitIds) {
        return unitIds.isEmpty() ? List.of() : employees.findActiveIdsIn(unitIds);
    }

    /**
     * The active employees of these units with ids between first and last (inclusive), with their
     * unit, supervisor and the supervisor's supervisor loaded: what starting their appraisals needs.
     */
    public List<Employee> activeEmployeesIn(Collection<Long> unitIds, long firstId, long lastId) {
        return unitIds.isEmpty() ? List.of() : employees.findActiveInRange(unitIds, firstId, lastId);
    }

    /** The appraiser (pejabat penilai kinerja): the direct supervisor. */
    public Optional<Employee> appraiserOf(Long employeeId) {
        return employee(employeeId).map(Employee::getSupervisor).flatMap(s -> employee(s.getId()));
    }

    /** The senior appraiser (atasan pejabat penilai kinerja): the supervisor's supervisor. */
    public Optional<Employee> seniorAppraiserOf(Long employeeId) {
        return appraiserOf(employeeId).flatMap(a -> appraiserOf(a.getId()));
    }

    public List<Employee> subordinates(Long supervisorId) {
        return employees.findSubordinates(supervisorId);
    }

    /** Whether the employee supervises at least one active employee (and so is an appraiser). */
    public boolean hasSubordinates(Long employeeId) {
        return employeeId != null && employees.existsBySupervisorIdAndActiveTrue(employeeId);
    }

    /** Ids of every employee who supervises at least one active employee. */
    public Set<Long> appraiserIds() {
        return new HashSet<>(employees.supervisorIds());
    }

    public LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /**
     * Creates or updates one employee. Every rule is checked first; on any problem nothing is
     * written and {@link OrganisationException} lists them all.
     */
    @Transactional
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public Employee save(EmployeeData input) {
        EmployeeData d = input.normalised();
        List<Problem> problems = new ArrayList<>(EmployeeRules.check(d, today()));

        Employee existing = d.id() == null ? null : employees.findById(d.id()).orElse(null);
        if (d.id() != null && existing == null) {
            throw new OrganisationException(List.of(Problem.of("id", "employee.NOT_FOUND")));
        }
        if (existing != null && existing.getVersion() != d.version()) {
            throw new ObjectOptimisticLockingFailureException(Employee.class, d.id());
        }
        if (d.nip() != null) {
            employees.findByNip(d.nip()).filter(other -> existing == null || !other.getId().equals(existing.getId()))
                    .ifPresent(other -> problems.add(Problem.of("nip", "employee.NIP_TAKEN", other.getName())));
        }
        OrgUnit unit = d.unitCode() == null ? null : units.findByCode(d.unitCode()).orElse(null);
        if (d.unitCode() != null && unit == null) {
            problems.add(Problem.of("unit_code", "employee.UNIT_UNKNOWN", d.unitCode()));
        }
        JobPosition position = null;
        if (unit != null && d.positionTitle() != null && d.jabatanType() != null) {
            position = positions.findByUnitAndTitle(unit, d.positionTitle()).orElse(null);
            if (position != null && position.getJabatanType() != d.jabatanType()) {
                problems.add(Problem.of("jabatan_type", "employee.POSITION_TYPE_CONFLICT", d.positionTitle(),
                        position.getJabatanType().label()));
            }
        }
        Employee supervisor = null;
        if (d.supervisorNip() != null && !d.supervisorNip().equals(d.nip())) {
            supervisor = employees.findByNip(d.supervisorNip()).orElse(null);
            if (supervisor == null) {
                problems.add(Problem.of("supervisor_nip", "employee.SUPERVISOR_UNKNOWN", d.supervisorNip()));
            } else if (!supervisor.isActive()) {
                problems.add(Problem.of("supervisor_nip", "employee.SUPERVISOR_INACTIVE", supervisor.getName()));
            } else if (existing != null && leadsTo(supervisor, existing.getId())) {
                problems.add(Problem.of("supervisor_nip", "employee.SUPERVISOR_CYCLE", supervisor.getName()));
            }
        }
        if (existing != null && !d.active() && existing.isActive() && hasSubordinates(existing.getId())) {
            problems.add(Problem.of("active", "employee.DEACTIVATE_SUPERVISOR"));
        }
        if (!problems.isEmpty()) {
            throw new OrganisationException(problems);
        }
        if (position == null) {
            position = positions.save(new JobPosition(unit, d.positionTitle(), d.jabatanType()));
        }
        Employee target = existing != null ? existing : new Employee(d.nip());
        boolean returning = existing != null && !existing.isActive() && d.active();
        target.apply(d.nip(), d.name(), d.employmentType(), d.golongan(), unit, position, supervisor, d.email(),
                d.active());
        Employee saved = employees.saveAndFlush(target);
        accounts.syncEmployees(List.of(new AccountService.EmployeeAccount(saved.getId(), saved.getNip(),
                saved.getName(), saved.isActive(), returning)));
        return employees.findDetailed(saved.getId()).orElseThrow();
    }

    /**
     * Whether walking up the supervisor chain from {@code start} reaches {@code employeeId}: one
     * small query per level (chains are a handful deep), not the whole organisation.
     */
    private boolean leadsTo(Employee start, Long employeeId) {
        Set<Long> seen = new HashSet<>();
        Long current = start.getId();
        while (current != null && seen.add(current)) {
            if (current.equals(employeeId)) {
                return true;
            }
            current = employees.supervisorIdOf(current).orElse(null);
        }
        return false;
    }
}
