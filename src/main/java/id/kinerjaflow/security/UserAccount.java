package id.kinerjaflow.security;

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
}
