package id.kinerjaflow.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A civil servant (pegawai), PNS or PPPK. The direct supervisor is the appraiser (pejabat penilai
 * kinerja); the supervisor's supervisor is the senior appraiser who decides appeals.
 */
@Entity
@Table(name = "employee")
public class Employee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String nip;

    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type")
    private EmploymentType employmentType;

    private String golongan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "position_id")
    private JobPosition position;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supervisor_id")
    private Employee supervisor;

    private String email;

    private boolean active = true;

    @Version
    private long version;

    protected Employee() {
    }

    Employee(String nip) {
        this.nip = nip;
    }

    public Long getId() {
        return id;
    }

    public String getNip() {
        return nip;
    }

    public String getName() {
        return name;
    }

    public EmploymentType getEmploymentType() {
        return employmentType;
    }

    public String getGolongan() {
        return golongan;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public JobPosition getPosition() {
        return position;
    }

    public Employee getSupervisor() {
        return supervisor;
    }

    public String getEmail() {
        return email;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    void apply(String nip, String name, EmploymentType type, String golongan, OrgUnit unit, JobPosition position,
               Employee supervisor, String email, boolean active) {
        this.nip = nip;
        this.name = name;
        this.employmentType = type;
        this.golongan = golongan;
        this.unit = unit;
        this.position = position;
        this.supervisor = supervisor;
        this.email = email;
        this.active = active;
    }

    @Override
    public String toString() {
        return name + " (" + nip + ")";
    }
}
