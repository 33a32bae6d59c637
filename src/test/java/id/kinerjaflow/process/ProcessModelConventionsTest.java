package id.kinerjaflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The process models in bpmn/ stay readable in Camunda Modeler and in HR's editor: process id =
 * file name, every element drawn, every step and event named, ids with a type prefix and a meaning
 * (no modeler default like Activity_0x9f3kd), and a history time to live set on purpose.
 */
class ProcessModelConventionsTest {

    private static final Pattern DEFAULT_ID = Pattern.compile("^[A-Za-z]+_[0-9a-z]{7}$");
    private static final Pattern MEANINGFUL_ID = Pattern.compile(
            "^(Event|Task|Gateway|Flow|SubProcess)_[A-Z][A-Za-z]+$");

    static Stream<Path> models() throws IOException {
        return Files.walk(Path.of("bpmn")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theProcessIdIsTheFileName(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Collection<Process> processes = model.getModelElementsByType(Process.class);
        assertThat(processes).singleElement().satisfies(p -> {
            assertThat(p.getId()).isEqualTo(file.getFileName().toString().replace(".bpmn", ""));
            assertThat(p.isExecutable()).isTrue();
            assertThat(p.getCamundaHistoryTimeToLiveString()).isNotBlank();
            assertThat(p.getName()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyElementIsDrawnNamedAndHasAMeaningfulId(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
        Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet());
        List<FlowElement> elements = List.copyOf(model.getModelElementsByType(FlowElement.class));
        assertThat(elements).isNotEmpty();
        for (FlowElement e : elements) {
            assertThat(e.getId()).as("id of %s", e.getId()).doesNotMatch(DEFAULT_ID).matches(MEANINGFUL_ID);
            if (e instanceof SequenceFlow) {
                assertThat(edges).as("edge drawn for %s", e.getId()).contains(e.getId());
            } else if (e instanceof FlowNode) {
                assertThat(shapes).as("shape drawn for %s", e.getId()).contains(e.getId());
            }
            if (e instanceof Activity) {
                assertThat(e.getName()).as("name of %s", e.getId()).isNotBlank();
            }
        }
        long namedEvents = elements.stream().filter(e -> e instanceof Event && e.getName() != null).count();
        assertThat(namedEvents).as("the start and end events say what state they stand for").isGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theIdsTheCodeUsesExistInTheModel(Path file) throws IllegalAccessException {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Class<?> ids = file.toString().contains("calibration") ? ProcessIds.Calibration.class
                : file.toString().contains("cycle") ? ProcessIds.CycleBatch.class : ProcessIds.Appraisal.class;
        for (var field : ids.getFields()) {
            String value = (String) field.get(null);
            if (field.getName().startsWith("TASK_") || field.getName().startsWith("EVENT_")) {
                assertThat((BaseElement) model.getModelElementById(value)).as(field.getName()).isNotNull();
            }
        }
        assertThat(new File(file.toString())).exists();
    }
}
