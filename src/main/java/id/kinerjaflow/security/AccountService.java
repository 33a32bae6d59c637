package id.kinerjaflow.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.base.OrganisationSettings;
import id.kinerjaflow.security.EmployeeFacts.Placement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of employees and their administration (issue 23): an account per employee by NIP,
 * created by the organisation import and waiting for activation; one-time activation codes;
 * activation with a new password under {@link PasswordPolicy}; lock, unlock, disable, enable;
 * granting and revoking HR, BOARD, AUDITOR and ADMIN. Each change is published as an
 * {@link AccountEvent} (the audit trail records it, in the same transaction). Bad input changes
 * nothing: every check comes before the first write.
 */
@Service
@Transactional
public class AccountService {

    /** How long an activation code works. */
    public static final Duration CODE_VALIDITY = Duration.ofDays(14);
    private static final int CHUNK = 1000;

    private final UserAccountRepository accounts;
    private final EmployeeFacts employees;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final SignInThrottle throttle;
    private final OrganisationSettings settings;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, EmployeeFacts employees, PasswordEncoder passwordEncoder,
                   PasswordPolicy policy, SignInThrottle throttle, OrganisationSettings settings,
                   ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
        this.accounts = accounts;
        this.employees = employees;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.throttle = throttle;
        this.settings = settings;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---- accounts of employees (the import) ------------------------------------------------------

    /**
     * An employee as an import leaves them: {@code returning} when they were inactive before and
     * are active again.
     */
    public record EmployeeAccount(Long employeeId, String nip, String name, boolean active, boolean returning) {
    }

    /** What {@link #syncEmployees} changed. */
    public record SyncResult(int created, int closed, int reopened) {
    }

    /**
     * Gives every active employee an account with the NIP as user name, waiting for activation.
     * An employee who left loses access at once (password and code wiped; the account counts as
     * disabled while the employee is inactive); one who returns waits for a new code. Runs in the
     * import's transaction.
     */
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public SyncResult syncEmployees(Collection<EmployeeAccount> people) {
        List<EmployeeAccount> list = new ArrayList<>(people);
        Map<Long, UserAccount> byEmployee = new HashMap<>();
        Map<String, UserAccount> byUsername = new HashMap<>();
        for (int from = 0; from < list.size(); from += CHUNK) {
            List<EmployeeAccount> chunk = list.subList(from, Math.min(list.size(), from + CHUNK));
            accounts.findByEmployeeIdIn(chunk.stream().map(EmployeeAccount::employeeId).toList())
                    .forEach(a -> byEmployee.put(a.getEmployeeId(), a));
            accounts.findByUsernameIn(chunk.stream().map(EmployeeAccount::nip).toList())
                    .forEach(a -> byUsername.put(a.getUsername(), a));
        }
        String actor = actor();
        int created = 0;
        int closed = 0;
        int reopened = 0;
        List<UserAccount> toSave = new ArrayList<>();
        for (EmployeeAccount p : list) {
            UserAccount a = byEmployee.get(p.employeeId());
            if (a == null) {
                if (p.active() && !byUsername.containsKey(p.nip())) {
                    UserAccount fresh = new UserAccount(p.nip(), null, p.name(), p.employeeId(), Set.of());
                    toSave.add(fresh);
                    byUsername.put(p.nip(), fresh);
                    created++;
                }
                continue;
            }
            if (!p.name().equals(a.getDisplayName())) {
                a.setDisplayName(p.name());
            }
            if (!p.active() && (a.isActivated() || a.getActivationCodeHash() != null)) {
                a.resetToWaiting();
                closed++;
                events.publishEvent(new AccountEvent("account.closed", actor, a.getUsername(), "employee left"));
            } else if (p.active() && p.returning()) {
                a.resetToWaiting();
                reopened++;
                events.publishEvent(new AccountEvent("account.reopened", actor, a.getUsername(),
                        "employee returned: waits for a new code"));
            }
        }
        accounts.saveAll(toSave);
        if (created > 0) {
            events.publishEvent(new AccountEvent("account.created", actor, "", created + " accounts by import"));
        }
        return new SyncResult(created, closed, reopened);
    }

