package id.kinerjaflow.calibration;

import java.time.Instant;

import id.kinerjaflow.rating.PerformanceRating;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of a rating in calibration: who, when, from, to and why. Never edited or deleted. */
@Entity
@Table(name = "calibration_change")
public class CalibrationChange {

    /** Who made a change the calibration rules made themselves. */
    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "calibration_id")
    private Long calibrationId;

    @Column(name = "appraisal_id")
    private Long appraisalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_rating")
    private PerformanceRating fromRating;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_rating")
    private PerformanceRating toRating;

    private String reason;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected CalibrationChange() {
    }

    CalibrationChange(Long calibrationId, Long appraisalId, PerformanceRating from, PerformanceRating to, String reason,
                      String changedBy, Instant changedAt) {
        this.calibrationId = calibrationId;
        this.appraisalId = appraisalId;
        this.fromRating = from;
        this.toRating = to;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCalibrationId() {
        return calibrationId;
    }

    public Long getAppraisalId() {
        return appraisalId;
    }

    public PerformanceRating getFromRating() {
        return fromRating;
    }

    public PerformanceRating getToRating() {
        return toRating;
    }

    public String getReason() {
        return reason;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
