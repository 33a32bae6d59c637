package id.kinerjaflow.monitor;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import id.kinerjaflow.appraisal.AgreementService;
import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.AppraisalTestUnit;
import id.kinerjaflow.appraisal.UnitUnderCalibration;
import id.kinerjaflow.inbox.InboxService;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.process.Workflow;
import id.kinerjaflow.security.SystemAuthentication;
import org.springframework.context.ApplicationContext;

/**
 * A cycle for the dashboard's tests: the three staff of a {@link UnitUnderCalibration} (the first
 * with an agreed SKP, the others still drafting), one employee of a demo unit in the same cycle,
 * and two tasks made overdue: the second staff member's draft and HR's unit rating.
 */
public final class CycleFixture {

    /** A demo employee (Rizal Hasan, Bagian Kelembagaan) appraised in the test cycle too. */
    public static final String OTHER_NIP = "199302212019031007";

    public final UnitUnderCalibration unit;
    public final Long cycleId;
    public final Appraisal other;
    public final Long otherUnitId;
    public final String overdueDraftTaskId;
    public final String overdueUnitRatingTaskId;

    public CycleFixture(ApplicationContext context) {
        unit = new UnitUnderCalibration(context);
        cycleId = unit.unit.cycleId();
        AppraisalService appraisals = context.getBean(AppraisalService.class);
        AgreementService agreements = context.getBean(AgreementService.class);
        Long first = unit.staff.get(0).getId();
        unit.unit.as(unit.unit.staffUser(0), () -> {
            agreements.submit(first, AppraisalTestUnit.simpleDraft());
            return null;
        });
        unit.unit.as(unit.unit.headUser(), () -> {
            agreements.approve(first);
            return null;
        });
        OrganisationService organisation = context.getBean(OrganisationService.class);
        var employee = organisation.employeeByNip(OTHER_NIP).orElseThrow();
        otherUnitId = employee.getUnit().getId();
        other = SystemAuthentication.runAsSystem(() -> appraisals.start(cycleId, employee.getId()));

        Workflow workflow = context.getBean(Workflow.class);
        InboxService inbox = context.getBean(InboxService.class);
        Instant lastWeek = Instant.now().minus(7, ChronoUnit.DAYS).minus(1, ChronoUnit.HOURS);
        Workflow.TaskRef draft = workflow.openTask(ProcessIds.Appraisal.PROCESS, unit.staff.get(1).getId().toString(),
                ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT).orElseThrow();
        overdueDraftTaskId = draft.id();
        inbox.taskChanged(draft.id(), draft.assignee(), draft.candidateGroups(), lastWeek);
        Workflow.TaskRef rating = workflow.openTask(ProcessIds.Calibration.PROCESS,
                unit.calibration.getId().toString(), ProcessIds.Calibration.TASK_SET_UNIT_RATING).orElseThrow();
        overdueUnitRatingTaskId = rating.id();
        inbox.taskChanged(rating.id(), rating.assignee(), Set.copyOf(rating.candidateGroups()),
                lastWeek.minus(3, ChronoUnit.DAYS));
    }
}
