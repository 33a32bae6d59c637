package id.kinerjaflow.base;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

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

    /**
     * The BPMN XML with every named process, step and flow renamed in the reader's language, for a
     * diagram drawn from the file (bpmn-js shows the names it finds there). Ids, layout and
     * everything else stay as they are; XML that does not parse is returned unchanged.
     */
    public static String localise(String bpmnXml, Locale locale) {
        if (bpmnXml == null || bpmnXml.isBlank()) {
            return bpmnXml;
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            var builder = f.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // no "[Fatal Error]" on stderr
            Document doc = builder.parse(new InputSource(new StringReader(bpmnXml)));
            NodeList all = doc.getElementsByTagNameNS(BPMN, "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                String id = e.getAttribute("id");
                String name = e.getAttribute("name");
                if (id.isEmpty() || name.isEmpty()) {
                    continue;
                }
                e.setAttribute("name", "process".equals(e.getLocalName()) ? process(id, name, locale)
                        : step(id, name, locale));
            }
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            StringWriter out = new StringWriter();
            tf.newTransformer().transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            return bpmnXml;
        }
    }

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    private static String named(String id, String modelName, Locale locale, String... prefixes) {
        return known(id, locale, prefixes).orElseGet(() -> modelName != null && !modelName.isBlank() ? modelName
                : id == null ? "" : id);
    }
}
