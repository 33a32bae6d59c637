package id.kinerjaflow.designer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import id.kinerjaflow.designer.ModelFiles.Declared;
import id.kinerjaflow.process.Expressions;
import id.kinerjaflow.process.ModelSafety;

/**
 * The check of a BPMN or DMN file before anything is deployed, in plain Java on the XML (the engine's
 * own parse comes afterwards, in the service). A deployment must not be a way to run code on the
 * server: script tasks, scripts anywhere, {@code camunda:class}, connectors, external tasks and every
 * expression outside the allow-list grammar of {@link Expressions} are refused. Then what the model
 * refers to must exist in the application: forms, assignees and groups, delegates, messages,
 * decisions, called processes, and timers must parse.
 */
final class ModelCheck {

    /** {@code ${bean.method(arguments)}} with no nested parentheses. */
    private static final Pattern SIMPLE_CALL = Pattern.compile("^\\$\\{\\s*(\\w+\\.\\w+)\\s*\\(([^()]*)\\)\\s*}$");

    static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String CAMUNDA_BPMN_NS = "http://camunda.org/schema/1.0/bpmn";
    static final String CAMUNDA_DMN_NS = "http://camunda.org/schema/1.0/dmn";
    private static final Set<String> DMN_NS = Set.of("https://www.omg.org/spec/DMN/20191111/MODEL/",
            "http://www.omg.org/spec/DMN/20180521/MODEL/", "http://www.omg.org/spec/DMN/20151101/dmn.xsd",
            "https://www.omg.org/spec/DMN/20230324/MODEL/");
    /** Namespaces of other engines' extensions (activiti, flowable): refused, the engine may read them. */
    private static final Set<String> FOREIGN_NS = Set.of("http://activiti.org/bpmn", "http://flowable.org/bpmn");
    private static final Set<String> DEFAULT_BPMN_LANGUAGES = Set.of("http://www.w3.org/1999/XPath", "juel");
    private static final Set<String> DELEGATE_ATTRIBUTES = Set.of("delegateExpression",
            "variableMappingDelegateExpression");
    private static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "variableMappingClass");
    private static final Set<String> SCRIPT_ATTRIBUTES = Set.of("scriptFormat", "resource");
    private static final Set<String> DATE_ATTRIBUTES = Set.of("dueDate", "followUpDate");
    private static final Set<String> TIMER_ELEMENTS = Set.of("timeDate", "timeDuration", "timeCycle");
    private static final Pattern FEEL_FUNCTION = Pattern.compile("\\b(function|external)\\b");
    private static final Pattern CRON_FIELD = Pattern.compile("[0-9A-Z*?/,#\\-]+");

    private final CheckContext context;
    private final List<Problem> problems = new ArrayList<>();
    /** Variables the model itself introduces (multi-instance element variables, result variables). */
    private final Set<String> modelVariables = new HashSet<>();

    private ModelCheck(CheckContext context) {
        this.context = context;
    }

    /** Every problem of the file; empty when it may go on to the engine's own parse. */
    static List<Problem> check(DraftKind kind, String key, String xml, CheckContext context) {
        ModelCheck check = new ModelCheck(context);
        Document doc;
        try {
            doc = parse(xml);
        } catch (Exception e) {
            return List.of(Problem.of("designer.problem.XML_INVALID", null, shorten(e.getMessage())));
        }
        Optional<Declared> declared = declared(doc);
        if (declared.isEmpty() || declared.get().kind() != kind) {
            return List.of(Problem.of("designer.problem.WRONG_KIND", null, kind.name()));
        }
        if (!declared.get().keys().contains(key)) {
            check.problems.add(Problem.of(kind == DraftKind.BPMN ? "designer.problem.PROCESS_KEY"
                    : "designer.problem.DECISION_KEY", null, key, String.join(", ", declared.get().keys())));
        }
        check.collectModelVariables(doc.getDocumentElement());
        check.walk(doc.getDocumentElement(), kind);
        if (kind == DraftKind.BPMN) {
            check.appSteps(doc.getDocumentElement());
        }
        // the designer fills it in (ModelDefaults); a file that still lacks it would meet the engine's refusal
        for (String id : ModelDefaults.withoutTimeToLive(kind, doc)) {
            check.add("designer.problem.HISTORY_TTL_MISSING", id);
        }
        return check.problems;
    }

    /** Reads the XML with doctypes (and so external entities) refused. */
    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        DocumentBuilder builder = f.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The kind and keys a parsed file declares, or empty when it is neither BPMN nor DMN. */
    static Optional<Declared> declared(Document doc) {
        Element root = doc.getDocumentElement();
        if (!"definitions".equals(root.getLocalName())) {
            return Optional.empty();
        }
        Set<String> keys = new LinkedHashSet<>();
        if (BPMN_NS.equals(root.getNamespaceURI())) {
            for (Element e : children(root)) {
                if ("process".equals(e.getLocalName()) && BPMN_NS.equals(e.getNamespaceURI())) {
                    keys.add(e.getAttribute("id"));
                }
            }
            return Optional.of(new Declared(DraftKind.BPMN, keys));
        }
        if (DMN_NS.contains(root.getNamespaceURI())) {
            for (Element e : children(root)) {
                if ("decision".equals(e.getLocalName())) {
                    keys.add(e.getAttribute("id"));
                }
            }
            return Optional.of(new Declared(DraftKind.DMN, keys));
        }
        return Optional.empty();
    }

    /** The kind and keys of an XML text, or empty when it does not parse or is neither BPMN nor DMN. */
    static Optional<Declared> declared(String xml) {
        try {
            return declared(parse(xml));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /**
     * The steps the application's code refers to by id must keep their ids: a file from Camunda
     * Modeler whose ids differ is told, for each such step, which of its elements does that step's
     * work (same form) under another id, or that the step is missing. Other, new steps are fine.
     */
    private void appSteps(Element root) {
        Set<String> ids = new HashSet<>();
        java.util.Map<String, String> byForm = new java.util.HashMap<>();
        for (Element e : descendants(root)) {
            if (BPMN_NS.equals(e.getNamespaceURI()) && e.hasAttribute("id")) {
                ids.add(e.getAttribute("id"));
                String form = e.getAttributeNS(CAMUNDA_BPMN_NS, "formKey").trim();
                if (!form.isEmpty()) {
                    byForm.putIfAbsent(form, e.getAttribute("id"));
                }
            }
        }
        for (CheckContext.Step step : context.appSteps()) {
            if (ids.contains(step.id())) {
                continue;
            }
            String label = step.label() == null || step.label().isBlank() ? step.id() : step.label();
            String same = step.formKey() == null ? null : byForm.get(step.formKey());
            if (same != null && !context.appSteps().stream().anyMatch(s -> s.id().equals(same))) {
                add("designer.problem.STEP_ID_DIFFERS", same, label, step.id());
            } else {
                add("designer.problem.STEP_MISSING", null, label, step.id());
            }
        }
    }

    private void collectModelVariables(Element element) {
        for (Element e : descendants(element)) {
            for (String attr : List.of("elementVariable", "resultVariable")) {
                String v = e.getAttributeNS(CAMUNDA_BPMN_NS, attr);
                if (!v.isBlank()) {
                    modelVariables.add(v.trim());
                }
            }
        }
    }

    private void walk(Element element, DraftKind kind) {
        String ns = element.getNamespaceURI() == null ? "" : element.getNamespaceURI();
        String name = element.getLocalName();
        String id = elementId(element);
        if (FOREIGN_NS.contains(ns)) {
            add("designer.problem.FOREIGN_EXTENSION", id, element.getNodeName());
        }
        if (BPMN_NS.equals(ns)) {
            bpmnElement(element, name, id);
        } else if (CAMUNDA_BPMN_NS.equals(ns) || CAMUNDA_DMN_NS.equals(ns)) {
            camundaElement(element, name, id);
        }
        if (kind == DraftKind.DMN) {
            dmnElement(element, name, id);
        }
        attributes(element, ns, id);
        String text = ownText(element);
        boolean dateIdiom = TIMER_ELEMENTS.contains(name) && Expressions.isDateIdiom(text.trim());
        if (Expressions.hasExpression(text) && kind == DraftKind.BPMN && !dateIdiom) {
            expression(text, id);
        }
        for (Element child : children(element)) {
            walk(child, kind);
        }
    }

    private void bpmnElement(Element e, String name, String id) {
        switch (name) {
            case "definitions" -> {
                String language = e.getAttribute("expressionLanguage");
                if (!language.isBlank() && !DEFAULT_BPMN_LANGUAGES.contains(language.trim())) {
                    add("designer.problem.SCRIPT", id, language);
                }
            }
            case "scriptTask" -> add("designer.problem.SCRIPT_TASK", id);
            case "script" -> add("designer.problem.SCRIPT", id, "script");
            case "userTask" -> userTask(e, id);
            case "message" -> {
                String message = e.getAttribute("name");
                if (message.isBlank()) {
                    add("designer.problem.MESSAGE_NAME_MISSING", id);
                } else if (!context.messages().contains(message)) {
                    add("designer.problem.MESSAGE_UNKNOWN", id, message);
                }
            }
            case "businessRuleTask" -> {
                if (e.hasAttributeNS(CAMUNDA_BPMN_NS, "decisionRef")) {
                    String ref = e.getAttributeNS(CAMUNDA_BPMN_NS, "decisionRef").trim();
                    if (!context.decisionKeys().contains(ref)) {
                        add("designer.problem.DECISION_UNKNOWN", id, ref);
                    }
                } else {
                    add("designer.problem.BUSINESS_RULE_WITHOUT_DECISION", id);
                }
            }
            case "callActivity" -> {
                String called = e.getAttribute("calledElement").trim();
                if (!context.processKeys().contains(called)) {
                    add("designer.problem.CALLED_PROCESS_UNKNOWN", id, called);
                }
            }
            case "timeDate", "timeDuration", "timeCycle" -> timer(name, ownText(e).trim(), id);
            case "conditionExpression", "condition", "completionCondition", "loopCondition" -> {
                String language = e.getAttribute("language");
                if (!language.isBlank() && !"juel".equalsIgnoreCase(language.trim())) {
                    add("designer.problem.SCRIPT", id, language);
                }
            }
            default -> {
                // other elements carry nothing the check looks at beyond their attributes and text
            }
        }
        if (e.hasAttributeNS(CAMUNDA_BPMN_NS, "type") && "external".equals(e.getAttributeNS(CAMUNDA_BPMN_NS, "type"))) {
            add("designer.problem.EXTERNAL_TASK", id, e.getAttributeNS(CAMUNDA_BPMN_NS, "topic"));
        }
    }

    private void camundaElement(Element e, String name, String id) {
        switch (name) {
            case "script" -> add("designer.problem.SCRIPT", id, e.getAttribute("scriptFormat"));
            case "connector" -> add("designer.problem.CONNECTOR", id);
            case "failedJobRetryTimeCycle" -> timer("timeCycle", ownText(e).trim(), id);
            case "formData", "formField" -> add("designer.problem.GENERATED_FORM", id);
            default -> {
                // listeners, input/output mappings, properties: their attributes and texts are checked
            }
        }
    }

    /**
     * A decision may speak FEEL only: an expression language other than FEEL on any element (the
     * definitions, a decision, an input expression, input, output, input or output entry, literal
     * expression), in any letter case and in any namespace, is refused. Without one the engine's
     * default applies, which is FEEL (process/ModelSafetyPlugin).
     */
    private void dmnElement(Element e, String name, String id) {
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String local = a.getLocalName() == null ? a.getName() : a.getLocalName();
            if ("expressionLanguage".equalsIgnoreCase(local) && !ModelSafety.isFeel(a.getValue())) {
                add("designer.problem.DMN_LANGUAGE", id, a.getValue().trim());
            }
        }
        if ("text".equals(name)) {
            String text = stripStrings(ownText(e));
            if (FEEL_FUNCTION.matcher(text).find()) {
                add("designer.problem.DMN_FUNCTION", id, shorten(ownText(e).trim()));
            }
        }
    }

    private void userTask(Element e, String id) {
        String formKey = e.getAttributeNS(CAMUNDA_BPMN_NS, "formKey").trim();
        if (formKey.isEmpty()) {
            add("designer.problem.FORM_MISSING", id);
        } else if (!context.formKeys().contains(formKey)) {
            add("designer.problem.FORM_UNKNOWN", id, formKey);
        }
        if (e.hasAttributeNS(CAMUNDA_BPMN_NS, "formRef")) {
            add("designer.problem.FORM_UNKNOWN", id, e.getAttributeNS(CAMUNDA_BPMN_NS, "formRef"));
        }
        String assignee = e.getAttributeNS(CAMUNDA_BPMN_NS, "assignee").trim();
        String groups = e.getAttributeNS(CAMUNDA_BPMN_NS, "candidateGroups").trim();
        String users = e.getAttributeNS(CAMUNDA_BPMN_NS, "candidateUsers").trim();
        if (assignee.isEmpty() && groups.isEmpty() && users.isEmpty()) {
            add("designer.problem.ASSIGNMENT_MISSING", id);
        }
        if (!assignee.isEmpty()) {
            person(assignee, id);
        }
        for (String user : split(users)) {
            person(user, id);
        }
        for (String group : split(groups)) {
            if (Expressions.hasExpression(group) && allowedCallOfKnownVariables(group)) {
                continue;
            }
            if (Expressions.hasExpression(group)) {
                variable(group, id, "designer.problem.GROUP_UNKNOWN");
            } else if (!context.groups().contains(group)) {
                add("designer.problem.GROUP_UNKNOWN", id, group);
            }
        }
    }

    private void person(String value, String id) {
        if (Expressions.hasExpression(value)) {
            variable(value, id, "designer.problem.ASSIGNEE_UNKNOWN");
        } else if (!context.userExists().test(value)) {
            add("designer.problem.ASSIGNEE_UNKNOWN", id, value);
        }
    }

    /**
     * Exactly one call of an allowed bean method whose arguments are variables the app or the model
     * sets, or string literals: {@code ${actingFor.groups(appraiserUser)}}, the groups who act for a
     * person without an account. (The expression check has already refused anything else in it.)
     */
    private boolean allowedCallOfKnownVariables(String value) {
        Matcher m = SIMPLE_CALL.matcher(value.trim());
        if (!m.matches() || !context.allowedCalls().contains(m.group(1))) {
            return false;
        }
        for (String arg : split(m.group(2))) {
            boolean variableRead = arg.matches("[A-Za-z_]\\w*") && knownVariable(arg);
            if (!variableRead && !arg.matches("'[^']*'")) {
                return false;
            }
        }
        return true;
    }

    /** The value must be exactly {@code ${variable}} of a variable the app or the model sets. */
    private void variable(String value, String id, String code) {
        Optional<String> read = Expressions.plainRead(value);
        if (read.isEmpty() || !knownVariable(read.get())) {
            add(code, id, value);
        }
    }

    private boolean knownVariable(String name) {
        return context.variables().contains(name) || modelVariables.contains(name);
    }

    private static List<String> split(String list) {
        if (list.isBlank()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String p : list.split(",")) {
            if (!p.isBlank()) {
                parts.add(p.trim());
            }
        }
        return parts;
    }

    private void attributes(Element e, String elementNs, String id) {
        NamedNodeMap attrs = e.getAttributes();
        boolean camundaElement = CAMUNDA_BPMN_NS.equals(elementNs) || CAMUNDA_DMN_NS.equals(elementNs);
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String ans = a.getNamespaceURI();
            String local = a.getLocalName() == null ? a.getName() : a.getLocalName();
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ans)) {
                continue;
            }
            boolean camunda = CAMUNDA_BPMN_NS.equals(ans) || CAMUNDA_DMN_NS.equals(ans) || (ans == null && camundaElement);
            if (ans != null && FOREIGN_NS.contains(ans)) {
                add("designer.problem.FOREIGN_EXTENSION", id, a.getName());
                continue;
            }
            if (camunda && CLASS_ATTRIBUTES.contains(local)) {
                add("designer.problem.CLASS", id, a.getValue());
                continue;
            }
            if (camunda && SCRIPT_ATTRIBUTES.contains(local)) {
                add("designer.problem.SCRIPT", id, a.getValue());
                continue;
            }
            if (camunda && DELEGATE_ATTRIBUTES.contains(local)) {
                Optional<String> bean = Expressions.plainRead(a.getValue());
                if (bean.isEmpty() || !context.delegateBeans().contains(bean.get())) {
                    add("designer.problem.DELEGATE_NOT_ALLOWED", id, a.getValue());
                }
                continue;
            }
            if (camunda && DATE_ATTRIBUTES.contains(local) && Expressions.isDateIdiom(a.getValue())) {
                continue; // Camunda's due-date idiom: now plus a fixed time
            }
            if (camunda && "topic".equals(local)) {
                continue; // reported with the external task
            }
            if (Expressions.hasExpression(a.getValue()) && !DMN_NS.contains(elementNs)) {
                expression(a.getValue(), id);
            }
        }
    }

    private void expression(String text, String id) {
        Expressions.check(text, context.allowedCalls()).ifPresent(r -> add(r.code(), id, r.detail()));
    }

    private void timer(String kind, String text, String id) {
        if (text.isEmpty()) {
            add("designer.problem.TIMER_INVALID", id, text);
            return;
        }
        if (Expressions.isDateIdiom(text)) {
            return; // ${dateTime().plusDays(2).toDate()}: now plus a fixed time, harmless
        }
        if (Expressions.hasExpression(text)) {
            variable(text, id, "designer.problem.TIMER_VARIABLE");
            return;
        }
        boolean ok = switch (kind) {
            case "timeDate" -> isDate(text);
            case "timeDuration" -> isDuration(text);
            default -> isCycle(text);
        };
        if (!ok) {
            add("designer.problem.TIMER_INVALID", id, text);
        }
    }

    static boolean isDate(String text) {
        for (java.util.function.Consumer<String> parser : List.<java.util.function.Consumer<String>>of(
                OffsetDateTime::parse, ZonedDateTime::parse, LocalDateTime::parse, LocalDate::parse)) {
            try {
                parser.accept(text);
                return true;
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return false;
    }

    static boolean isDuration(String text) {
        try {
            Duration.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            try {
                String[] parts = text.split("T", 2);
                Period.parse(parts[0]);
                return parts.length == 1 || Duration.parse("PT" + parts[1]) != null;
            } catch (DateTimeParseException e2) {
                return false;
            }
        }
    }

    static boolean isCycle(String text) {
        String[] parts = text.split("/");
        if (parts.length >= 2 && parts[0].matches("R\\d*")) {
            for (int i = 1; i < parts.length; i++) {
                if (!isDuration(parts[i]) && !isDate(parts[i])) {
                    return false;
                }
            }
            return true;
        }
        String[] fields = text.trim().split("\\s+");
        if (fields.length < 6 || fields.length > 7) {
            return false;
        }
        for (String field : fields) {
            if (!CRON_FIELD.matcher(field).matches()) {
                return false;
            }
        }
        return true;
    }

    private void add(String code, String id, String... args) {
        Problem p = Problem.of(code, id, args);
        if (!problems.contains(p)) {
            problems.add(p);
        }
    }

    // ---- DOM helpers ----------------------------------------------------------------------------

    /** The id of the element or of its nearest ancestor that has one, null for the file as a whole. */
    private static String elementId(Element e) {
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            if (el.hasAttribute("id") && !"definitions".equals(el.getLocalName())) {
                return el.getAttribute("id");
            }
        }
        return null;
    }

    private static String ownText(Element e) {
        StringBuilder text = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue());
            }
        }
        return text.toString();
    }

    static List<Element> children(Element e) {
        List<Element> list = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                list.add(child);
            }
        }
        return list;
    }

    private static List<Element> descendants(Element e) {
        List<Element> list = new ArrayList<>();
        for (Element child : children(e)) {
            list.add(child);
            list.addAll(descendants(child));
        }
        return list;
    }

    private static String stripStrings(String text) {
        return text.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
