package id.kinerjaflow.process.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Description;
import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.UnaryTests;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One decision of a {@code .dmn} file under {@code bpmn/}, read from the project folder (the working
 * directory of surefire) and evaluated with Camunda's standalone DMN engine. Besides the result it
 * records which rules matched, so a test can say which row of the table decided.
 */
final class DecisionFile {

    /** A rule id that says what the row means: {@code Rule_AboveAndAsExpected}, {@code Rule_Good_GoodMax}. */
    private static final Pattern READABLE_RULE_ID = Pattern.compile("Rule_[A-Z][A-Za-z]*(_[A-Z][A-Za-z]*)*");
    /** Any other element id: a type prefix and a meaning, never a modeler's {@code Input_0x9fa2b}. */
    private static final Pattern READABLE_ELEMENT_ID = Pattern.compile("[A-Z][A-Za-z]*_[A-Z][A-Za-z]*");
    /** A FEEL string literal, the form every code takes in a table. */
    private static final Pattern QUOTED_CODE = Pattern.compile("\"([A-Z_]+)\"");

    private static final ThreadLocal<DmnDecisionTableEvaluationEvent> LAST_EVALUATION = new ThreadLocal<>();
    private static final DmnEngine ENGINE = buildEngine();

    private final String path;
    private final DmnModelInstance model;
    private final Decision decisionElement;
    private final DmnDecision decision;

    private DecisionFile(String path, DmnModelInstance model, Decision decisionElement, DmnDecision decision) {
        this.path = path;
        this.model = model;
        this.decisionElement = decisionElement;
        this.decision = decision;
    }

    /** Reads {@code path} (relative to the project folder) and parses the decision {@code decisionId} in it. */
    static DecisionFile load(String path, String decisionId) {
        DmnModelInstance model;
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            model = Dmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        Decision element = model.getModelElementById(decisionId);
        assertThat(element).as("decision %s in %s", decisionId, path).isNotNull();
        return new DecisionFile(path, model, element, ENGINE.parseDecision(decisionId, model));
    }

    /** Evaluates the decision table with these variables. */
    Evaluation evaluate(VariableMap variables) {
        LAST_EVALUATION.remove();
        DmnDecisionTableResult result = ENGINE.evaluateDecisionTable(decision, variables);
        DmnDecisionTableEvaluationEvent event = LAST_EVALUATION.get();
        List<String> matched = event == null ? List.of()
                : event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList();
        return new Evaluation(result, matched);
    }

    /** The ids of all rules of the table, in the order of the file. */
    List<String> ruleIds() {
        return table().getRules().stream().map(Rule::getId).toList();
    }

