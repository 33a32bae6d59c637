package id.kinerjaflow.cycle;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An appraisal cycle (periode penilaian): a year, and the dates and durations the processes read.
 */
@Entity
@Table(name = "appraisal_cycle")
public class AppraisalCycle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_year")
    private int year;

    private String name;

    @Enumerated(EnumType.STRING)
    private CycleStatus status = CycleStatus.DRAFT;

    @Column(name = "agreement_deadline")
    private Instant agreementDeadline;

    @Column(name = "review_phase_start")
    private Instant reviewPhaseStart;

    @Column(name = "peer_feedback_days")
    private int peerFeedbackDays;

    @Column(name = "calibration_date")
    private Instant calibrationDate;

    @Column(name = "appeal_window_days")
    private int appealWindowDays;

    @Version
    private long version;

    protected AppraisalCycle() {
    }

    AppraisalCycle(CycleSettings s) {
        apply(s);
    }

    void apply(CycleSettings s) {
        this.year = s.year();
        this.name = s.name();
        this.agreementDeadline = s.agreementDeadline();
        this.reviewPhaseStart = s.reviewPhaseStart();
        this.peerFeedbackDays = s.peerFeedbackDays();
        this.calibrationDate = s.calibrationDate();
        this.appealWindowDays = s.appealWindowDays();
    }

    void setStatus(CycleStatus status) {
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getName() {
        return name;
    }

    public CycleStatus getStatus() {
        return status;
    }

    public Instant getAgreementDeadline() {
        return agreementDeadline;
    }

    public Instant getReviewPhaseStart() {
        return reviewPhaseStart;
    }

    public int getPeerFeedbackDays() {
        return peerFeedbackDays;
    }

    /** The peer feedback window as an ISO-8601 duration, as the process timer reads it. */
    public String peerFeedbackDuration() {
        return Duration.ofDays(peerFeedbackDays).toString();
    }

    public Instant getCalibrationDate() {
        return calibrationDate;
    }

    public int getAppealWindowDays() {
        return appealWindowDays;
    }

    public long getVersion() {
        return version;
    }
}
