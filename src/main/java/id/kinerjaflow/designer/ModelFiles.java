package id.kinerjaflow.designer;

import java.util.Optional;
import java.util.Set;

/** What a model file is: its name and text, and what it declares (the kind, the keys of its processes or decisions). */
public final class ModelFiles {

    private ModelFiles() {
    }

    /** A model file, by its resource name. */
    public record ModelFile(String name, String xml) {
    }

    /** What a model declares: its kind and the keys of its processes or decisions. */
    public record Declared(DraftKind kind, Set<String> keys) {
    }

    /** The kind and keys of an XML text, or empty when it does not parse or is neither BPMN nor DMN. */
    public static Optional<Declared> declared(String xml) {
        return ModelCheck.declared(xml);
    }
}
