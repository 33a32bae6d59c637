package id.kinerjaflow.org;

import java.util.List;

/**
 * What an import found (dry run) or did. {@code applied} is true only when every row was good and
 * the data was written; otherwise nothing was written.
 */
public record ImportReport(List<ImportProblem> problems, int unitsNew, int unitsUpdated, int unitsUnchanged,
                           int employeesNew, int employeesUpdated, int employeesUnchanged, boolean applied,
                           List<ImportChange> changes) {

    public ImportReport {
        problems = List.copyOf(problems);
        changes = List.copyOf(changes);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    ImportReport asApplied() {
        return new ImportReport(problems, unitsNew, unitsUpdated, unitsUnchanged, employeesNew, employeesUpdated,
                employeesUnchanged, true, changes);
    }
}
