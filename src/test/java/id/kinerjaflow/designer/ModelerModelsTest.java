package id.kinerjaflow.designer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Models as Camunda Modeler writes them (issue 22): decision requirements diagrams with several
 * decisions, files without a history time to live, the due-date idiom, a known process whose ids
 * differ; every problem named by its element, once.
 */
class ModelerModelsTest {

    static final CheckContext APP = new CheckContext(Set.of("self-review", "agreement-review"), Set.of("recordRating"),
            Set.of("appraisalStage.enter"), Set.of("employeeUser"), Set.of("HR"), Set.of(), Set.of(), Set.of("p"),
            u -> false, List.of(new CheckContext.Step("Task_SelfReview", "Fill in the self-review", "self-review"),
                    new CheckContext.Step("Event_Deadline", "Deadline passed", null)));

    /** Two decisions of a DRD as the Modeler saves them: no camunda namespace, no time to live. */
    static final String DRD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Dish" name="Dish" namespace="http://camunda.org/schema/1.0/dmn">
              <decision id="dish" name="Dish">
                <informationRequirement id="Req_1"><requiredDecision href="#season" /></informationRequirement>
                <decisionTable id="Table_Dish">
                  <input id="Input_Season" label="Season"><inputExpression id="IE_Season" typeRef="string"><text>season</text></inputExpression></input>
                  <output id="Output_Dish" label="Dish" name="desiredDish" typeRef="string" />
                  <rule id="Rule_1"><inputEntry id="E_1"><text>"Winter"</text></inputEntry><outputEntry id="O_1"><text>"Roastbeef"</text></outputEntry></rule>
                </decisionTable>
              </decision>
              <decision id="season" name="Season">
                <decisionTable id="Table_Season">
                  <input id="Input_Temp" label="Temperature"><inputExpression id="IE_Temp" typeRef="double"><text>temperature</text></inputExpression></input>
                  <output id="Output_Season" label="Season" name="season" typeRef="string" />
                  <rule id="Rule_2"><inputEntry id="E_2"><text>&lt; 10</text></inputEntry><outputEntry id="O_2" %s><text>"Winter"</text></outputEntry></rule>
                </decisionTable>
              </decision>
            </definitions>
            """;

    @Test
    void aDecisionDiagramWithSeveralDecisionsIsCheckedDecisionByDecision() {
        String clean = ModelDefaults.apply(DraftKind.DMN, DRD.formatted(""));
        assertThat(ModelFiles.declared(clean).orElseThrow().keys()).containsExactly("dish", "season");
        assertThat(ModelCheck.check(DraftKind.DMN, "dish", clean, APP)).isEmpty();
        String unsafeSecond = ModelDefaults.apply(DraftKind.DMN, DRD.formatted("expressionLanguage=\"juel\""));
        assertThat(ModelCheck.check(DraftKind.DMN, "dish", unsafeSecond, APP))
                .containsExactly(new Problem("designer.problem.DMN_LANGUAGE", "O_2", List.of("juel")));
    }

    @Test
    void aMissingHistoryTimeToLiveIsFoundAndFilledInByTheDesigner() {
        String modeler = DRD.formatted("");
        assertThat(ModelCheck.check(DraftKind.DMN, "dish", modeler, APP)).containsExactly(
                new Problem("designer.problem.HISTORY_TTL_MISSING", "dish", List.of()),
                new Problem("designer.problem.HISTORY_TTL_MISSING", "season", List.of()));
        String completed = ModelDefaults.apply(DraftKind.DMN, modeler);
        assertThat(completed).contains("xmlns:camunda=\"http://camunda.org/schema/1.0/dmn\"")
                .contains("<decision id=\"dish\" name=\"Dish\" camunda:historyTimeToLive=\"P3650D\">")
                .contains("<decision id=\"season\" name=\"Season\" camunda:historyTimeToLive=\"P3650D\">");
        assertThat(ModelDefaults.apply(DraftKind.DMN, completed)).isEqualTo(completed);

        String process = """
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:c="http://camunda.org/schema/1.0/bpmn" id="D" targetNamespace="t">
                  <bpmn:process id="p" isExecutable="true"><bpmn:startEvent id="Event_Start" /></bpmn:process>
                </bpmn:definitions>
                """;
        assertThat(ModelDefaults.apply(DraftKind.BPMN, process))
                .contains("<bpmn:process id=\"p\" isExecutable=\"true\" c:historyTimeToLive=\"P3650D\">");
    }

    @Test
    void theDueDateIdiomIsAllowedOnTimersAndDueDates() {
        String xml = ModelCheckTest.process("""
                <bpmn:userTask id="Task_SelfReview" name="Fill in" camunda:formKey="self-review" camunda:assignee="${employeeUser}"
                    camunda:dueDate="${dateTime().plusDays(2).toDate()}" />
                <bpmn:boundaryEvent id="Event_Deadline" attachedToRef="Task_SelfReview">
                  <bpmn:timerEventDefinition id="Timer_1"><bpmn:timeDate>${dateTime().plusWeeks(1).toDate()}</bpmn:timeDate></bpmn:timerEventDefinition>
                </bpmn:boundaryEvent>
                """);
        assertThat(ModelCheck.check(DraftKind.BPMN, "p", xml, APP)).isEmpty();
    }

    @Test
    void aKnownProcessWhoseIdsDifferIsToldWhichStepsTheAppKnowsAndWhichNot() {
        String xml = ModelCheckTest.process("""
                <bpmn:userTask id="Activity_0x9f" name="Fill in the self-review" camunda:formKey="self-review" camunda:assignee="${employeeUser}" />
                """);
        assertThat(ModelCheck.check(DraftKind.BPMN, "p", xml, APP)).containsExactly(
                new Problem("designer.problem.STEP_ID_DIFFERS", "Activity_0x9f",
                        List.of("Fill in the self-review", "Task_SelfReview")),
                new Problem("designer.problem.STEP_MISSING", null, List.of("Deadline passed", "Event_Deadline")));
    }

    @Test
    void aProcessIdIsRenamedWhereTheFileNamesIt() {
        String xml = """
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D">
                  <bpmn:collaboration id="C"><bpmn:participant id="P" processRef="Process_1" /></bpmn:collaboration>
                  <bpmn:process id="Process_1" name="Mine"><bpmn:startEvent id="Process_1_start" /></bpmn:process>
                  <bpmndi:BPMNDiagram xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" id="Di"><bpmndi:BPMNPlane id="Plane" bpmnElement="Process_1" /></bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """;
        String renamed = ModelFiles.renameProcess(xml, "Process_1", "employee-appraisal");
        assertThat(renamed).contains("processRef=\"employee-appraisal\"", "<bpmn:process id=\"employee-appraisal\"",
                "bpmnElement=\"employee-appraisal\"", "id=\"Process_1_start\"");
        assertThat(ModelFiles.labels(renamed)).containsEntry("employee-appraisal", "Mine");
    }
}
