package id.kinerjaflow.org;

import java.util.List;

/** A change to the organisation was refused; nothing was written. Carries every problem found. */
public class OrganisationException extends RuntimeException {

    private final List<Problem> problems;

    public OrganisationException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.code() + " " + p.args()).toList().toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
