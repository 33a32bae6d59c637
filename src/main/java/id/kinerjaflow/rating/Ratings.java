package id.kinerjaflow.rating;

import id.kinerjaflow.base.BusinessRuleException;

/** Rating codes as they arrive at the boundary (forms, REST): parsed, or refused with a clear message. */
public final class Ratings {

    private Ratings() {
    }

    public static Expectation expectation(String code) {
        if (code == null || code.isBlank()) {
            throw new BusinessRuleException("rating.REQUIRED");
        }
        try {
            return Expectation.valueOf(code.strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("rating.INVALID", code, "ABOVE_EXPECTATION, AS_EXPECTED, BELOW_EXPECTATION");
        }
    }

    public static PerformanceRating performance(String code) {
        if (code == null || code.isBlank()) {
            throw new BusinessRuleException("rating.REQUIRED");
        }
        try {
            return PerformanceRating.valueOf(code.strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("rating.INVALID", code,
                    "VERY_GOOD, GOOD, NEEDS_IMPROVEMENT, POOR, VERY_POOR");
        }
    }
}
