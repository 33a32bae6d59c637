package id.kinerjaflow.org;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.kinerjaflow.security.EmployeeFacts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the user store who is an active employee and who is an appraiser. */
@Component
@Transactional(readOnly = true)
class OrganisationEmployeeFacts implements EmployeeFacts {

    private final EmployeeRepository employees;
    private final OrgUnitRepository units;

    OrganisationEmployeeFacts(EmployeeRepository employees, OrgUnitRepository units) {
        this.employees = employees;
        this.units = units;
    }

    @Override
    public Map<Long, Placement> placements() {
        Map<Long, Placement> result = new HashMap<>();
        for (Employee e : employees.findAllDetailed()) {
            result.put(e.getId(), new Placement(e.getId(), e.getNip(), e.getName(), e.getUnit().getId(),
                    e.getUnit().getName(), e.isActive()));
        }
        return result;
    }

    @Override
    public List<UnitRef> units() {
        return units.findAllWithParent().stream().map(u -> new UnitRef(u.getId(), u.getCode(), u.getName())).toList();
    }

    @Override
    public Set<Long> unitWithDescendants(Long unitId) {
        Map<Long, List<Long>> children = new HashMap<>();
        for (OrgUnit u : units.findAllWithParent()) {
            if (u.getParentId() != null) {
                children.computeIfAbsent(u.getParentId(), k -> new java.util.ArrayList<>()).add(u.getId());
            }
        }
        Set<Long> result = new HashSet<>();
        java.util.Deque<Long> todo = new java.util.ArrayDeque<>(List.of(unitId));
        while (!todo.isEmpty()) {
            Long id = todo.pop();
            if (result.add(id)) {
                todo.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return result;
    }

    @Override
    public Optional<Long> employeeIdByNip(String nip) {
        return nip == null ? Optional.empty() : employees.findByNip(nip.strip()).map(Employee::getId);
    }

    @Override
    public boolean isActive(Long employeeId) {
        return employeeId != null && employees.isActive(employeeId).orElse(false);
    }

    @Override
    public boolean isAppraiser(Long employeeId) {
        return employeeId != null && isActive(employeeId) && employees.existsBySupervisorIdAndActiveTrue(employeeId);
    }

    @Override
    public Set<Long> appraiserIds() {
        Set<Long> ids = new HashSet<>(employees.supervisorIds());
        ids.retainAll(activeIds());
        return ids;
    }

    @Override
    public Set<Long> activeIds() {
        return new HashSet<>(employees.activeIds());
    }
}
