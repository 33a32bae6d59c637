package id.kinerjaflow.appraisal;

/** The aspect an indicator measures. For time and cost, less than the target is better. */
public enum Aspect {
    QUANTITY,
    QUALITY,
    TIME,
    COST;

    public boolean lowerIsBetter() {
        return this == TIME || this == COST;
    }
}
