package id.kinerjaflow.process;

import id.kinerjaflow.base.BusinessRuleException;

/**
 * The task the user wants to complete is not open for them: completed or claimed by someone else
 * meanwhile, never theirs, or not reached yet. Nothing was changed.
 */
public class TaskNotAvailableException extends BusinessRuleException {

    public TaskNotAvailableException(String taskKey) {
        super("task.NOT_AVAILABLE", taskKey);
    }
}
