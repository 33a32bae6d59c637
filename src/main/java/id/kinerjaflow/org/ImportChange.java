package id.kinerjaflow.org;

import java.util.List;

import id.kinerjaflow.org.ImportProblem.ImportFile;

/**
 * A row an import would create or change (what a dry run previews): which file and line, the
 * unit's code or the employee's NIP, the name, and for a change the columns whose values differ
 * from the database (as the file names them).
 */
public record ImportChange(ImportFile file, long line, Kind kind, String key, String name, List<String> columns) {

    public enum Kind { NEW, UPDATED }

    public ImportChange {
        columns = List.copyOf(columns);
    }
}
