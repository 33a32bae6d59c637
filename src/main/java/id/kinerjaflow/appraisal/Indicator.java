package id.kinerjaflow.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;

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

/** An individual performance indicator (indikator kinerja individu) with its target and actual. */
@Entity
@Audited
@Table(name = "indicator")
public class Indicator {

    /** Achievement is capped at 120 % (domain.md). */
    public static final BigDecimal CAP = BigDecimal.valueOf(120);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "row_id")
    private AgreementRow row;

    private int position;

    private String description;

    @Column(name = "target_value")
    private BigDecimal targetValue;

    @Column(name = "unit_label")
    private String unitLabel;

    @Enumerated(EnumType.STRING)
    private Aspect aspect;

    @Column(name = "actual_value")
    private BigDecimal actualValue;

    @Version
    private long version;

    protected Indicator() {
    }

    Indicator(AgreementRow row, int position, String description, BigDecimal targetValue, String unitLabel,
              Aspect aspect) {
        this.row = row;
        this.position = position;
        this.description = description;
        this.targetValue = targetValue;
        this.unitLabel = unitLabel;
        this.aspect = aspect;
    }

    public Long getId() {
        return id;
    }

    public AgreementRow getRow() {
        return row;
    }

    public int getPosition() {
        return position;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public String getUnitLabel() {
        return unitLabel;
    }

    public Aspect getAspect() {
        return aspect;
    }

    public BigDecimal getActualValue() {
        return actualValue;
    }

    void setActualValue(BigDecimal actualValue) {
        this.actualValue = actualValue;
    }

    /**
     * Achievement in percent, capped at 120: actual / target, or target / actual where less is
     * better (time, cost). Empty while no actual is recorded.
     */
    public java.util.Optional<BigDecimal> achievement() {
        if (actualValue == null) {
            return java.util.Optional.empty();
        }
        BigDecimal ratio;
        if (aspect.lowerIsBetter()) {
            ratio = actualValue.signum() == 0 ? CAP : targetValue.multiply(BigDecimal.valueOf(100))
                    .divide(actualValue, 2, RoundingMode.HALF_UP);
        } else {
            ratio = actualValue.multiply(BigDecimal.valueOf(100)).divide(targetValue, 2, RoundingMode.HALF_UP);
        }
        return java.util.Optional.of(ratio.min(CAP));
    }
}
