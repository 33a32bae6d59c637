package id.kinerjaflow.designer;

import java.util.List;

/**
 * Models that would run code on the server if the engine evaluated them, one construct each, every
 * one otherwise a model the engine would deploy. Used by the check's unit test and by the test that
 * tries each by every route into the engine.
 */
public final class UnsafeModels {

    /** The key of every unsafe decision. */
    public static final String DECISION = "unsafe-decision";
    /** The key of every unsafe process: the appraisal's, so the designer takes an upload of it. */
    public static final String PROCESS = DesignerFixture.APPRAISAL;

    /** One unsafe model: what it shows, its kind, its text, and the code the designer's check reports. */
    public record Unsafe(String name, DraftKind kind, String xml, String code) {
        public String key() {
            return kind == DraftKind.DMN ? DECISION : PROCESS;
        }

        public String fileName() {
            return key() + "." + kind.extension();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private UnsafeModels() {
    }

    private static final String EXEC = "java.lang.Runtime.getRuntime().exec(\"touch /tmp/kinerjaflow-pwned\")";

    /** A one-rule decision table; {@code definitions}, {@code input}, {@code entry}, {@code out} are attributes. */
    static String table(String definitions, String inputExpression, String inputEntry, String outputEntry,
                        String outputEntryText) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                    xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_Unsafe" name="Unsafe"
                    namespace="urn:test" %s>
                  <decision id="unsafe-decision" name="Unsafe" camunda:historyTimeToLive="P3650D">
                    <decisionTable id="Table_Unsafe" hitPolicy="FIRST">
                      <input id="Input_X" label="x">
                        <inputExpression id="InputExpression_X" typeRef="string" %s><text>x</text></inputExpression>
                      </input>
                      <output id="Output_Y" label="y" name="y" typeRef="string" />
                      <rule id="Rule_1">
                        <inputEntry id="InputEntry_1" %s><text>-</text></inputEntry>
                        <outputEntry id="OutputEntry_1" %s><text>%s</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(definitions, inputExpression, inputEntry, outputEntry, outputEntryText);
    }