    // ---- search ------------------------------------------------------------------------------------

    /** The account screen's filter; every part may be null. */
    public record AccountQuery(String text, Long unitId, AccountState state) {
    }

    /** One row of the account screen. */
    public record AccountRow(String username, String displayName, String nip, String unitName, AccountState state,
                             Instant lastSignIn, Set<Role> grantedRoles, Instant blockedUntil, boolean codeIssued,
                             Instant codeExpires) {
    }

    /** Accounts matching the query, by name; at most {@code limit}. */
    @Transactional(readOnly = true)
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public List<AccountRow> search(AccountQuery query, int limit) {
        requireManager();
        Map<Long, Placement> placements = employees.placements();
        Set<Long> unitIds = query.unitId() == null ? null : employees.unitWithDescendants(query.unitId());
        String text = query.text() == null ? "" : query.text().strip().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        List<AccountRow> rows = new ArrayList<>();
        for (UserAccount a : accounts.findAll()) {
            Placement p = a.getEmployeeId() == null ? null : placements.get(a.getEmployeeId());
            if (unitIds != null && (p == null || !unitIds.contains(p.unitId()))) {
                continue;
            }
            if (!text.isEmpty() && !(a.getUsername().toLowerCase(Locale.ROOT).contains(text)
                    || a.getDisplayName().toLowerCase(Locale.ROOT).contains(text)
                    || (p != null && (p.nip().contains(text) || p.unitName().toLowerCase(Locale.ROOT).contains(text))))) {
                continue;
            }
            AccountRow row = row(a, p, now);
            if (query.state() == null || row.state() == query.state()) {
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparing(AccountRow::displayName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(AccountRow::username));
        return rows.size() > limit ? rows.subList(0, limit) : rows;
    }

    /** One account as the screen shows it. */
    @Transactional(readOnly = true)
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public Optional<AccountRow> account(String username) {
        requireManager();
        return accounts.findByUsername(username).map(a -> row(a,
                a.getEmployeeId() == null ? null : employees.placements().get(a.getEmployeeId()), clock.instant()));
    }

    private AccountRow row(UserAccount a, Placement p, Instant now) {
        Instant blocked = throttle.accountBlockedUntil(a.getUsername()).orElse(null);
        return new AccountRow(a.getUsername(), a.getDisplayName(), p == null ? null : p.nip(),
                p == null ? null : p.unitName(), state(a, p, blocked != null), a.getLastSignInAt(),
                Set.copyOf(a.getGrantedRoles()), blocked, a.hasValidCode(now),
                a.hasValidCode(now) ? a.getActivationExpiresAt() : null);
    }

    private static AccountState state(UserAccount a, Placement p, boolean blocked) {
        boolean employeeActive = a.getEmployeeId() == null || (p != null && p.active());
        if (!a.isEnabled() || !employeeActive) {
            return AccountState.DISABLED;
        }
        if (a.isLocked() || blocked) {
            return AccountState.LOCKED;
        }
        return a.isActivated() ? AccountState.ACTIVE : AccountState.WAITING;
    }

    private AccountState state(UserAccount a) {
        boolean employeeActive = a.getEmployeeId() == null || employees.isActive(a.getEmployeeId());
        if (!a.isEnabled() || !employeeActive) {
            return AccountState.DISABLED;
        }
        if (a.isLocked() || throttle.accountBlockedUntil(a.getUsername()).isPresent()) {
            return AccountState.LOCKED;
        }
        return a.isActivated() ? AccountState.ACTIVE : AccountState.WAITING;
    }

    /** Whether the signed-in user may administer accounts: an administrator, or HR where allowed. */
    @Transactional(readOnly = true)
    public boolean mayManage() {
        return currentUser.hasRole(Role.ADMIN)
                || (currentUser.hasRole(Role.HR) && settings.flag(OrganisationSettings.HR_MANAGES_ACCOUNTS));
    }

    private void requireManager() {
        if (!mayManage()) {
            throw new AccessDeniedException("Only an administrator, or HR where allowed, manages accounts");
        }
    }

    /** Whether HR may administer accounts. */
    @Transactional(readOnly = true)
    public boolean hrManagesAccounts() {
        return settings.flag(OrganisationSettings.HR_MANAGES_ACCOUNTS);
    }

    @Secured(Roles.AUTH_ADMIN)
    public void setHrManagesAccounts(boolean allowed) {
        settings.setText(OrganisationSettings.HR_MANAGES_ACCOUNTS, Boolean.toString(allowed));
        events.publishEvent(new AccountEvent("account.setting", actor(), "", "hr_manages_accounts=" + allowed));
    }

    // ---- actions -----------------------------------------------------------------------------------

    /**
     * A new one-time code for the account (shown once to whoever issues it); any earlier code stops
     * working. An active account keeps its password until the code is used.
     */
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public IssuedCode issueCode(String username) {
        requireManager();
        UserAccount a = existing(username);
        if (state(a) == AccountState.DISABLED) {
            throw new BusinessRuleException("account.DISABLED_NO_CODE", a.getDisplayName());
        }
        IssuedCode code = newCode(a);
        events.publishEvent(new AccountEvent("account.code.issued", actor(), a.getUsername(),
                "valid until " + code.expires()));
        return code;
    }

    /** A code as printed on a letter, with the account it is for. */
    public record IssuedCode(String username, String displayName, String code, Instant expires) {
    }

    private IssuedCode newCode(UserAccount a) {
        String code = ActivationCodes.newCode();
        Instant expires = clock.instant().plus(CODE_VALIDITY);
        a.issueCode(ActivationCodes.hash(a.getUsername(), code), expires);
        return new IssuedCode(a.getUsername(), a.getDisplayName(), ActivationCodes.printed(code), expires);
    }

    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public void lock(String username) {
        requireManager();
        UserAccount a = existing(username);
        keepAnAdministrator(a);
        a.setLocked(true);
        events.publishEvent(new AccountEvent("account.locked", actor(), a.getUsername(), ""));
    }

    /** Lifts an administrator's lock and any block after failed sign-ins. */
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public void unlock(String username) {
        requireManager();
        UserAccount a = existing(username);
        a.setLocked(false);
        throttle.unlock(a.getUsername());
        events.publishEvent(new AccountEvent("account.unlocked", actor(), a.getUsername(), ""));
    }

    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public void disable(String username) {
        requireManager();
        UserAccount a = existing(username);
        keepAnAdministrator(a);
        a.setEnabled(false);
        events.publishEvent(new AccountEvent("account.disabled", actor(), a.getUsername(), ""));
    }

    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public void enable(String username) {
        requireManager();
        UserAccount a = existing(username);
        a.setEnabled(true);
        events.publishEvent(new AccountEvent("account.enabled", actor(), a.getUsername(), ""));
    }

    /**
     * Grants or revokes a granted role. Nobody changes their own roles; only an administrator
     * grants or revokes ADMIN; the last administrator keeps the role.
     */
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public void setRole(String username, Role role, boolean granted) {
        requireManager();
        if (!role.isGranted()) {
            throw new IllegalArgumentException("Role " + role + " follows from the organisation");
        }
        UserAccount a = existing(username);
        AppUser me = currentUser.require();
        if (a.getUsername().equalsIgnoreCase(me.username())) {
            throw new BusinessRuleException("account.OWN_ROLES");
        }
        if (role == Role.ADMIN && !me.hasRole(Role.ADMIN)) {
            throw new BusinessRuleException("account.ADMIN_ONLY");
        }
        if (a.getGrantedRoles().contains(role) == granted) {
            return;
        }
        if (role == Role.ADMIN && !granted) {
            keepAnAdministrator(a);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(a.getGrantedRoles());
        if (granted) {
            roles.add(role);
        } else {
            roles.remove(role);
        }
        a.setGrantedRoles(roles);
        events.publishEvent(new AccountEvent(granted ? "account.role.granted" : "account.role.revoked", actor(),
                a.getUsername(), role.name()));
    }

    /** Refuses a change that would leave no administrator who can sign in. */
    private void keepAnAdministrator(UserAccount target) {
        if (!target.getGrantedRoles().contains(Role.ADMIN) || !usableAdministrator(target)) {
            return;
        }
        long others = accounts.findByGrantedRole(Role.ADMIN).stream()
                .filter(a -> !a.getId().equals(target.getId())).filter(this::usableAdministrator).count();
        if (others == 0) {
            throw new BusinessRuleException("account.LAST_ADMIN");
        }
    }

    private boolean usableAdministrator(UserAccount a) {
        return a.isEnabled() && !a.isLocked() && a.isActivated()
                && (a.getEmployeeId() == null || employees.isActive(a.getEmployeeId()));
    }

    private UserAccount existing(String username) {
        return accounts.findByUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> new BusinessRuleException("account.UNKNOWN", username));
    }

    // ---- activation letters -----------------------------------------------------------------------

    /** The people of a unit (and the units below it) that a letter is made for, with their codes. */
    public record Letter(String nip, String name, String unitName, String username, String code, Instant expires) {
    }

    /**
     * New codes for every active employee of the unit (and below) whose account waits for
     * activation; with {@code renewValidCodes} false, those whose code still works are left out
     * (their letter is out already). Each earlier code of a renewed account stops working.
     */
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public List<Letter> issueLetters(Long unitId, boolean renewValidCodes) {
        Set<Long> unitIds = employees.unitWithDescendants(unitId);
        Map<Long, Placement> placements = employees.placements();
        List<Long> ids = placements.values().stream()
                .filter(p -> p.active() && unitIds.contains(p.unitId())).map(Placement::employeeId).toList();
        Instant now = clock.instant();
        List<Letter> letters = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (UserAccount a : accounts.findByEmployeeIdIn(ids.subList(from, Math.min(ids.size(), from + CHUNK)))) {
                if (a.isActivated() || !a.isEnabled() || (!renewValidCodes && a.hasValidCode(now))) {
                    continue;
                }
                Placement p = placements.get(a.getEmployeeId());
                IssuedCode code = newCode(a);
                letters.add(new Letter(p.nip(), p.name(), p.unitName(), a.getUsername(), code.code(), code.expires()));
            }
        }
        letters.sort(Comparator.comparing(Letter::unitName).thenComparing(Letter::name));
        if (!letters.isEmpty()) {
            events.publishEvent(new AccountEvent("account.letters", actor(), "",
                    letters.size() + " codes for unit " + unitId));
        }
        return letters;
    }

    /** The units letters can be made for. */
    @Transactional(readOnly = true)
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public List<EmployeeFacts.UnitRef> units() {
        return employees.units();
    }

    // ---- activation and password change ---------------------------------------------------------

    /** The outcome of a form: empty errors when it was saved; else field name -> refusal. */
    public record FormResult(Map<String, PasswordPolicy.Refusal> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * Activation with a one-time code (page {@code aktivasi}, no sign-in): the NIP, the code and a
     * new password. A wrong, expired or used code and an unknown NIP get the same answer, and
     * count as failed sign-ins of that NIP and address (throttled). Fields: nip, code, password,
     * repeat.
     */
    public FormResult activate(String nip, String code, String password, String repeat, String address) {
        Map<String, PasswordPolicy.Refusal> errors = new LinkedHashMap<>();
        String n = nip == null ? "" : nip.strip();
        if (n.isEmpty()) {
            errors.put("nip", refusal("field.REQUIRED"));
        }
        if (ActivationCodes.normalised(code).isEmpty()) {
            errors.put("code", refusal("field.REQUIRED"));
        }
        passwordErrors(password, repeat, n, null, errors);
        if (!errors.isEmpty()) {
            return new FormResult(errors);
        }
        Optional<Instant> blocked = throttle.blockedUntil(n, address);
        if (blocked.isPresent()) {
            return new FormResult(Map.of("code", refusal("activation.THROTTLED")));
        }
        Instant now = clock.instant();
        Optional<UserAccount> found = employees.employeeIdByNip(n).flatMap(accounts::findByEmployeeId)
                .or(() -> accounts.findByUsername(n));
        UserAccount a = found.filter(acc -> state(acc) != AccountState.DISABLED)
                .filter(acc -> acc.codeMatches(ActivationCodes.hash(acc.getUsername(), code), now)).orElse(null);
        if (a == null) {
            throttle.failed(n, address, "activation.failed");
            return new FormResult(Map.of("code", refusal("activation.CODE_WRONG")));
        }
        Optional<PasswordPolicy.Refusal> personal = policy.check(password, a.getUsername(), a.getDisplayName());
        if (personal.isPresent()) {
            return new FormResult(Map.of("password", personal.get()));
        }
        a.activate(passwordEncoder.encode(password), now);
        a.setLocked(false);
        throttle.succeeded(n);
        events.publishEvent(new AccountEvent("account.activated", a.getUsername(), a.getUsername(),
                address == null ? "" : "address " + address));
        return new FormResult(Map.of());
    }

    /** The signed-in user changes their password (page {@code kata-sandi}). Fields: current, password, repeat. */
    public FormResult changePassword(String current, String password, String repeat, String address) {
        AppUser me = currentUser.require();
        UserAccount a = existing(me.username());
        Map<String, PasswordPolicy.Refusal> errors = new LinkedHashMap<>();
        if (throttle.blockedUntil(a.getUsername(), address).isPresent()) {
            return new FormResult(Map.of("current", refusal("activation.THROTTLED")));
        }
        if (current == null || !a.isActivated() || !passwordEncoder.matches(current, a.getPasswordHash())) {
            throttle.failed(a.getUsername(), address, "signin.failed");
            errors.put("current", refusal("password.CURRENT_WRONG"));
        }
        passwordErrors(password, repeat, a.getUsername(), a.getDisplayName(), errors);
        if (errors.isEmpty() && current.equals(password)) {
            errors.put("password", refusal("password.SAME"));
        }
        if (!errors.isEmpty()) {
            return new FormResult(errors);
        }
        a.changePassword(passwordEncoder.encode(password));
        events.publishEvent(new AccountEvent("account.password.changed", a.getUsername(), a.getUsername(), ""));
        return new FormResult(Map.of());
    }

    private void passwordErrors(String password, String repeat, String username, String displayName,
                                Map<String, PasswordPolicy.Refusal> errors) {
        policy.check(password, username, displayName).ifPresent(r -> errors.put("password", r));
        if (password != null && !password.equals(repeat)) {
            errors.put("repeat", refusal("password.REPEAT_DIFFERS"));
        }
    }

    private static PasswordPolicy.Refusal refusal(String key) {
        return new PasswordPolicy.Refusal(key, List.of());
    }

    /** Whether the signed-in user must choose a new password before anything else. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword(String username) {
        return accounts.findByUsername(username).map(UserAccount::isMustChangePassword).orElse(false);
    }

    /** Notes a successful sign-in (for the account screen), in its own transaction. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSignIn(String username) {
        accounts.findByUsername(username).ifPresent(a -> {
            Instant now = clock.instant();
            if (a.getLastSignInAt() == null || a.getLastSignInAt().isBefore(now.minusSeconds(60))) {
                a.signedIn(now);
            }
        });
    }

    private String actor() {
        return currentUser.get().map(AppUser::username).orElse(SystemAuthentication.SYSTEM_USER);
    }
}
