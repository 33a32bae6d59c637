package id.kinerjaflow.process;

import java.util.Locale;
import java.util.Set;

/**
 * What a model may ask the engine to evaluate, shared by the designer's check and the engine's own
 * wall ({@link ModelSafetyPlugin}): decisions speak FEEL only, processes JUEL expressions of the
 * {@link Expressions} grammar only, never a script.
 */
public final class ModelSafety {

    /** The names of FEEL that DMN 1.1 to 1.5 and Camunda use, lower case. */
    private static final Set<String> FEEL = Set.of("feel", "http://www.omg.org/spec/feel/20140401",
            "https://www.omg.org/spec/dmn/20180521/feel/", "http://www.omg.org/spec/dmn/20180521/feel/",
            "https://www.omg.org/spec/dmn/20191111/feel/", "https://www.omg.org/spec/dmn/20211108/feel/",
            "https://www.omg.org/spec/dmn/20230324/feel/");

    private ModelSafety() {
    }

    /**
     * Whether a DMN expression language is FEEL, in any letter case. An absent language (null or
     * blank) means the engine's default, which {@link ModelSafetyPlugin} sets to FEEL.
     */
    public static boolean isFeel(String language) {
        return language == null || language.isBlank() || FEEL.contains(language.trim().toLowerCase(Locale.ROOT));
    }
}
