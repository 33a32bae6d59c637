package id.kinerjaflow.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A login account. The one user store of KinerjaFlow and of its Camunda engine. */
@Entity
@Table(name = "app_user")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "employee_id")
    private Long employeeId;

    private boolean enabled = true;

    private boolean locked;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "activation_code_hash")
    private String activationCodeHash;

    @Column(name = "activation_expires_at")
    private Instant activationExpiresAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> grantedRoles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, String displayName, Long employeeId, Set<Role> grantedRoles) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.employeeId = employeeId;
        this.grantedRoles = grantedRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(grantedRoles);
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    String getDisplayName() {
        return displayName;
    }

    Long getEmployeeId() {
        return employeeId;
    }

    boolean isEnabled() {
        return enabled;
    }

    Set<Role> getGrantedRoles() {
        return grantedRoles;
    }

    boolean isLocked() {
        return locked;
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    Instant getLastSignInAt() {
        return lastSignInAt;
    }

    Instant getActivatedAt() {
        return activatedAt;
    }

    Instant getActivationExpiresAt() {
        return activationExpiresAt;
    }

    String getActivationCodeHash() {
        return activationCodeHash;
    }

    /** Whether the holder has set a password (by activation, or it was given at creation). */
    boolean isActivated() {
        return passwordHash != null;
    }

    /** Whether this code hash is the account's current one and has not expired. */
    boolean codeMatches(String codeHash, Instant now) {
        return activationCodeHash != null && activationExpiresAt != null && now.isBefore(activationExpiresAt)
                && java.security.MessageDigest.isEqual(activationCodeHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                codeHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    boolean hasValidCode(Instant now) {
        return activationCodeHash != null && activationExpiresAt != null && now.isBefore(activationExpiresAt);
    }

    /** A new one-time code (its hash); any earlier code stops working. */
    void issueCode(String codeHash, Instant expiresAt) {
        this.activationCodeHash = codeHash;
        this.activationExpiresAt = expiresAt;
    }

    /** The holder chose a password with a code: the code is used up. */
    void activate(String newPasswordHash, Instant now) {
        this.passwordHash = newPasswordHash;
        this.activationCodeHash = null;
        this.activationExpiresAt = null;
        this.activatedAt = now;
        this.mustChangePassword = false;
    }

    void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        this.mustChangePassword = false;
    }

    /** Back to waiting for activation: no password, no code (an employee who left, or one who returns). */
    void resetToWaiting() {
        this.passwordHash = null;
        this.activationCodeHash = null;
        this.activationExpiresAt = null;
        this.activatedAt = null;
    }

    /** Sets the password of an account that waits for activation (the demo, the first administrator). */
    void setInitialPassword(String newPasswordHash, boolean mustChange, Instant now) {
        this.passwordHash = newPasswordHash;
        this.mustChangePassword = mustChange;
        this.activatedAt = now;
        this.activationCodeHash = null;
        this.activationExpiresAt = null;
    }

    void rename(String newUsername, String newDisplayName) {
        this.username = newUsername;
        this.displayName = newDisplayName;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    void setLocked(boolean locked) {
        this.locked = locked;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void signedIn(Instant when) {
        this.lastSignInAt = when;
    }

    void setGrantedRoles(Set<Role> roles) {
        this.grantedRoles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
