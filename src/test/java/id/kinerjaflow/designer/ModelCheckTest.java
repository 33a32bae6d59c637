package id.kinerjaflow.designer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import id.kinerjaflow.process.Expressions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The designer's check, without the engine: each refused construct with its message and element. */
class ModelCheckTest {

    static final CheckContext APP = new CheckContext(Set.of("agreement-review", "self-review"),
            Set.of("recordRating", "publishResult"), Set.of("appraisalStage.enter", "actingFor.groups"),
            Set.of("appraiserUser", "appraiserGroups", "employeeUser", "agreementApproved", "agreementDeadline",
                    "peerUsers"),
            Set.of("HR", "BOARD", "EMPLOYEE"), Set.of("ReviewPhaseOpened"), Set.of("performance-rating"),
            Set.of("p"), u -> u.equals("hr"));

    static String process(String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="D" targetNamespace="t">
                  <bpmn:process id="p" isExecutable="true" camunda:historyTimeToLive="P3650D">
                """ + body + """
                  </bpmn:process>
                </bpmn:definitions>
                """;
    }

    static List<Problem> check(String body) {
        return ModelCheck.check(DraftKind.BPMN, "p", process(body), APP);
    }

    static List<String> codes(List<Problem> problems) {
        return problems.stream().map(p -> p.code().replace("designer.problem.", "") + "@" + p.elementId()).toList();
    }

    @Test
    void aCleanProcessHasNoProblem() {
        assertThat(check("""
                <bpmn:userTask id="Task_A" camunda:formKey="self-review" camunda:assignee="${employeeUser}">
                  <bpmn:extensionElements>
                    <camunda:executionListener expression="${appraisalStage.enter(execution, 'SELF_REVIEW')}" event="start" />
                  </bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:userTask id="Task_B" camunda:formKey="agreement-review" camunda:candidateGroups="HR, ${appraiserGroups}" camunda:dueDate="${agreementDeadline}" />
                <bpmn:serviceTask id="Task_C" camunda:delegateExpression="${recordRating}" />
                <bpmn:businessRuleTask id="Task_D" camunda:decisionRef="performance-rating" camunda:resultVariable="rating" />
                <bpmn:sequenceFlow id="Flow_A" sourceRef="Task_A" targetRef="Task_B">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${peerUsers.size() &gt; 0 &amp;&amp; !agreementApproved}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="Flow_B" sourceRef="Task_A" targetRef="Task_B">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${rating == 'GOOD' or (rating eq "VERY_GOOD")}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:intermediateCatchEvent id="Event_T">
                  <bpmn:timerEventDefinition><bpmn:timeDuration>P14D</bpmn:timeDuration></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:intermediateCatchEvent id="Event_U">
                  <bpmn:timerEventDefinition><bpmn:timeDate>${agreementDeadline}</bpmn:timeDate></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:intermediateCatchEvent id="Event_V">
                  <bpmn:timerEventDefinition><bpmn:timeCycle>R3/PT10H</bpmn:timeCycle></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                """)).isEmpty();
    }

    @Test
    void aScriptTaskIsRefused() {
        assertThat(codes(check("""
                <bpmn:scriptTask id="Task_Script" scriptFormat="groovy"><bpmn:script>'rm -rf /'.execute()</bpmn:script></bpmn:scriptTask>
                """))).contains("SCRIPT_TASK@Task_Script");
    }

    @Test
    void aCallOfAnyOtherBeanIsRefused() {
        List<Problem> problems = check("""
                <bpmn:serviceTask id="Task_X" camunda:expression="${someOtherBean.doSomething()}" />
                """);
        assertThat(codes(problems)).containsExactly("EXPRESSION_CALL@Task_X");
        assertThat(problems.get(0).args()).containsExactly("someOtherBean.doSomething()");
    }

    @Test
    void reachingIntoTheEngineIsRefused() {
        assertThat(codes(check("""
                <bpmn:serviceTask id="Task_X" camunda:expression="${execution.getProcessEngineServices().getRuntimeService()}" />
                """))).containsExactly("EXPRESSION_CALL@Task_X");
        assertThat(codes(check("""
                <bpmn:serviceTask id="Task_Y" camunda:expression="${execution.processEngineServices}" />
                """))).containsExactly("EXPRESSION_PROPERTY@Task_Y");
        assertThat(codes(check("""
                <bpmn:userTask id="Task_Z" camunda:formKey="self-review" camunda:assignee="${execution}" />
                """))).contains("EXPRESSION_ENGINE_OBJECT@Task_Z");
    }

    @Test
    void camundaClassIsRefusedOnTasksAndListeners() {
        assertThat(codes(check("""
                <bpmn:serviceTask id="Task_Class" camunda:class="java.lang.Runtime" />
                <bpmn:userTask id="Task_L" camunda:formKey="self-review" camunda:assignee="${employeeUser}">
                  <bpmn:extensionElements><camunda:taskListener class="evil.Listener" event="create" /></bpmn:extensionElements>
                </bpmn:userTask>
                """))).containsExactlyInAnyOrder("CLASS@Task_Class", "CLASS@Task_L");
    }

    @Test
    void aScriptListenerAndScriptsInMappingsAreRefused() {
        assertThat(codes(check("""
                <bpmn:userTask id="Task_L" camunda:formKey="self-review" camunda:assignee="${employeeUser}">
                  <bpmn:extensionElements>
                    <camunda:executionListener event="start"><camunda:script scriptFormat="javascript">java.lang.System.exit(0)</camunda:script></camunda:executionListener>
                    <camunda:inputOutput><camunda:inputParameter name="x"><camunda:script scriptFormat="groovy" resource="deployment://x.groovy" /></camunda:inputParameter></camunda:inputOutput>
                  </bpmn:extensionElements>
                </bpmn:userTask>
                """))).contains("SCRIPT@Task_L");
    }

    @Test
    void aConditionWithAMethodCallOrAScriptLanguageIsRefused() {
        assertThat(codes(check("""
                <bpmn:sequenceFlow id="Flow_Call" sourceRef="a" targetRef="b">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${appraiserUser.getClass().forName('java.lang.Runtime') != null}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="Flow_Script" sourceRef="a" targetRef="b">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript">true</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                """))).containsExactlyInAnyOrder("EXPRESSION_CALL@Flow_Call", "SCRIPT@Flow_Script");
    }

    @Test
    void connectorsExternalTasksAndForeignDelegatesAreRefused() {
        assertThat(codes(check("""
                <bpmn:serviceTask id="Task_Http">
                  <bpmn:extensionElements><camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector></bpmn:extensionElements>
                </bpmn:serviceTask>
                <bpmn:serviceTask id="Task_Ext" camunda:type="external" camunda:topic="anything" />
                <bpmn:serviceTask id="Task_Bean" camunda:delegateExpression="${workflow}" />
                """))).containsExactlyInAnyOrder("CONNECTOR@Task_Http", "EXTERNAL_TASK@Task_Ext",
                "DELEGATE_NOT_ALLOWED@Task_Bean");
    }

    @ParameterizedTest
    @ValueSource(strings = {"${x[0]}", "${''.getClass()}", "${a = 1}", "${x -> x}", "${a; b}", "#{T(java.lang.Runtime)}",
            "${employeeUser.bytes}", "${agreementApproved ? execution.getId() : 1}", "${appraisalStage.enter(execution.id)}"})
    void expressionsOutsideTheGrammarAreRefused(String expression) {
        assertThat(Expressions.check(expression, Set.of("appraisalStage.enter"))).as(expression).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"${a}", "${!a}", "${a && b || not c}", "${a >= 80 and b lt 3}", "${empty peers}",
            "${n + 1 > 2 * m}", "${a ? 'x' : \"y\"}", "${peerUsers.isEmpty()}", "text ${a} and #{b}",
            "${appraisalStage.enter(execution, 'RESULT')}"})
    void plainReadsComparisonsAndAllowedCallsPass(String expression) {
        assertThat(Expressions.check(expression, Set.of("appraisalStage.enter"))).as(expression).isEmpty();
    }

    @Test
    void userTasksNeedAKnownFormAndSomeoneWhoExists() {
        assertThat(codes(check("""
                <bpmn:userTask id="Task_NoForm" camunda:assignee="${employeeUser}" />
                <bpmn:userTask id="Task_BadForm" camunda:formKey="embedded:app:forms/x.html" camunda:assignee="hr" />
                <bpmn:userTask id="Task_Nobody" camunda:formKey="self-review" />
                <bpmn:userTask id="Task_Ghost" camunda:formKey="self-review" camunda:assignee="${ghostUser}" />
                <bpmn:userTask id="Task_Group" camunda:formKey="self-review" camunda:candidateGroups="WIZARDS" />
                <bpmn:userTask id="Task_Person" camunda:formKey="self-review" camunda:assignee="nobody" />
                """))).containsExactlyInAnyOrder("FORM_MISSING@Task_NoForm", "FORM_UNKNOWN@Task_BadForm",
                "ASSIGNMENT_MISSING@Task_Nobody", "ASSIGNEE_UNKNOWN@Task_Ghost", "GROUP_UNKNOWN@Task_Group",
                "ASSIGNEE_UNKNOWN@Task_Person");
    }

    @Test
    void candidateGroupsMayComeFromAnAllowedFunctionOfAKnownVariable() {
        assertThat(codes(check("""
                <bpmn:userTask id="Task_Acting" camunda:formKey="self-review" camunda:assignee="${appraiserUser}" camunda:candidateGroups="${actingFor.groups(appraiserUser)}" />
                <bpmn:userTask id="Task_Ghost" camunda:formKey="self-review" camunda:candidateGroups="${actingFor.groups(ghostUser)}" />
                <bpmn:userTask id="Task_Engine" camunda:formKey="self-review" camunda:candidateGroups="${actingFor.groups(execution)}" />
                <bpmn:userTask id="Task_Bean" camunda:formKey="self-review" camunda:candidateGroups="${userDirectory.groups(appraiserUser)}" />
                """))).containsExactlyInAnyOrder("GROUP_UNKNOWN@Task_Ghost", "GROUP_UNKNOWN@Task_Engine",
                "EXPRESSION_CALL@Task_Bean", "GROUP_UNKNOWN@Task_Bean");
    }

    @Test
    void messagesDecisionsCalledProcessesAndTimersMustResolve() {
        assertThat(codes(check("""
                <bpmn:businessRuleTask id="Task_Dmn" camunda:decisionRef="no-such-decision" />
                <bpmn:callActivity id="Task_Call" calledElement="no-such-process" />
                <bpmn:intermediateCatchEvent id="Event_Bad">
                  <bpmn:timerEventDefinition><bpmn:timeDuration>two weeks</bpmn:timeDuration></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:intermediateCatchEvent id="Event_Var">
                  <bpmn:timerEventDefinition><bpmn:timeDate>${unknownDate}</bpmn:timeDate></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                """).stream().toList())).containsExactlyInAnyOrder("DECISION_UNKNOWN@Task_Dmn",
                "CALLED_PROCESS_UNKNOWN@Task_Call", "TIMER_INVALID@Event_Bad", "TIMER_VARIABLE@Event_Var");
        String withMessage = process("").replace("<bpmn:process", "<bpmn:message id=\"M\" name=\"Nope\" /><bpmn:process");
        assertThat(codes(ModelCheck.check(DraftKind.BPMN, "p", withMessage, APP))).containsExactly("MESSAGE_UNKNOWN@M");
    }

    @Test
    void xmlWithADoctypeIsRefusedSoNoExternalEntityIsRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + process("").substring(process("").indexOf("<bpmn:definitions"));
        assertThat(codes(ModelCheck.check(DraftKind.BPMN, "p", xxe, APP))).containsExactly("XML_INVALID@null");
    }

    @Test
    void theKeyAndTheKindMustMatch() {
        assertThat(codes(ModelCheck.check(DraftKind.BPMN, "other", process(""), APP)))
                .containsExactly("PROCESS_KEY@null");
        assertThat(codes(ModelCheck.check(DraftKind.DMN, "p", process(""), APP))).containsExactly("WRONG_KIND@null");
    }

    @Test
    void decisionsOnlyInFeelWithoutFunctions() {
        String dmn = """
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="D" name="d" namespace="n"
                    xmlns:camunda="http://camunda.org/schema/1.0/dmn">
                  <decision id="d1" name="d1" camunda:historyTimeToLive="P3650D">
                    <decisionTable id="T" hitPolicy="UNIQUE">
                      <input id="I"><inputExpression id="IE" typeRef="string" expressionLanguage="javascript"><text>x</text></inputExpression></input>
                      <output id="O" name="o" typeRef="string" />
                      <rule id="R1"><inputEntry id="E1"><text>function(a) external {java: {class: "java.lang.Runtime"}}</text></inputEntry><outputEntry id="F1"><text>"A"</text></outputEntry></rule>
                      <rule id="R2"><inputEntry id="E2"><text>"function"</text></inputEntry><outputEntry id="F2"><text>"B"</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """;
        assertThat(codes(ModelCheck.check(DraftKind.DMN, "d1", dmn, APP)))
                .containsExactlyInAnyOrder("DMN_LANGUAGE@IE", "DMN_FUNCTION@E1");
    }

    @Test
    void timersParseAsIso8601() {
        assertThat(ModelCheck.isDuration("P14D")).isTrue();
        assertThat(ModelCheck.isDuration("P1DT12H")).isTrue();
        assertThat(ModelCheck.isDuration("P1Y2M")).isTrue();
        assertThat(ModelCheck.isDuration("14 days")).isFalse();
        assertThat(ModelCheck.isDate("2026-12-31T17:00:00+07:00")).isTrue();
        assertThat(ModelCheck.isDate("2026-12-31T17:00:00")).isTrue();
        assertThat(ModelCheck.isDate("31/12/2026")).isFalse();
        assertThat(ModelCheck.isCycle("R5/PT30S")).isTrue();
        assertThat(ModelCheck.isCycle("0 0 9 * * ?")).isTrue();
        assertThat(ModelCheck.isCycle("every day")).isFalse();
    }
}
