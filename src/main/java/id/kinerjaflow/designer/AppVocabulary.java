package id.kinerjaflow.designer;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.Set;

import id.kinerjaflow.process.ProcessIds;

/**
 * The names the application's code uses in its processes, read from {@link ProcessIds}: the process
 * variables it sets ({@code ProcessIds.Vars}) and the messages it correlates ({@code MESSAGE_*}).
 */
final class AppVocabulary {

    private AppVocabulary() {
    }

    static Set<String> variables() {
        return constants(ProcessIds.Vars.class, "");
    }

    static Set<String> messages() {
        Set<String> names = new LinkedHashSet<>();
        for (Class<?> nested : ProcessIds.class.getDeclaredClasses()) {
            names.addAll(constants(nested, "MESSAGE_"));
        }
        return names;
    }

    /** The ids of the tasks and events of a process that the application's code refers to. */
    static Set<String> steps(String processKey) {
        Set<String> ids = new LinkedHashSet<>();
        for (Class<?> nested : ProcessIds.class.getDeclaredClasses()) {
            if (constants(nested, "PROCESS").contains(processKey)) {
                ids.addAll(constants(nested, "TASK_"));
                ids.addAll(constants(nested, "EVENT_"));
            }
        }
        return ids;
    }

    private static Set<String> constants(Class<?> type, String prefix) {
        Set<String> values = new LinkedHashSet<>();
        for (Field f : type.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == String.class
                    && f.getName().startsWith(prefix)) {
                try {
                    values.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return values;
    }
}
