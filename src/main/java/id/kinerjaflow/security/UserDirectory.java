package id.kinerjaflow.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user store: accounts with their effective roles. Used by the login, by views that need the
 * current user, and by the Camunda identity provider (users and groups of the engine).
 */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    private final UserAccountRepository accounts;
    private final EmployeeFacts employees;
    private final PasswordEncoder passwordEncoder;
    private final SignInThrottle throttle;

    UserDirectory(UserAccountRepository accounts, EmployeeFacts employees, PasswordEncoder passwordEncoder,
                  SignInThrottle throttle) {
        this.accounts = accounts;
        this.employees = employees;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
    }

    public Optional<AppUser> find(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return accounts.findByUsername(username.strip()).map(this::toUser);
    }

    /** The account of an employee, if they have one. */
    public Optional<AppUser> findByEmployee(Long employeeId) {
        return employeeId == null ? Optional.empty() : accounts.findByEmployeeId(employeeId).map(this::toUser);
    }

    /**
     * The username of each of these employees who has an enabled account, in one query per
     * thousand ids (for launching a cycle; no role is worked out).
     */
    public Map<Long, String> usernamesOfEmployees(Collection<Long> employeeIds) {
        Map<Long, String> names = new HashMap<>();
        List<Long> ids = new ArrayList<>(employeeIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            accounts.usernamesOfEmployees(ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }

    public List<AppUser> find(Collection<String> usernames) {
        return accounts.findByUsernameIn(usernames).stream().map(this::toUser)
                .sorted(Comparator.comparing(AppUser::username)).toList();
    }

    public List<AppUser> all() {
        Set<Long> appraisers = employees.appraiserIds();
        Set<Long> active = employees.activeIds();
        return accounts.findAll().stream().map(a -> toUser(a, active, appraisers))
                .sorted(Comparator.comparing(AppUser::username)).toList();
    }

    /** Every user who holds the role (granted, or derived from the organisation). */
    public List<AppUser> membersOf(Role role) {
        Set<Long> appraisers = employees.appraiserIds();
        Set<Long> active = employees.activeIds();
        List<UserAccount> found = switch (role) {
            case EMPLOYEE -> accounts.findByEmployeeIdIsNotNull();
            case APPRAISER -> appraisers.isEmpty() ? List.of() : accounts.findByEmployeeIdIn(appraisers);
            default -> accounts.findByGrantedRole(role);
        };
        return found.stream().map(a -> toUser(a, active, appraisers)).filter(u -> u.hasRole(role))
                .sorted(Comparator.comparing(AppUser::username)).toList();
    }

    /**
     * Checks a password (the engine's identity service: Camunda's webapp login); false for unknown,
     * waiting, locked or disabled users, and while the name is blocked after failed attempts.
     */
    public boolean checkPassword(String username, String rawPassword) {
        String name = username == null ? "" : username.strip();
        if (throttle.blockedUntil(name, null).isPresent()) {
            throttle.failed(name, null, "signin.refused");
            return false;
        }
        boolean ok = rawPassword != null && accounts.findByUsername(name)
                .filter(a -> toUser(a).enabled())
                .map(a -> passwordEncoder.matches(rawPassword, a.getPasswordHash()))
                .orElse(false);
        if (ok) {
            throttle.succeeded(name);
        } else {
            throttle.failed(name, null, "signin.failed");
        }
        return ok;
    }

    /** A new account to create; {@code passwordHash} is already encoded. */
    public record NewAccount(String username, String displayName, Long employeeId, Set<Role> grantedRoles) {
    }

    /**
     * Creates accounts that all start with the same password, already activated (one hash for
     * all: the demo organisation creates dozens at once). An account that exists and is still
     * waiting for activation (made by the import for the same employee or user name) gets the
     * user name, the password and the roles; an activated one is left as it is.
     */
    @Transactional
    @Secured({Roles.AUTH_ADMIN})
    public int createAccounts(List<NewAccount> newAccounts, String rawPassword) {
        return createAccounts(newAccounts, rawPassword, false);
    }

    /** As {@link #createAccounts(List, String)}; {@code mustChange} forces a new password at the first sign-in. */
    @Transactional
    @Secured({Roles.AUTH_ADMIN})
    public int createAccounts(List<NewAccount> newAccounts, String rawPassword, boolean mustChange) {
        String hash = passwordEncoder.encode(rawPassword);
        java.time.Instant now = java.time.Instant.now();
        List<UserAccount> toSave = new ArrayList<>();
        Map<String, UserAccount> byUsername = new HashMap<>();
        accounts.findByUsernameIn(newAccounts.stream().map(NewAccount::username).toList())
                .forEach(a -> byUsername.put(a.getUsername(), a));
        Map<Long, UserAccount> byEmployee = new HashMap<>();
        List<Long> employeeIds = newAccounts.stream().map(NewAccount::employeeId).filter(java.util.Objects::nonNull)
                .toList();
        for (int from = 0; from < employeeIds.size(); from += 1000) {
            accounts.findByEmployeeIdIn(employeeIds.subList(from, Math.min(employeeIds.size(), from + 1000)))
                    .forEach(a -> byEmployee.put(a.getEmployeeId(), a));
        }
        int changed = 0;
        for (NewAccount n : newAccounts) {
            if (n.grantedRoles().stream().anyMatch(r -> !r.isGranted())) {
                throw new IllegalArgumentException("Roles EMPLOYEE and APPRAISER are derived, not granted");
            }
            UserAccount existing = n.employeeId() != null && byEmployee.containsKey(n.employeeId())
                    ? byEmployee.get(n.employeeId()) : byUsername.get(n.username());
            if (existing == null) {
                UserAccount fresh = new UserAccount(n.username(), hash, n.displayName(), n.employeeId(),
                        n.grantedRoles());
                fresh.setInitialPassword(hash, mustChange, now);
                toSave.add(fresh);
                byUsername.put(n.username(), fresh);
                changed++;
            } else if (!existing.isActivated() && (existing.getUsername().equals(n.username())
                    || !byUsername.containsKey(n.username()))) {
                existing.rename(n.username(), n.displayName());
                existing.setInitialPassword(hash, mustChange, now);
                existing.setGrantedRoles(n.grantedRoles());
                byUsername.put(n.username(), existing);
                changed++;
            }
        }
        accounts.saveAll(toSave);
        return changed;
    }

    public long count() {
        return accounts.count();
    }

    private AppUser toUser(UserAccount a) {
        boolean active = a.getEmployeeId() == null || employees.isActive(a.getEmployeeId());
        boolean appraiser = a.getEmployeeId() != null && employees.isAppraiser(a.getEmployeeId());
        return build(a, active, appraiser);
    }

    private AppUser toUser(UserAccount a, Set<Long> activeIds, Set<Long> appraiserIds) {
        boolean active = a.getEmployeeId() == null || activeIds.contains(a.getEmployeeId());
        boolean appraiser = a.getEmployeeId() != null && appraiserIds.contains(a.getEmployeeId());
        return build(a, active, appraiser);
    }

    private static AppUser build(UserAccount a, boolean employeeActive, boolean appraiser) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(a.getGrantedRoles());
        if (a.getEmployeeId() != null && employeeActive) {
            roles.add(Role.EMPLOYEE);
            if (appraiser) {
                roles.add(Role.APPRAISER);
            }
        }
        // an account waiting for activation or locked cannot sign in
        return new AppUser(a.getUsername(), a.getDisplayName(), a.getEmployeeId(), roles,
                a.isEnabled() && employeeActive && a.isActivated() && !a.isLocked(), a.getPasswordHash());
    }
}
