package id.kinerjaflow.feedback;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import id.kinerjaflow.rating.CoreValue;
import id.kinerjaflow.rating.Expectation;
import id.kinerjaflow.org.Employee;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A nominated peer's feedback on the core values of a colleague. */
@Entity
@Table(name = "peer_feedback")
public class PeerFeedback {

    public enum Status { REQUESTED, GIVEN, NOT_GIVEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "appraisal_id")
    private Long appraisalId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "peer_id")
    private Employee peer;

    @Enumerated(EnumType.STRING)
    private Status status = Status.REQUESTED;

    @Column(name = "comment_text")
    private String comment;

    @Column(name = "given_at")
    private Instant givenAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "peer_feedback_rating", joinColumns = @JoinColumn(name = "feedback_id"))
    @MapKeyColumn(name = "core_value")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "rating")
    @Enumerated(EnumType.STRING)
    private Map<CoreValue, Expectation> ratings = new EnumMap<>(CoreValue.class);

    @Version
    private long version;

    protected PeerFeedback() {
    }

    PeerFeedback(Long appraisalId, Employee peer) {
        this.appraisalId = appraisalId;
        this.peer = peer;
    }

    public Long getId() {
        return id;
    }

    public Long getAppraisalId() {
        return appraisalId;
    }

    public Employee getPeer() {
        return peer;
    }

    public Status getStatus() {
        return status;
    }

    public String getComment() {
        return comment;
    }

    public Instant getGivenAt() {
        return givenAt;
    }

    public Map<CoreValue, Expectation> getRatings() {
        return ratings;
    }

    void give(Map<CoreValue, Expectation> ratings, String comment, Instant at) {
        this.ratings.clear();
        this.ratings.putAll(ratings);
        this.comment = comment;
        this.givenAt = at;
        this.status = Status.GIVEN;
    }

    void closeUnanswered() {
        if (status == Status.REQUESTED) {
            status = Status.NOT_GIVEN;
        }
    }
}
