package id.kinerjaflow.inbox.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import id.kinerjaflow.process.ProcessIds;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The inbox's filter chips, one per kind of task with its count, in the order of the cycle; steps
 * HR added later get a chip too. The chosen one is highlighted; "all tasks" clears the choice.
 */
class TaskChips extends FlexLayout {

    /** The tasks people have, in the order of the cycle. */
    static final List<String> TASK_KEYS = List.of(
            ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT, ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT,
            ProcessIds.Appraisal.TASK_FOLLOW_UP_OVERDUE_AGREEMENT, ProcessIds.Appraisal.TASK_SELF_REVIEW,
            ProcessIds.Appraisal.TASK_GIVE_PEER_FEEDBACK, ProcessIds.Appraisal.TASK_SUPERVISOR_REVIEW,
            ProcessIds.Calibration.TASK_SET_UNIT_RATING, ProcessIds.Calibration.TASK_CALIBRATE_UNIT,
            ProcessIds.Appraisal.TASK_ACKNOWLEDGE_RESULT, ProcessIds.Appraisal.TASK_EXPLAIN_APPEAL_EMPLOYEE,
            ProcessIds.Appraisal.TASK_EXPLAIN_APPEAL_APPRAISER, ProcessIds.Appraisal.TASK_DECIDE_APPEAL);

    private final BiFunction<String, String, String> label;
    private final Consumer<String> chosen;
    private String taskKey;

    /**
     * @param label  a task's name from its key and the diagram's name
     * @param chosen told the chosen task key (null for all) after a click
     */
    TaskChips(BiFunction<String, String, String> label, Consumer<String> chosen) {
        this.label = label;
        this.chosen = chosen;
        setId("task-filters");
        setFlexWrap(FlexWrap.WRAP);
        addClassNames(LumoUtility.Gap.XSMALL);
    }

    /** The chosen task key, or null for all tasks. */
    String taskKey() {
        return taskKey;
    }

    /** Draws the chips again from the counts per task key. */
    void show(Map<String, Long> counts) {
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        removeAll();
        add(chip(null, getTranslation("inbox.allTasks"), all));
        for (String key : TASK_KEYS) {
            long n = counts.getOrDefault(key, 0L);
            if (n > 0 || key.equals(taskKey)) {
                add(chip(key, label.apply(key, key), n));
            }
        }
        counts.keySet().stream().filter(k -> !TASK_KEYS.contains(k)).sorted()
                .forEach(k -> add(chip(k, label.apply(k, k), counts.get(k))));
    }

    private Button chip(String key, String text, long count) {
        Button chip = new Button(text + " (" + count + ")", e -> {
            taskKey = key;
            chosen.accept(key);
        });
        chip.setId("chip-" + (key == null ? "all" : key));
        chip.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (Objects.equals(key, taskKey)) {
            chip.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            chip.addThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_TERTIARY);
        }
        return chip;
    }
}
