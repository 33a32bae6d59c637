package id.kinerjaflow.org;

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

/** A position (jabatan) in a unit, with its jabatan type. */
@Entity
@Table(name = "job_position")
public class JobPosition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    private String title;

    @Enumerated(EnumType.STRING)
    @jakarta.persistence.Column(name = "jabatan_type")
    private JabatanType jabatanType;

    @Version
    private long version;

    protected JobPosition() {
    }

    JobPosition(OrgUnit unit, String title, JabatanType jabatanType) {
        this.unit = unit;
        this.title = title;
        this.jabatanType = jabatanType;
    }

    public Long getId() {
        return id;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public String getTitle() {
        return title;
    }

    public JabatanType getJabatanType() {
        return jabatanType;
    }

    void setJabatanType(JabatanType jabatanType) {
        this.jabatanType = jabatanType;
    }
}
