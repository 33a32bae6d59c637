package id.kinerjaflow.base.ui;

import java.util.Set;

import com.vaadin.flow.component.Component;

/**
 * The form of one kind of user task, chosen by the task's form key in the diagram. Each feature
 * provides its forms as Spring beans (one {@code @Configuration} per feature, with {@link #of}); the task view puts the task's context above the form and
 * takes the user back to the inbox once the form reports the task done.
 */
public interface TaskForm {

    /** The form keys (camunda:formKey) this form serves. */
    Set<String> formKeys();

    /** Builds the form for one open task of the current user. */
    Component build(TaskContext task);

    /** A form for these keys, built by the given function (each feature declares its forms as beans). */
    static TaskForm of(java.util.function.Function<TaskContext, Component> builder, String... formKeys) {
        Set<String> keys = Set.of(formKeys);
        return new TaskForm() {
            @Override
            public Set<String> formKeys() {
                return keys;
            }

            @Override
            public Component build(TaskContext task) {
                return builder.apply(task);
            }
        };
    }

    /**
     * What a form knows of its task: ids only, the form reads the rest through its services.
     * {@code done} is called by the form once its service completed the task.
     */
    record TaskContext(String taskId, String formKey, String taskKey, String taskName, Long appraisalId,
                       Long calibrationId, Runnable done) {
    }
}
