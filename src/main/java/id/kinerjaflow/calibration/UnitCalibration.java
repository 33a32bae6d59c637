package id.kinerjaflow.calibration;

import java.time.Instant;

import id.kinerjaflow.org.OrgUnit;
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

/** The calibration of one org unit in one cycle. */
@Entity
@Table(name = "unit_calibration")
public class UnitCalibration {

    public enum Status { AWAITING_UNIT_RATING, AWAITING_REVIEWS, CALIBRATING, RELEASED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id")
    private Long cycleId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_rating")
    private UnitRating unitRating;

    @Column(name = "unit_rating_set_by")
    private String unitRatingSetBy;

    @Enumerated(EnumType.STRING)
    private Status status = Status.AWAITING_UNIT_RATING;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "released_by")
    private String releasedBy;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Version
    private long version;

    protected UnitCalibration() {
    }

    UnitCalibration(Long cycleId, OrgUnit unit) {
        this.cycleId = cycleId;
        this.unit = unit;
    }

    public Long getId() {
        return id;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public UnitRating getUnitRating() {
        return unitRating;
    }

    public String getUnitRatingSetBy() {
        return unitRatingSetBy;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }

    public String getReleasedBy() {
        return releasedBy;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void setUnitRating(UnitRating rating, String by) {
        this.unitRating = rating;
        this.unitRatingSetBy = by;
        this.status = Status.AWAITING_REVIEWS;
    }

    void startCalibrating() {
        this.status = Status.CALIBRATING;
    }

    void release(String by, Instant at) {
        this.status = Status.RELEASED;
        this.releasedBy = by;
        this.releasedAt = at;
    }
}
