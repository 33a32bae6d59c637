package id.kinerjaflow.designer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.kinerjaflow.process.Expressions;
import id.kinerjaflow.process.ModelSafety;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The designer's check refuses every construct that could run code (issue 17), one model per
 * construct; ModelSafetyIT tries the same models by every route into the engine.
 */
class ModelSafetyTest {

    static List<UnsafeModels.Unsafe> unsafe() {
        return UnsafeModels.all();
    }

    private static List<String> codes(UnsafeModels.Unsafe model) {
        return ModelCheck.check(model.kind(), model.key(), model.xml(), ModelCheckTest.APP).stream()
                .map(p -> p.code().replace("designer.problem.", "")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsafe")
    void theCheckRefusesEveryConstructThatRunsCode(UnsafeModels.Unsafe model) {
        assertThat(codes(model)).as(model.name()).contains(model.code());
    }

    @ParameterizedTest(name = "expressionLanguage=\"{0}\" on an input or output")
    @ValueSource(strings = {"juel", "JUEL", "javascript", "groovy", "python", "JRuby", "http://www.w3.org/1999/XPath"})
    void aLanguageOtherThanFeelIsRefusedOnEveryDecisionElement(String language) {
        String attribute = "expressionLanguage=\"" + language + "\"";
        String onInput = UnsafeModels.table("", "", "", "", "\"y\"").replace("<input id=\"Input_X\"",
                "<input id=\"Input_X\" " + attribute);
        String onOutput = UnsafeModels.table("", "", "", "", "\"y\"").replace("<output id=\"Output_Y\"",
                "<output id=\"Output_Y\" " + attribute);
        String onDecision = UnsafeModels.table("", "", "", "", "\"y\"").replace("<decision id=\"unsafe-decision\"",
                "<decision id=\"unsafe-decision\" " + attribute);
        String camundaNamespace = UnsafeModels.table("camunda:" + attribute, "", "", "", "\"y\"");
        for (String xml : List.of(onInput, onOutput, onDecision, camundaNamespace)) {
            assertThat(ModelCheck.check(DraftKind.DMN, UnsafeModels.DECISION, xml, ModelCheckTest.APP))
                    .extracting(Problem::code).containsExactly("designer.problem.DMN_LANGUAGE");
        }
    }

    @ParameterizedTest(name = "FEEL as \"{0}\" passes")
    @ValueSource(strings = {"feel", "FEEL", "https://www.omg.org/spec/DMN/20191111/FEEL/",
            "http://www.omg.org/spec/FEEL/20140401"})
    void feelByAnyOfItsNamesPasses(String language) {
        String attribute = "expressionLanguage=\"" + language + "\"";
        String xml = UnsafeModels.table(attribute, attribute, attribute, attribute, "\"y\"");
        assertThat(ModelCheck.check(DraftKind.DMN, UnsafeModels.DECISION, xml, ModelCheckTest.APP)).isEmpty();
        assertThat(ModelSafety.isFeel(language)).isTrue();
    }

    @Test
    void noLanguageMeansTheEngineDefaultWhichIsFeel() {
        assertThat(ModelSafety.isFeel(null)).isTrue();
        assertThat(ModelSafety.isFeel(" ")).isTrue();
        assertThat(ModelSafety.isFeel("juel")).isFalse();
        assertThat(ModelCheck.check(DraftKind.DMN, UnsafeModels.DECISION, UnsafeModels.table("", "", "", "", "\"y\""),
                ModelCheckTest.APP)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"${dateTime().plusDays(2).toDate()}", "${dateTime().plusHours(36).toDate()}",
            "#{ dateTime().plusMonths(1).plusDays(3).toDate() }", "${dateTime().toDate()}"})
    void theDueDateIdiomIsADate(String text) {
        assertThat(Expressions.isDateIdiom(text)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"${dateTime().plusDays(x).toDate()}", "${dateTime().plusDays(2)}",
            "${dateTime().withZone(zone).toDate()}", "${dateTime().plusDays(2).toDate().getClass()}",
            "${dateTime().plusDays(2).toDate()} ${x}", "${execution.processEngineServices}"})
    void anythingMoreIsNot(String text) {
        assertThat(Expressions.isDateIdiom(text)).isFalse();
    }

    @Test
    void theDueDateIdiomPassesOnlyWhereADateIsAsked() {
        String dueDate = ModelCheckTest.process("""
                <bpmn:userTask id="Task_A" camunda:formKey="self-review" camunda:assignee="${employeeUser}"
                    camunda:dueDate="${dateTime().plusDays(2).toDate()}" camunda:followUpDate="${dateTime().plusHours(4).toDate()}" />
                <bpmn:boundaryEvent id="Event_T" attachedToRef="Task_A">
                  <bpmn:timerEventDefinition id="Timer_T"><bpmn:timeDate>${dateTime().plusDays(2).toDate()}</bpmn:timeDate></bpmn:timerEventDefinition>
                </bpmn:boundaryEvent>
                """);
        assertThat(ModelCheck.check(DraftKind.BPMN, "p", dueDate, ModelCheckTest.APP)).isEmpty();
        String elsewhere = ModelCheckTest.process("""
                <bpmn:userTask id="Task_A" camunda:formKey="self-review" camunda:assignee="${dateTime().plusDays(2).toDate()}" />
                """);
        assertThat(ModelCheck.check(DraftKind.BPMN, "p", elsewhere, ModelCheckTest.APP)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"/engine-rest/deployment/create", "/engine-rest/deployment/create/",
            "/engine-rest/engine/default/deployment/create", "/engine-rest//deployment/create",
            "/engine-rest/deployment/create;jsessionid=1", "/engine-rest/deployment/%63reate",
            "/engine-rest/deployment/abc-123/redeploy", "/camunda/api/engine/engine/default/deployment/create",
            "/camunda/api/engine/engine/default/deployment/abc/redeploy"})
    void deploymentCallsOfTheEngineApiAreRefused(String path) {
        assertThat(EngineDeploymentGuard.refused(path)).isTrue();
    }

    @ParameterizedTest(name = "{0} is passed on")
    @ValueSource(strings = {"/engine-rest/deployment", "/engine-rest/deployment/abc-123",
            "/engine-rest/process-definition", "/camunda/api/engine/engine/default/deployment/count",
            "/camunda/api/cockpit/plugin/base/default/process-definition/statistics"})
    void otherCallsArePassedOn(String path) {
        assertThat(EngineDeploymentGuard.refused(path)).isFalse();
    }
}
