package id.kinerjaflow.appraisal.process;

import java.util.List;

import id.kinerjaflow.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may work on an appraiser's task besides the appraiser: HR, when the person has no account in
 * the system (the head of region above a JPT official; see the pre-flight check). The process reads
 * it as {@code camunda:candidateGroups="${actingFor.groups(appraiserUser)}"}.
 * <p>
 * A function rather than a process variable on purpose: a list variable is a serialized object,
 * stored with byte-array rows in the runtime and history tables of every appraisal (about a tenth
 * of what a launch writes), for a value that follows from the user alone.
 */
@Component("actingFor")
public class ActingFor {

    /**
     * HR's group when nobody holds the account, else none. JUEL passes a missing (null) user as an
     * empty string.
     */
    public List<String> groups(String username) {
        return username == null || username.isBlank() ? List.of(Role.HR.name()) : List.of();
    }
}
