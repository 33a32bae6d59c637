package id.kinerjaflow.appeal;

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
import jakarta.persistence.Version;

/** An appeal (keberatan) against a result, and the senior appraiser's final decision. */
@Entity
@Table(name = "appeal")
public class Appeal {

    public enum Decision { CONFIRMED, CHANGED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "appraisal_id")
    private Long appraisalId;

    private String reasons;

    @Column(name = "filed_at")
    private Instant filedAt;

    @Column(name = "employee_explanation")
    private String employeeExplanation;

    @Column(name = "appraiser_explanation")
    private String appraiserExplanation;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_rating")
    private PerformanceRating decidedRating;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected Appeal() {
    }

    Appeal(Long appraisalId, String reasons, Instant filedAt) {
        this.appraisalId = appraisalId;
        this.reasons = reasons;
        this.filedAt = filedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getAppraisalId() {
        return appraisalId;
    }

    public String getReasons() {
        return reasons;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public String getEmployeeExplanation() {
        return employeeExplanation;
    }

    public String getAppraiserExplanation() {
        return appraiserExplanation;
    }

    public Decision getDecision() {
        return decision;
    }

    public PerformanceRating getDecidedRating() {
        return decidedRating;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    void explainByEmployee(String text) {
        this.employeeExplanation = text;
    }

    void explainByAppraiser(String text) {
        this.appraiserExplanation = text;
    }

    void decide(Decision decision, PerformanceRating rating, String reason, String by, Instant at) {
        this.decision = decision;
        this.decidedRating = rating;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }
}
