package id.kinerjaflow.appraisal;

import id.kinerjaflow.rating.PerformanceRating;
import id.kinerjaflow.rating.Expectation;
import java.time.Instant;

import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.org.Employee;
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
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * The appraisal of one employee in one cycle. The appraiser and senior appraiser are captured at
 * start, so a later reorganisation does not change who appraises this cycle. The original,
 * calibrated and final ratings are all kept.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(name = "appraisal")
public class Appraisal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cycle_id")
    private AppraisalCycle cycle;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "appraiser_id")
    private Employee appraiser;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "senior_appraiser_id")
    private Employee seniorAppraiser;

    @Column(name = "unit_leader")
    private boolean unitLeader;

    @Enumerated(EnumType.STRING)
    private Stage stage = Stage.AGREEMENT;

    @Column(name = "resources_note")
    private String resourcesNote;
    @Column(name = "accountability_note")
    private String accountabilityNote;
    @Column(name = "consequences_note")
    private String consequencesNote;

    @Column(name = "agreement_approved_at")
    private Instant agreementApprovedAt;
    @Column(name = "agreement_overdue")
    private boolean agreementOverdue;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_results_rating")
    private Expectation suggestedResultsRating;
    @Enumerated(EnumType.STRING)
    @Column(name = "results_rating")
    private Expectation resultsRating;
    @Enumerated(EnumType.STRING)
    @Column(name = "behaviour_rating")
    private Expectation behaviourRating;

    @Enumerated(EnumType.STRING)
    @Column(name = "original_rating")
    private PerformanceRating originalRating;
    @Enumerated(EnumType.STRING)
    @Column(name = "calibrated_rating")
    private PerformanceRating calibratedRating;
    @Enumerated(EnumType.STRING)
    @Column(name = "final_rating")
    private PerformanceRating finalRating;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "result_published_at")
    private Instant resultPublishedAt;
    @Column(name = "appeal_deadline")
    private Instant appealDeadline;
    @Column(name = "finalised_at")
    private Instant finalisedAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Version
    private long version;

    protected Appraisal() {
    }

    Appraisal(AppraisalCycle cycle, Employee employee, Employee appraiser, Employee seniorAppraiser,
              boolean unitLeader) {
        this.cycle = cycle;
        this.employee = employee;
        this.unit = employee.getUnit();
        this.appraiser = appraiser;
        this.seniorAppraiser = seniorAppraiser;
        this.unitLeader = unitLeader;
    }

    public Long getId() {
        return id;
    }

    public AppraisalCycle getCycle() {
        return cycle;
    }

    public Employee getEmployee() {
        return employee;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public Employee getAppraiser() {
        return appraiser;
    }

    public Employee getSeniorAppraiser() {
        return seniorAppraiser;
    }

    public boolean isUnitLeader() {
        return unitLeader;
    }

    public Stage getStage() {
        return stage;
    }

    public String getResourcesNote() {
        return resourcesNote;
    }

    public String getAccountabilityNote() {
        return accountabilityNote;
    }

    public String getConsequencesNote() {
        return consequencesNote;
    }

    public Instant getAgreementApprovedAt() {
        return agreementApprovedAt;
    }

    public boolean isAgreementOverdue() {
        return agreementOverdue;
    }

    public Expectation getSuggestedResultsRating() {
        return suggestedResultsRating;
    }

    public Expectation getResultsRating() {
        return resultsRating;
    }

    public Expectation getBehaviourRating() {
        return behaviourRating;
    }

    public PerformanceRating getOriginalRating() {
        return originalRating;
    }

    public PerformanceRating getCalibratedRating() {
        return calibratedRating;
    }

    public PerformanceRating getFinalRating() {
        return finalRating;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public Instant getResultPublishedAt() {
        return resultPublishedAt;
    }

    public Instant getAppealDeadline() {
        return appealDeadline;
    }

    public Instant getFinalisedAt() {
        return finalisedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public long getVersion() {
        return version;
    }

    /** The rating that stands now: final, else calibrated, else original. */
    public PerformanceRating currentRating() {
        return finalRating != null ? finalRating : calibratedRating != null ? calibratedRating : originalRating;
    }

    // ---- changes, made by the feature's services and delegates only ----------------------------

    void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void setStage(Stage stage) {
        this.stage = stage;
    }

    void setAttachments(String resources, String accountability, String consequences) {
        this.resourcesNote = resources;
        this.accountabilityNote = accountability;
        this.consequencesNote = consequences;
    }

    void approveAgreement(Instant at) {
        this.agreementApprovedAt = at;
    }

    void flagAgreementOverdue() {
        this.agreementOverdue = true;
    }

    void review(Expectation suggestedResults, Expectation results, Expectation behaviour, Instant at) {
        this.suggestedResultsRating = suggestedResults;
        this.resultsRating = results;
        this.behaviourRating = behaviour;
        this.reviewedAt = at;
    }

    void recordOriginalRating(PerformanceRating rating) {
        this.originalRating = rating;
    }

    void recordCalibratedRating(PerformanceRating rating) {
        this.calibratedRating = rating;
    }

    void publishResult(Instant at, Instant appealDeadline) {
        this.resultPublishedAt = at;
        this.appealDeadline = appealDeadline;
    }

    void finalise(PerformanceRating rating, Instant at) {
        this.finalRating = rating;
        this.finalisedAt = at;
        this.stage = Stage.FINAL;
    }
}
