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

/** An org unit (unit kerja): Pemerintah Daerah, Perangkat Daerah, Bidang, Sub Bidang; a tree. */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private UnitLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Version
    private long version;

    protected OrgUnit() {
    }

    OrgUnit(String code, String name, UnitLevel level, OrgUnit parent) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parent = parent;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public UnitLevel getLevel() {
        return level;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public Long getParentId() {
        return parent == null ? null : parent.getId();
    }

    public long getVersion() {
        return version;
    }

    void update(String name, UnitLevel level, OrgUnit parent) {
        this.name = name;
        this.level = level;
        this.parent = parent;
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
