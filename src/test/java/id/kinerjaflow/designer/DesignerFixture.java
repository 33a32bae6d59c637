package id.kinerjaflow.designer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Changed copies of the real bpmn/appraisal/employee-appraisal.bpmn, edited with Camunda's model
 * API as HR would in the editor: an added review step, a changed deadline, a forbidden construct.
 */
public final class DesignerFixture {

    public static final String APPRAISAL = "employee-appraisal";
    public static final String RESOURCE = "bpmn/appraisal/employee-appraisal.bpmn";
    /** The step HR adds: HR confirms the appraisal before the targets are agreed. */
    public static final String ADDED_STEP = "Task_ConfirmAppraisal";

    private DesignerFixture() {
    }

    public static String appraisalFile() {
        try {
            return Files.readString(Path.of("bpmn/appraisal/employee-appraisal.bpmn"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BpmnModelInstance read(String xml) {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The appraisal with a new user task between the start and the agreement (form agreement-review,
     * for the HR group), and the peer feedback deadline changed from the cycle's duration to 10 days.
     */
    public static String withAddedStepAndChangedDeadline(String xml) {
        BpmnModelInstance model = read(xml);
        Process process = model.getModelElementById(APPRAISAL);
        SequenceFlow toAgreement = model.getModelElementById("Flow_ToAgreement");
        FlowNode agreement = model.getModelElementById("SubProcess_AgreeTargets");
        UserTask step = model.newInstance(UserTask.class);
        step.setId(ADDED_STEP);
        step.setName("Confirm the appraisal");
        step.setCamundaFormKey("agreement-review");
        step.setCamundaCandidateGroups("HR");
        process.addChildElement(step);
        SequenceFlow confirmed = model.newInstance(SequenceFlow.class);
        confirmed.setId("Flow_AppraisalConfirmed");
        process.addChildElement(confirmed);
        toAgreement.setTarget(step);
        confirmed.setSource(step);
        confirmed.setTarget(agreement);
        step.getIncoming().add(toAgreement);
        step.getOutgoing().add(confirmed);
        agreement.getIncoming().remove(toAgreement);
        agreement.getIncoming().add(confirmed);
        BoundaryEvent deadline = model.getModelElementById("Event_PeerFeedbackDeadline");
        TimerEventDefinition timer = (TimerEventDefinition) deadline.getEventDefinitions().iterator().next();
        timer.getTimeDuration().setTextContent("P10D");
        return Bpmn.convertToString(model);
    }

    /** The appraisal whose first task also runs a script listener and an arbitrary bean's method. */
    public static String withCodeInIt(String xml) {
        return xml.replace("<bpmn:extensionElements><camunda:executionListener expression=\"${appraisalStage.enter(execution, 'AGREEMENT')}\" event=\"start\" /></bpmn:extensionElements>",
                "<bpmn:extensionElements><camunda:executionListener expression=\"${appraisalStage.enter(execution, 'AGREEMENT')}\" event=\"start\" />"
                        + "<camunda:executionListener event=\"end\"><camunda:script scriptFormat=\"groovy\">'id'.execute()</camunda:script></camunda:executionListener>"
                        + "<camunda:taskListener expression=\"${workflow.start('x', 'y', null)}\" event=\"create\" />"
                        + "</bpmn:extensionElements>");
    }
}
