package id.kinerjaflow.designer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.XMLConstants;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The comparison of two versions of a model (or a draft and its base): which elements were added,
 * removed or changed, by element id. An element is a unit of the comparison when it has an id and
 * sits directly in a container (process, sub-process, decision, decision table ...): tasks, events,
 * gateways, flows, rules. What belongs to it (its attributes, event definitions, conditions,
 * extension elements, incoming and outgoing flows, entries) is compared as part of it, and a change
 * names which of those differ. The diagram layout (BPMNDI, DMNDI) is not compared.
 */
public final class ModelDiff {

    private static final Set<String> CONTAINERS = Set.of("definitions", "process", "subProcess", "transaction",
            "adHocSubProcess", "collaboration", "decision", "decisionTable", "laneSet");
    private static final Set<String> LAYOUT = Set.of("http://www.omg.org/spec/BPMN/20100524/DI",
            "https://www.omg.org/spec/DMN/20191111/DMNDI/", "http://www.omg.org/spec/DMN/20180521/DMNDI/");

    private ModelDiff() {
    }

    /** What happened to an element. */
    public enum ChangeKind { ADDED, REMOVED, CHANGED }

    /**
     * One difference: the element's id, its type (BPMN/DMN element name), its name (the newer one),
     * and for a change which parts differ (attribute names such as {@code camunda:formKey}, or parts
     * such as {@code timerEventDefinition}, {@code incoming}, {@code outgoing}, {@code name}).
     */
    public record Change(ChangeKind kind, String elementId, String type, String name, List<String> details) {
    }

    /** The differences from {@code older} to {@code newer}; refused when either is not a model. */
    public static List<Change> compare(String older, String newer) {
        Map<String, Element> before = units(read(older));
        Map<String, Element> after = units(read(newer));
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, Element> e : after.entrySet()) {
            Element old = before.get(e.getKey());
            Element now = e.getValue();
            if (old == null) {
                changes.add(new Change(ChangeKind.ADDED, e.getKey(), now.getLocalName(), now.getAttribute("name"),
                        List.of()));
            } else {
                List<String> details = differences(old, now);
                if (!details.isEmpty()) {
                    changes.add(new Change(ChangeKind.CHANGED, e.getKey(), now.getLocalName(),
                            now.getAttribute("name"), details));
                }
            }
        }
        for (Map.Entry<String, Element> e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                changes.add(new Change(ChangeKind.REMOVED, e.getKey(), e.getValue().getLocalName(),
                        e.getValue().getAttribute("name"), List.of()));
            }
        }
        return changes;
    }

    private static Document read(String xml) {
        try {
            return ModelCheck.parse(xml);
        } catch (Exception e) {
            throw new id.kinerjaflow.base.BusinessRuleException("designer.XML_INVALID", String.valueOf(e.getMessage()));
        }
    }

    private static Map<String, Element> units(Document doc) {
        Map<String, Element> units = new LinkedHashMap<>();
        collect(doc.getDocumentElement(), units);
        return units;
    }

    private static void collect(Element e, Map<String, Element> units) {
        for (Element child : ModelCheck.children(e)) {
            if (LAYOUT.contains(child.getNamespaceURI())) {
                continue;
            }
            if (isUnit(child)) {
                units.put(child.getAttribute("id"), child);
            }
            collect(child, units);
        }
    }

    private static boolean isUnit(Element e) {
        Node parent = e.getParentNode();
        return e.hasAttribute("id") && parent instanceof Element p && CONTAINERS.contains(p.getLocalName());
    }

    private static List<String> differences(Element old, Element now) {
        Set<String> details = new LinkedHashSet<>();
        if (!Objects.equals(old.getLocalName(), now.getLocalName())) {
            details.add("type");
        }
        Map<String, String> a = attributes(old);
        Map<String, String> b = attributes(now);
        Set<String> names = new LinkedHashSet<>(a.keySet());
        names.addAll(b.keySet());
        for (String name : names) {
            if (!Objects.equals(a.get(name), b.get(name))) {
                details.add(name);
            }
        }
        Map<String, List<String>> partsA = parts(old);
        Map<String, List<String>> partsB = parts(now);
        Set<String> kinds = new LinkedHashSet<>(partsA.keySet());
        kinds.addAll(partsB.keySet());
        for (String kind : kinds) {
            if (!Objects.equals(sorted(partsA.get(kind)), sorted(partsB.get(kind)))) {
                details.add(kind);
            }
        }
        if (!ownText(old).equals(ownText(now))) {
            details.add("text");
        }
        return List.copyOf(details);
    }

    private static List<String> sorted(List<String> list) {
        return list == null ? List.of() : list.stream().sorted().toList();
    }

    /** The attributes by qualified name (prefix as written), without namespace declarations and the id. */
    private static Map<String, String> attributes(Element e) {
        Map<String, String> map = new TreeMap<>();
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr attr = (Attr) attrs.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attr.getNamespaceURI()) || "id".equals(attr.getName())) {
                continue;
            }
            String prefix = attr.getNamespaceURI() == null ? "" : prefix(attr.getNamespaceURI()) + ":";
            map.put(prefix + (attr.getLocalName() == null ? attr.getName() : attr.getLocalName()), attr.getValue());
        }
        return map;
    }

    private static String prefix(String ns) {
        if (ns.startsWith("http://camunda.org/schema/1.0/")) {
            return "camunda";
        }
        if (ns.equals("http://www.w3.org/2001/XMLSchema-instance")) {
            return "xsi";
        }
        return ns;
    }

    /** The element's own parts (children that are not units themselves), canonical, grouped by name. */
    private static Map<String, List<String>> parts(Element e) {
        Map<String, List<String>> parts = new TreeMap<>();
        for (Element child : ModelCheck.children(e)) {
            if (!isUnit(child) && !LAYOUT.contains(child.getNamespaceURI())) {
                parts.computeIfAbsent(child.getLocalName(), k -> new ArrayList<>()).add(canonical(child));
            }
        }
        return parts;
    }

    private static String canonical(Element e) {
        StringBuilder s = new StringBuilder(e.getLocalName()).append(attributes(e)).append('[');
        s.append(ownText(e));
        for (Element child : ModelCheck.children(e)) {
            s.append(canonical(child)).append(';');
        }
        return s.append(']').toString();
    }

    private static String ownText(Element e) {
        StringBuilder text = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue());
            }
        }
        return text.toString().trim();
    }
}
