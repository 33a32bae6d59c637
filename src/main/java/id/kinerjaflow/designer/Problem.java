package id.kinerjaflow.designer;

import java.util.List;

/**
 * One thing the check found wrong with a model: a message key of the bundles
 * ({@code designer.problem.*}) with its arguments, and the element it is about (null when it is
 * about the whole file). The view shows the message in the user's language and highlights the element.
 */
public record Problem(String code, String elementId, List<String> args) {

    public Problem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    static Problem of(String code, String elementId, String... args) {
        return new Problem(code, elementId, List.of(args));
    }
}
