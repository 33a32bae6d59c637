package id.kinerjaflow.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the user store needs to know about employees to derive the roles EMPLOYEE and APPRAISER.
 * Implemented by the organisation feature, so that security does not depend on it.
 */
public interface EmployeeFacts {

    /** Whether the employee exists and is active. */
    boolean isActive(Long employeeId);

    /** Whether the employee supervises at least one active employee. */
    boolean isAppraiser(Long employeeId);

    /** Ids of every active employee who supervises at least one active employee. */
    Set<Long> appraiserIds();

    /** Ids of every active employee. */
    Set<Long> activeIds();

    /** Where an employee works, for the account screens and the activation letters. */
    record Placement(Long employeeId, String nip, String name, Long unitId, String unitName, boolean active) {
    }

    /** A unit to pick on the account screens. */
    record UnitRef(Long id, String code, String name) {
    }

    /** Every employee's placement, by employee id. */
    Map<Long, Placement> placements();

    /** Every unit, by name. */
    List<UnitRef> units();

    /** The unit and every unit below it. */
    Set<Long> unitWithDescendants(Long unitId);

    /** The id of the employee with this NIP. */
    Optional<Long> employeeIdByNip(String nip);
}
