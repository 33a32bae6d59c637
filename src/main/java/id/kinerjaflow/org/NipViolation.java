package id.kinerjaflow.org;

import java.util.List;
import java.util.Objects;

/**
 * One broken {@link NipRule}, with the arguments its message needs (see each rule for their
 * meaning). Immutable: the arguments are copied into an unmodifiable list.
 */
public record NipViolation(NipRule rule, List<Object> args) {

    public NipViolation {
        Objects.requireNonNull(rule, "rule");
        args = List.copyOf(args);
    }
}
