package id.kinerjaflow.org;

import java.util.List;

/**
 * A bad row (or header) of an import file. {@code line} is the line number in the file (the
 * header is line 1); {@code code} is a message key, {@code args} its placeholders.
 */
public record ImportProblem(ImportFile file, long line, String column, String code, List<Object> args) {

    public enum ImportFile { UNITS, EMPLOYEES }

    public ImportProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }
}