    static String literal(String language) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                    xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_Unsafe" name="Unsafe"
                    namespace="urn:test">
                  <decision id="unsafe-decision" name="Unsafe" camunda:historyTimeToLive="P3650D">
                    <variable id="Variable_Y" name="y" typeRef="string" />
                    <literalExpression id="LiteralExpression_Y" expressionLanguage="%s">
                      <text>%s</text>
                    </literalExpression>
                  </decision>
                </definitions>
                """.formatted(language, EXEC.replace("\"", "&quot;"));
    }

    /** A process start, one element, end; {@code body} is the element (id Task_Unsafe) and its flows. */
    static String process(String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_Unsafe" targetNamespace="urn:test">
                  <bpmn:process id="employee-appraisal" name="Unsafe" isExecutable="true" camunda:historyTimeToLive="P3650D">
                    <bpmn:startEvent id="Event_Start" />
                    <bpmn:sequenceFlow id="Flow_In" sourceRef="Event_Start" targetRef="Task_Unsafe" />
                    %s
                    <bpmn:sequenceFlow id="Flow_Out" sourceRef="Task_Unsafe" targetRef="Event_End" />
                    <bpmn:endEvent id="Event_End" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(body);
    }

    private static final String JUEL_EXEC = "${&quot;&quot;.getClass().forName(&quot;java.lang.Runtime&quot;).getRuntime().exec(&quot;id&quot;)}";

    /** Every unsafe model the engine itself must refuse too. */
    public static List<Unsafe> all() {
        return List.of(
                new Unsafe("DMN: definitions in JUEL", DraftKind.DMN,
                        table("expressionLanguage=\"juel\"", "", "", "", JUEL_EXEC), "DMN_LANGUAGE"),
                new Unsafe("DMN: definitions in JUEL, upper case", DraftKind.DMN,
                        table("expressionLanguage=\"JUEL\"", "", "", "", JUEL_EXEC), "DMN_LANGUAGE"),
                new Unsafe("DMN: input expression in JavaScript", DraftKind.DMN,
                        table("", "expressionLanguage=\"javascript\"", "", "", "\"y\""), "DMN_LANGUAGE"),
                new Unsafe("DMN: input entry in JUEL", DraftKind.DMN,
                        table("", "", "expressionLanguage=\"Juel\"", "", "\"y\""), "DMN_LANGUAGE"),
                new Unsafe("DMN: output entry in JUEL", DraftKind.DMN,
                        table("", "", "", "expressionLanguage=\"juel\"", JUEL_EXEC), "DMN_LANGUAGE"),
                new Unsafe("DMN: output entry in Groovy", DraftKind.DMN,
                        table("", "", "", "expressionLanguage=\"groovy\"", "'id'.execute()"), "DMN_LANGUAGE"),
                new Unsafe("DMN: literal expression in JUEL", DraftKind.DMN, literal("juel"), "DMN_LANGUAGE"),
                new Unsafe("BPMN: script task", DraftKind.BPMN, process("""
                        <bpmn:scriptTask id="Task_Unsafe" scriptFormat="groovy"><bpmn:script>'id'.execute()</bpmn:script></bpmn:scriptTask>
                        """), "SCRIPT_TASK"),
                new Unsafe("BPMN: script listener", DraftKind.BPMN, process("""
                        <bpmn:manualTask id="Task_Unsafe"><bpmn:extensionElements><camunda:executionListener event="start">
                          <camunda:script scriptFormat="groovy">'id'.execute()</camunda:script>
                        </camunda:executionListener></bpmn:extensionElements></bpmn:manualTask>
                        """), "SCRIPT"),
                new Unsafe("BPMN: script from a resource", DraftKind.BPMN, process("""
                        <bpmn:manualTask id="Task_Unsafe"><bpmn:extensionElements><camunda:executionListener event="start">
                          <camunda:script scriptFormat="groovy" resource="classpath://evil.groovy" />
                        </camunda:executionListener></bpmn:extensionElements></bpmn:manualTask>
                        """), "SCRIPT"),
                new Unsafe("BPMN: camunda:class", DraftKind.BPMN, process("""
                        <bpmn:serviceTask id="Task_Unsafe" camunda:class="java.lang.Thread" />
                        """), "CLASS"),
                new Unsafe("BPMN: camunda:expression of another bean", DraftKind.BPMN, process("""
                        <bpmn:serviceTask id="Task_Unsafe" camunda:expression="${workflow.start('x', 'y', null)}" />
                        """), "EXPRESSION_CALL"),
                new Unsafe("BPMN: expression reaching Java", DraftKind.BPMN, process("""
                        <bpmn:serviceTask id="Task_Unsafe" camunda:expression="%s" />
                        """.formatted(JUEL_EXEC)), "EXPRESSION_SYNTAX"),
                new Unsafe("BPMN: delegate expression that is not a delegate", DraftKind.BPMN, process("""
                        <bpmn:serviceTask id="Task_Unsafe" camunda:delegateExpression="${workflow}" />
                        """), "DELEGATE_NOT_ALLOWED"),
                new Unsafe("BPMN: connector", DraftKind.BPMN, process("""
                        <bpmn:serviceTask id="Task_Unsafe" camunda:delegateExpression="${recordRating}"><bpmn:extensionElements><camunda:connector>
                          <camunda:connectorId>http-connector</camunda:connectorId>
                        </camunda:connector></bpmn:extensionElements></bpmn:serviceTask>
                        """), "CONNECTOR"),
                new Unsafe("BPMN: condition in JavaScript", DraftKind.BPMN, process("""
                        <bpmn:exclusiveGateway id="Task_Unsafe" />
                        <bpmn:sequenceFlow id="Flow_Script" sourceRef="Task_Unsafe" targetRef="Event_End">
                          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript">java.lang.Runtime.getRuntime()</bpmn:conditionExpression>
                        </bpmn:sequenceFlow>
                        """), "SCRIPT"));
    }
}
