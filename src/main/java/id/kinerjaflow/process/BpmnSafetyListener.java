package id.kinerjaflow.process;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Refuses, while the engine reads a process, everything in it that could run code other than the
 * application's: script tasks and scripts anywhere (listeners, input/output mappings, conditions,
 * external script resources), {@code camunda:class}, connectors, a delegate expression that is not
 * exactly one of the application's delegate beans, a condition in another language than JUEL, and
 * any expression outside the {@link Expressions} grammar (Camunda's date idiom is accepted where a
 * date is asked for). The whole file is read, so nothing depends on which element the engine
 * happens to look at.
 */
final class BpmnSafetyListener extends AbstractBpmnParseListener {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "variableMappingClass");
    private static final Set<String> SCRIPT_ATTRIBUTES = Set.of("scriptFormat", "resource");
    private static final Set<String> DELEGATE_ATTRIBUTES = Set.of("delegateExpression",
            "variableMappingDelegateExpression");
    private static final Set<String> DATE_ATTRIBUTES = Set.of("dueDate", "followUpDate");
    private static final Set<String> DATE_ELEMENTS = Set.of("timeDate", "timeDuration", "timeCycle");
    private static final Set<String> BPMN_EXPRESSION_LANGUAGES = Set.of("", "juel", "http://www.w3.org/1999/xpath");

    private final AppBeans beans;

    BpmnSafetyListener(AppBeans beans) {
        this.beans = beans;
    }

    @Override
    public void parseRootElement(Element rootElement, List<ProcessDefinitionEntity> processDefinitions) {
        Set<String> delegates = beans.delegateBeans();
        language(rootElement, "expressionLanguage");
        walk(rootElement, delegates);
    }

    private void walk(Element element, Set<String> delegates) {
        String tag = local(element.getTagName());
        if ("scriptTask".equals(tag) || "script".equals(tag)) {
            refuse(element, "a script");
        }
        if ("connector".equals(tag) && !BPMN.equals(element.getUri())) {
            refuse(element, "a connector");
        }
        if ("conditionExpression".equals(tag) || "condition".equals(tag) || "completionCondition".equals(tag)) {
            language(element, "language");
        }
        for (String key : element.attributes()) {
            String name = local(key);
            String value = element.attribute(key);
            if (CLASS_ATTRIBUTES.contains(name)) {
                refuse(element, "camunda:class " + value);
            } else if (SCRIPT_ATTRIBUTES.contains(name)) {
                refuse(element, "a script " + value);
            } else if (DELEGATE_ATTRIBUTES.contains(name)) {
                Optional<String> bean = Expressions.plainRead(value);
                if (bean.isEmpty() || !delegates.contains(bean.get())) {
                    refuse(element, "delegate " + value);
                }
            } else if (!(DATE_ATTRIBUTES.contains(name) && Expressions.isDateIdiom(value))) {
                expression(element, value);
            }
        }
        String text = element.getText();
        if (!(DATE_ELEMENTS.contains(tag) && Expressions.isDateIdiom(text))) {
            expression(element, text);
        }
        for (Element child : element.elements()) {
            walk(child, delegates);
        }
    }

    private void expression(Element element, String text) {
        if (Expressions.hasExpression(text)) {
            Expressions.check(text, beans.allowedCalls())
                    .ifPresent(r -> refuse(element, "expression " + text.strip()));
        }
    }

    private static void language(Element element, String attribute) {
        String language = element.attribute(attribute);
        if (language != null && !BPMN_EXPRESSION_LANGUAGES.contains(language.trim().toLowerCase(java.util.Locale.ROOT))) {
            refuse(element, "language " + language);
        }
    }

    private static String local(String name) {
        return name == null ? "" : name.substring(name.lastIndexOf(':') + 1);
    }

    private static void refuse(Element element, String what) {
        String id = element.attribute("id");
        throw new ProcessEngineException("KinerjaFlow: the process may not run code: " + what + " at "
                + (id == null ? element.getTagName() : id) + " (line " + element.getLine() + ")");
    }
}
