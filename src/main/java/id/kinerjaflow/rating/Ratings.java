package id.kinerjaflow.rating;

import java.util.Arrays;
import java.util.stream.Collectors;

import id.kinerjaflow.base.BusinessRuleException;

/** Rating codes as they arrive at the boundary (forms, REST): parsed, or refused with a clear message. */
public final class Ratings {

    private Ratings() {
    }

    public static Expectation expectation(String code) {
        return parse(Expectation.class, code);
    }

    public static PerformanceRating performance(String code) {
        return parse(PerformanceRating.class, code);
    }

    /** Any rating scale: the code, or {@code rating.REQUIRED} / {@code rating.INVALID} listing the allowed codes. */
    public static <E extends Enum<E>> E parse(Class<E> scale, String code) {
        if (code == null || code.isBlank()) {
            throw new BusinessRuleException("rating.REQUIRED");
        }
        try {
            return Enum.valueOf(scale, code.strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("rating.INVALID", code, Arrays.stream(scale.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
