package id.kinerjaflow.cycle;

import java.util.List;

/**
 * One finding of the pre-flight check: how serious, what (a message key with its arguments), and
 * about whom or which unit. A blocking problem stops the launch; a warning is for HR to know.
 */
public record CycleProblem(Severity severity, String code, String nip, String employeeName, String unitName,
                           List<Object> args) {

    public CycleProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public enum Severity {
        BLOCKING, WARNING
    }

    public static CycleProblem blocking(String code, String nip, String employeeName, String unitName,
                                        Object... args) {
        return new CycleProblem(Severity.BLOCKING, code, nip, employeeName, unitName, List.of(args));
    }

    public static CycleProblem warning(String code, String nip, String employeeName, String unitName,
                                       Object... args) {
        return new CycleProblem(Severity.WARNING, code, nip, employeeName, unitName, List.of(args));
    }

    public boolean blocks() {
        return severity == Severity.BLOCKING;
    }

    /** The message key of the problem's text: {@code preflight.<code>}. */
    public String messageKey() {
        return "preflight." + code;
    }
}