    /** The codes declared in the value list of the output {@code outputName}. */
    Set<String> outputValues(String outputName) {
        Output output = table().getOutputs().stream().filter(o -> outputName.equals(o.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no output " + outputName + " in " + path));
        return output.getOutputValues() == null ? Set.of() : codes(output.getOutputValues().getText().getTextContent());
    }

    /** The codes declared in the value list of the input whose expression is {@code variable}. */
    Set<String> inputValues(String variable) {
        Input input = table().getInputs().stream()
                .filter(i -> variable.equals(i.getInputExpression().getText().getTextContent().trim())).findFirst()
                .orElseThrow(() -> new AssertionError("no input " + variable + " in " + path));
        return input.getInputValues() == null ? Set.of() : codes(input.getInputValues().getText().getTextContent());
    }

    /**
     * The conventions of architecture.md ("DMN") and of the decision brief, for this file: the decision id
     * is the file name, a named decision
     * with a history time to live (the engine refuses a decision without one), the expected hit policy
     * written out and explained, a name and a type on every input and output, readable ids, a description
     * on every rule saying which legal row it encodes, and no code in a rule that its value list does not
     * declare.
     */
    void assertFollowsConventions(HitPolicy hitPolicy, String... inputVariables) {
        SoftAssertions softly = new SoftAssertions();
        DecisionTable table = table();
        softly.assertThat(Path.of(path).getFileName().toString()).as("file name = decision id")
                .isEqualTo(decisionElement.getId() + ".dmn");
        softly.assertThat(decisionElement.getName()).as("decision name").isNotBlank();
        softly.assertThat(decisionElement.getCamundaHistoryTimeToLiveString()).as("history time to live")
                .isEqualTo("P3650D");
        softly.assertThat(table.getAttributeValue("hitPolicy")).as("hit policy written out").isEqualTo(hitPolicy.name());
        softly.assertThat(text(table.getDescription())).as("why the hit policy").contains(hitPolicy.name());

        softly.assertThat(table.getInputs().stream().map(i -> i.getInputExpression().getText().getTextContent().trim()))
                .as("input variables").containsExactly(inputVariables);
        for (Input input : table.getInputs()) {
            softly.assertThat(input.getLabel()).as("label of input %s", input.getId()).isNotBlank();
            softly.assertThat(input.getInputExpression().getTypeRef()).as("typeRef of input %s", input.getId())
                    .isNotBlank();
        }
        for (Output output : table.getOutputs()) {
            softly.assertThat(output.getName()).as("name of output %s", output.getId()).isNotBlank();
            softly.assertThat(output.getLabel()).as("label of output %s", output.getId()).isNotBlank();
            softly.assertThat(output.getTypeRef()).as("typeRef of output %s", output.getId()).isNotBlank();
        }

        for (DmnElement element : model.getModelElementsByType(DmnElement.class)) {
            String id = element.getId();
            if (id == null || element == decisionElement) {
                continue;
            }
            Pattern readable = element instanceof Rule ? READABLE_RULE_ID : READABLE_ELEMENT_ID;
            softly.assertThat(id).as("id of a %s", element.getElementType().getTypeName()).matches(readable);
        }

        List<Input> inputs = List.copyOf(table.getInputs());
        List<Output> outputs = List.copyOf(table.getOutputs());
        for (Rule rule : table.getRules()) {
            softly.assertThat(text(rule.getDescription())).as("description of %s", rule.getId()).isNotBlank();
            List<InputEntry> inputEntries = List.copyOf(rule.getInputEntries());
            for (int i = 0; i < inputs.size(); i++) {
                UnaryTests declared = inputs.get(i).getInputValues();
                if (declared != null) {
                    softly.assertThat(codes(inputEntries.get(i).getText().getTextContent()))
                            .as("codes %s tests for input %s", rule.getId(), inputs.get(i).getLabel())
                            .isSubsetOf(codes(declared.getText().getTextContent()));
                }
            }
            List<OutputEntry> outputEntries = List.copyOf(rule.getOutputEntries());
            for (int o = 0; o < outputs.size(); o++) {
                UnaryTests declared = outputs.get(o).getOutputValues();
                if (declared != null) {
                    softly.assertThat(codes(outputEntries.get(o).getText().getTextContent()))
                            .as("code %s gives for output %s", rule.getId(), outputs.get(o).getName())
                            .hasSize(1)
                            .isSubsetOf(codes(declared.getText().getTextContent()));
                }
            }
        }
        softly.assertAll();
    }

    /**
     * One column of the {@code @CsvSource} of a test method, quotes removed: the rule ids a test covers,
     * read from the very table the parameterized test runs, so a rule added to the file without a line
     * in that table fails the coverage test.
     */
    static List<String> csvColumn(Class<?> testClass, String methodName, int column) {
        Method method = Arrays.stream(testClass.getDeclaredMethods())
                .filter(m -> m.getName().equals(methodName)).findFirst()
                .orElseThrow(() -> new AssertionError("no method " + methodName + " in " + testClass));
        CsvSource source = method.getAnnotation(CsvSource.class);
        assertThat(source).as("@CsvSource on %s", methodName).isNotNull();
        List<String> lines = new ArrayList<>(Arrays.asList(source.value()));
        lines.addAll(source.textBlock().lines().toList());
        return lines.stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> cells(line, source.delimiter() == '\0' ? ',' : source.delimiter(), source.quoteCharacter()))
                .map(cells -> cells.get(column))
                .toList();
    }

    private static List<String> cells(String line, char delimiter, char quote) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == quote) {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    private DecisionTable table() {
        return (DecisionTable) decisionElement.getExpression();
    }

    private static Set<String> codes(String feel) {
        Set<String> codes = new LinkedHashSet<>();
        QUOTED_CODE.matcher(feel).results().forEach(m -> codes.add(m.group(1)));
        return codes;
    }

    private static String text(Description description) {
        return description == null ? null : description.getTextContent();
    }

    private static DmnEngine buildEngine() {
        DmnDecisionTableEvaluationListener recorder = LAST_EVALUATION::set;
        return DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
                .customPostDecisionTableEvaluationListeners(List.of(recorder))
                .buildEngine();
    }

    /** The result of one evaluation and the ids of the rules that matched, in table order. */
    record Evaluation(DmnDecisionTableResult result, List<String> matchedRules) {

        /** The value of {@code output} of the single result; null when no rule matched. */
        Object single(String output) {
            return result.isEmpty() ? null : result.getSingleResult().getEntry(output);
        }
    }
}
