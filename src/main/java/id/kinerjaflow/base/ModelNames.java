package id.kinerjaflow.base;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The names of the process models in the reader's language. The files in {@code bpmn/} name their
 * processes, steps and decisions in English (the modeler's language); the app shows them from the
 * message bundles instead, by id: {@code processName.<process id>}, {@code taskName.<user task id>}
 * or {@code auditStep.<any other element id>}, and {@code decisionName.<decision id>}. An id the
 * bundles do not know (a step HR added in the designer) shows the model's own name, else its id.
 */
public final class ModelNames {

    public static final String PROCESS = "processName.";
    public static final String TASK = "taskName.";
    public static final String STEP = "auditStep.";
    public static final String DECISION = "decisionName.";

    private ModelNames() {
    }

    /** A process by its key (the process id), e.g. "Penilaian kinerja pegawai". */
    public static String process(String key, String modelName, Locale locale) {
        return named(key, modelName, locale, PROCESS);
    }

    /** A step (task, event, gateway, named flow) by its element id, e.g. "Susun SKP". */
    public static String step(String elementId, String modelName, Locale locale) {
        return named(elementId, modelName, locale, TASK, STEP);
    }

    /** A decision by its key (the decision id), e.g. "Predikat kinerja pegawai". */
    public static String decision(String key, String modelName, Locale locale) {
        return named(key, modelName, locale, DECISION);
    }

    /** The bundle's text for the first of the prefixes that knows the id. */
    public static Optional<String> known(String id, Locale locale, String... prefixes) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        ResourceBundle bundle = ResourceBundle.getBundle("messages", Messages.supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        for (String prefix : prefixes) {
            if (bundle.containsKey(prefix + id)) {
                return Optional.of(bundle.getString(prefix + id));
            }
        }
        return Optional.empty();
    }

    private static String named(String id, String modelName, Locale locale, String... prefixes) {
        return known(id, locale, prefixes).orElseGet(() -> modelName != null && !modelName.isBlank() ? modelName
                : id == null ? "" : id);
    }
}
