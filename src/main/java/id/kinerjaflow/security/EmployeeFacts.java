package id.kinerjaflow.security;

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
}
