package id.kinerjaflow.appraisal;

import id.kinerjaflow.rating.Expectation;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** One RHK (rencana hasil kerja) of the performance agreement, with its indicators. */
@Entity
@Audited
@Table(name = "agreement_row")
public class AgreementRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "appraisal_id")
    private Appraisal appraisal;

    private int position;

    @Enumerated(EnumType.STRING)
    private RowKind kind;

    private String description;

    /** The appraiser's approved RHK this one cascades from (RHK atasan yang diintervensi). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_row_id")
    private AgreementRow parentRow;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_rating")
    private Expectation suggestedRating;

    @Enumerated(EnumType.STRING)
    private Expectation rating;

    @OneToMany(mappedBy = "row", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Indicator> indicators = new ArrayList<>();

    @Version
    private long version;

    protected AgreementRow() {
    }

    AgreementRow(Appraisal appraisal, int position, RowKind kind, String description, AgreementRow parentRow) {
        this.appraisal = appraisal;
        this.position = position;
        this.kind = kind;
        this.description = description;
        this.parentRow = parentRow;
    }

    public Long getId() {
        return id;
    }

    public Appraisal getAppraisal() {
        return appraisal;
    }

    public int getPosition() {
        return position;
    }

    public RowKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public AgreementRow getParentRow() {
        return parentRow;
    }

    public Expectation getSuggestedRating() {
        return suggestedRating;
    }

    public Expectation getRating() {
        return rating;
    }

    public List<Indicator> getIndicators() {
        return indicators;
    }

    Indicator addIndicator(int position, String description, java.math.BigDecimal target, String unitLabel,
                           Aspect aspect) {
        Indicator indicator = new Indicator(this, position, description, target, unitLabel, aspect);
        indicators.add(indicator);
        return indicator;
    }

    void rate(Expectation suggested, Expectation rating) {
        this.suggestedRating = suggested;
        this.rating = rating;
    }
}
