package id.kinerjaflow.designer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What the designer fills in for HR where a file from Camunda Modeler leaves out something the
 * engine insists on, instead of letting the engine refuse it in its own words: the history time to
 * live of every process and decision ({@value #HISTORY_TIME_TO_LIVE}, ten years, the retention of
 * an appraisal file; see application.yaml). The text is changed only in the start tag concerned,
 * so the rest of the file, its diagram included, stays as the Modeler wrote it.
 */
final class ModelDefaults {

    static final String HISTORY_TIME_TO_LIVE = "P3650D";
    private static final String CAMUNDA_DMN_NS = ModelCheck.CAMUNDA_DMN_NS;
    private static final String CAMUNDA_BPMN_NS = ModelCheck.CAMUNDA_BPMN_NS;

    private ModelDefaults() {
    }

    /** The file with a history time to live on every process or decision that has none. */
    static String apply(DraftKind kind, String xml) {
        Document doc;
        try {
            doc = ModelCheck.parse(xml);
        } catch (Exception e) {
            return xml; // the check reports what is wrong with it
        }
        List<String> missing = withoutTimeToLive(kind, doc);
        if (missing.isEmpty()) {
            return xml;
        }
        String ns = kind == DraftKind.BPMN ? CAMUNDA_BPMN_NS : CAMUNDA_DMN_NS;
        String text = xml;
        String prefix = prefixOf(text, ns);
        if (prefix == null) {
            prefix = "camunda";
            for (int i = 2; text.contains("xmlns:" + prefix + "="); i++) {
                prefix = "camunda" + i;
            }
            text = declare(text, prefix, ns);
            if (text == null) {
                return xml;
            }
        }
        String element = kind == DraftKind.BPMN ? "process" : "decision";
        for (String id : missing) {
            Pattern start = Pattern.compile("<((?:[\\w.-]+:)?" + element + ")(\\s[^>]*?\\bid\\s*=\\s*[\"']"
                    + Pattern.quote(id) + "[\"'][^>]*?)(/?)>");
            Matcher m = start.matcher(text);
            if (m.find()) {
                text = text.substring(0, m.start()) + "<" + m.group(1) + m.group(2) + " " + prefix
                        + ":historyTimeToLive=\"" + HISTORY_TIME_TO_LIVE + "\"" + m.group(3) + ">"
                        + text.substring(m.end());
            }
        }
        try {
            return withoutTimeToLive(kind, ModelCheck.parse(text)).isEmpty() ? text : xml;
        } catch (Exception e) {
            return xml;
        }
    }

    /** The ids of the processes or decisions of the file without a history time to live. */
    static List<String> withoutTimeToLive(DraftKind kind, Document doc) {
        List<String> ids = new ArrayList<>();
        String element = kind == DraftKind.BPMN ? "process" : "decision";
        String ns = kind == DraftKind.BPMN ? CAMUNDA_BPMN_NS : CAMUNDA_DMN_NS;
        for (Element e : ModelCheck.children(doc.getDocumentElement())) {
            if (element.equals(e.getLocalName()) && e.getAttributeNS(ns, "historyTimeToLive").isBlank()) {
                ids.add(e.getAttribute("id"));
            }
        }
        return ids;
    }

    private static String prefixOf(String xml, String ns) {
        Matcher m = Pattern.compile("xmlns:([\\w.-]+)\\s*=\\s*[\"']" + Pattern.quote(ns) + "[\"']").matcher(xml);
        return m.find() ? m.group(1) : null;
    }

    /** Declares the namespace on the root element (the first start tag after the prolog and comments). */
    private static String declare(String xml, String prefix, String ns) {
        Matcher m = Pattern.compile("<([\\w.-]+:)?definitions\\b").matcher(xml);
        if (!m.find()) {
            return null;
        }
        return xml.substring(0, m.end()) + " xmlns:" + prefix + "=\"" + ns + "\"" + xml.substring(m.end());
    }
}
