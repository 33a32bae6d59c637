package id.kinerjaflow.cycle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An appraisal cycle (periode penilaian): a year, the units it appraises (its scope), and the dates
 * and durations the processes read. Editable while a draft; read-only once closed.
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

    // a handful of units: read with the cycle, so the cycle is whole wherever it is used
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cycle_scope_unit", joinColumns = @JoinColumn(name = "cycle_id"))
    private Set<ScopeUnit> scope = new LinkedHashSet<>();

    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "launched_by")
    private String launchedBy;
    @Column(name = "launched_at")
    private Instant launchedAt;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected AppraisalCycle() {
    }

    AppraisalCycle(CycleSettings s, String createdBy, Instant createdAt) {
        apply(s);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void apply(CycleSettings s) {
        this.year = s.year();
        this.name = s.name();
        this.agreementDeadline = s.agreementDeadline();
        this.reviewPhaseStart = s.reviewPhaseStart();
        this.peerFeedbackDays = s.peerFeedbackDays();
        this.calibrationDate = s.calibrationDate();
        this.appealWindowDays = s.appealWindowDays();
        this.scope.clear();
        this.scope.addAll(s.scope());
    }

    /** The first launch (or the first appraisal started by hand) moves a draft to launched. */
    void launched(String by, Instant at) {
        if (status == CycleStatus.DRAFT) {
            status = CycleStatus.LAUNCHED;
            launchedBy = by;
            launchedAt = at;
        }
    }

    void closed(String by, Instant at) {
        status = CycleStatus.CLOSED;
        closedBy = by;
        closedAt = at;
    }

    void setStatus(CycleStatus status) {
        this.status = status;
    }

    /** The settings as they are now, to edit. */
    public CycleSettings settings() {
        return new CycleSettings(year, name, agreementDeadline, reviewPhaseStart, peerFeedbackDays, calibrationDate,
                appealWindowDays, getScope());
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

    /** The units in scope, ordered by unit id. */
    public List<ScopeUnit> getScope() {
        List<ScopeUnit> units = new ArrayList<>(scope);
        units.sort(java.util.Comparator.comparing(ScopeUnit::getUnitId));
        return units;
    }

    public boolean isClosed() {
        return status == CycleStatus.CLOSED;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getLaunchedBy() {
        return launchedBy;
    }

    public Instant getLaunchedAt() {
        return launchedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public long getVersion() {
        return version;
    }
}
