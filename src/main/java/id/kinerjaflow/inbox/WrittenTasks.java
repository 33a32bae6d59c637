package id.kinerjaflow.inbox;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The inbox rows the current transaction wrote, task by task, as written (assignee, candidate
 * groups, due date). The engine reports a new task's assignment right after its creation; when
 * nothing differs from what was just written, the inbox need not read its rows back. Bound to the
 * transaction and forgotten at its end; outside a transaction nothing is remembered.
 */
final class WrittenTasks {

    private record Written(String assignee, Set<String> groups, Instant due) {
    }

    private WrittenTasks() {
    }

    static void remember(String taskId, String assignee, Set<String> groups, Instant due) {
        Map<String, Written> written = ofThisTransaction();
        if (written != null) {
            written.put(taskId, new Written(assignee, Set.copyOf(groups), due));
        }
    }

    /** Whether this transaction wrote the task's rows with exactly these values. */
    static boolean unchanged(String taskId, String assignee, Set<String> groups, Instant due) {
        Map<String, Written> written = ofThisTransaction();
        Written w = written == null ? null : written.get(taskId);
        return w != null && Objects.equals(w.assignee(), assignee) && w.groups().equals(Set.copyOf(groups))
                && Objects.equals(w.due(), due);
    }

    /**
     * Kept in a synchronization of the current transaction rather than a thread-bound resource:
     * Spring suspends a transaction's synchronizations while a nested new transaction runs, so
     * what a rolled-back inner transaction wrote is never taken for written.
     */
    private static Map<String, Written> ofThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Memory memory) {
                return memory.written;
            }
        }
        Memory memory = new Memory();
        TransactionSynchronizationManager.registerSynchronization(memory);
        return memory.written;
    }

    private static final class Memory implements TransactionSynchronization {
        final Map<String, Written> written = new HashMap<>();
    }
}
