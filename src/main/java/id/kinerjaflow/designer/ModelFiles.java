package id.kinerjaflow.designer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.w3c.dom.Element;

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

    /**
     * The label of every element of a model that has an id: its name (BPMN, DMN decisions and
     * outputs) or label (DMN inputs and outputs), whitespace folded; elements without one are left out.
     */
    public static Map<String, String> labels(String xml) {
        Map<String, String> labels = new HashMap<>();
        try {
            collect(ModelCheck.parse(xml).getDocumentElement(), labels);
        } catch (Exception e) {
            // a file that does not parse has no labels; the check says why
        }
        return labels;
    }

    private static void collect(Element e, Map<String, String> labels) {
        String id = e.getAttribute("id");
        String label = e.getAttribute("name").isBlank() ? e.getAttribute("label") : e.getAttribute("name");
        if (!id.isBlank() && !label.isBlank()) {
            labels.put(id, label.strip().replaceAll("\\s+", " "));
        }
        for (Element child : ModelCheck.children(e)) {
            collect(child, labels);
        }
    }

    /** The form keys of the user tasks of a BPMN text. */
    static Set<String> formKeys(String xml) {
        Set<String> keys = new java.util.LinkedHashSet<>();
        try {
            collectForms(ModelCheck.parse(xml).getDocumentElement(), keys);
        } catch (Exception e) {
            // no forms in a file that does not parse
        }
        return keys;
    }

    private static void collectForms(Element e, Set<String> keys) {
        String form = e.getAttributeNS(ModelCheck.CAMUNDA_BPMN_NS, "formKey").trim();
        if (!form.isEmpty()) {
            keys.add(form);
        }
        for (Element child : ModelCheck.children(e)) {
            collectForms(child, keys);
        }
    }

    /**
     * The BPMN text with its process id changed, where the file names it: the process itself, the
     * diagram's plane and a collaboration's participant. Nothing else in the file changes.
     */
    static String renameProcess(String xml, String from, String to) {
        String quoted = java.util.regex.Pattern.quote(from);
        return xml.replaceAll("(<(?:[\\w.-]+:)?process\\b[^>]*?\\bid\\s*=\\s*[\"'])" + quoted + "([\"'])", "$1" + java.util.regex.Matcher.quoteReplacement(to) + "$2")
                .replaceAll("(\\b(?:bpmnElement|processRef)\\s*=\\s*[\"'])" + quoted + "([\"'])", "$1" + java.util.regex.Matcher.quoteReplacement(to) + "$2");
    }

    /** The kind and keys of an XML text, or empty when it does not parse or is neither BPMN nor DMN. */
    public static Optional<Declared> declared(String xml) {
        return ModelCheck.declared(xml);
    }
}
