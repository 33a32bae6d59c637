package id.kinerjaflow.designer;

/** A process (BPMN) or a decision (DMN) model. */
public enum DraftKind {
    BPMN, DMN;

    /** The file ending of the kind, without the dot. */
    public String extension() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
