package id.kinerjaflow.cycle;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A unit in a cycle's scope: the unit alone, or the unit with every unit below it. */
@Embeddable
public class ScopeUnit {

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "with_sub_units")
    private boolean withSubUnits;

    protected ScopeUnit() {
    }

    public ScopeUnit(Long unitId, boolean withSubUnits) {
        this.unitId = Objects.requireNonNull(unitId, "unitId");
        this.withSubUnits = withSubUnits;
    }

    public Long getUnitId() {
        return unitId;
    }

    public boolean isWithSubUnits() {
        return withSubUnits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScopeUnit other && unitId.equals(other.unitId) && withSubUnits == other.withSubUnits;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitId, withSubUnits);
    }

    @Override
    public String toString() {
        return unitId + (withSubUnits ? "+" : "");
    }
}
