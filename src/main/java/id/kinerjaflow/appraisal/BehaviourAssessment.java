package id.kinerjaflow.appraisal;

import id.kinerjaflow.rating.Expectation;
import id.kinerjaflow.rating.CoreValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** One core value for one appraisal: the employee's reflection and the appraiser's rating. */
@Entity
@Audited
@Table(name = "behaviour_assessment")
public class BehaviourAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "appraisal_id")
    private Long appraisalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "core_value")
    private CoreValue coreValue;

    private String reflection;

    @Enumerated(EnumType.STRING)
    private Expectation rating;

    @Version
    private long version;

    protected BehaviourAssessment() {
    }

    BehaviourAssessment(Long appraisalId, CoreValue coreValue) {
        this.appraisalId = appraisalId;
        this.coreValue = coreValue;
    }

    public Long getAppraisalId() {
        return appraisalId;
    }

    public CoreValue getCoreValue() {
        return coreValue;
    }

    public String getReflection() {
        return reflection;
    }

    public Expectation getRating() {
        return rating;
    }

    void setReflection(String reflection) {
        this.reflection = reflection;
    }

    void setRating(Expectation rating) {
        this.rating = rating;
    }
}
