package id.kinerjaflow.org;

import java.util.HashSet;
import java.util.Set;

import id.kinerjaflow.security.EmployeeFacts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the user store who is an active employee and who is an appraiser. */
@Component
@Transactional(readOnly = true)
class OrganisationEmployeeFacts implements EmployeeFacts {

    private final EmployeeRepository employees;

    OrganisationEmployeeFacts(EmployeeRepository employees) {
        this.employees = employees;
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
