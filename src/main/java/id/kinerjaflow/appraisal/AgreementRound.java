package id.kinerjaflow.appraisal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One round of the agreement loop: submitted by the employee, approved or returned by the appraiser. */
@Entity
@Table(name = "agreement_round")
public class AgreementRound {

    public enum Decision { APPROVED, RETURNED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "appraisal_id")
    private Long appraisalId;

    @Column(name = "round_no")
    private int roundNo;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "row_count")
    private int rowCount;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Decision decision;

    @Column(name = "comment_text")
    private String comment;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected AgreementRound() {
    }

    AgreementRound(Long appraisalId, int roundNo, Instant submittedAt, String submittedBy, int rowCount) {
        this.appraisalId = appraisalId;
        this.roundNo = roundNo;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.rowCount = rowCount;
    }

    void decide(Decision decision, String comment, String by, Instant at) {
        this.decision = decision;
        this.comment = comment;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getAppraisalId() {
        return appraisalId;
    }

    public int getRoundNo() {
        return roundNo;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public int getRowCount() {
        return rowCount;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getComment() {
        return comment;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
