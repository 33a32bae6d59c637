package id.kinerjaflow.process.paths;

import java.util.ArrayList;
import java.util.List;

import id.kinerjaflow.appraisal.process.ActingFor;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the process-path tests: the real BPMN and DMN files from bpmn/ on a plain in-memory
 * engine; the delegates are stand-ins registered by name, so each test drives one path and checks
 * where the process goes. The services behind the delegates have their own tests.
 */
abstract class ProcessPathTest {

    /**
     * Built once from process-path-tests.cfg.xml (not camunda.cfg.xml, which Camunda's
     * ProcessEngines would also pick up inside the running application of the integration suite).
     */
    @RegisterExtension
    ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .configurationResource("process-path-tests.cfg.xml").build();

    /** The stages the diagram declared, in the order the process entered them. */
    final List<String> stages = new ArrayList<>();

    @BeforeEach
    void initAssertionsAndStages() {
        BpmnAwareTests.init(extension.getProcessEngine());
        Mocks.register("appraisalStage", new StageRecorder(stages));
        Mocks.register("actingFor", new ActingFor());
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    /** Stands in for the appraisalStage bean: records each stage entered. */
    public static final class StageRecorder {
        private final List<String> stages;

        StageRecorder(List<String> stages) {
            this.stages = stages;
        }

        public void enter(DelegateExecution execution, String stage) {
            stages.add(stage);
        }
    }
}
