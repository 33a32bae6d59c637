package id.kinerjaflow.org;

import java.util.List;

/**
 * One broken rule, for a field (form field or CSV column). {@code code} is the message key in the
 * bundles ({@code messages*.properties}); {@code args} fill its placeholders.
 */
public record Problem(String field, String code, List<Object> args) {

    public Problem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Problem of(String field, String code, Object... args) {
        return new Problem(field, code, List.of(args));
    }
}
