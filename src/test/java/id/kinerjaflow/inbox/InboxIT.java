package id.kinerjaflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import id.kinerjaflow.IntegrationTest;
import id.kinerjaflow.TestData;
import id.kinerjaflow.appraisal.AgreementService;
import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.AppraisalTestUnit;
import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.demo.DemoOrganisation;
import id.kinerjaflow.inbox.InboxService.InboxItem;
import id.kinerjaflow.inbox.InboxService.InboxQuery;
import id.kinerjaflow.org.OrganisationImportService;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.security.Role;
import id.kinerjaflow.security.SystemAuthentication;
import id.kinerjaflow.security.UserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The inbox follows the engine: assigned and claimable tasks, claim and release, filters and counts. */
@IntegrationTest
class InboxIT {

    @Autowired DemoOrganisation demo;
    @Autowired OrganisationImportService importer;
    @Autowired OrganisationService organisation;
    @Autowired UserDirectory users;
    @Autowired CycleService cycles;
    @Autowired AppraisalService appraisals;
    @Autowired AgreementService agreements;
    @Autowired InboxService inbox;

    AppraisalTestUnit unit;
    Appraisal head;
    Appraisal staff;

    @BeforeEach
    void twoAppraisals() {
        demo.load();
        unit = AppraisalTestUnit.create(importer, organisation, users, cycles);
        head = SystemAuthentication.runAsSystem(() -> appraisals.start(unit.cycleId(), unit.headId()));
        staff = SystemAuthentication.runAsSystem(() -> appraisals.start(unit.cycleId(), unit.staffId(0)));
    }

    private <T> T as(String user, Supplier<T> work) {
        return unit.as(user, work);
    }

    private List<InboxItem> inboxOf(String user, InboxQuery q) {
        return as(user, () -> inbox.page(q, 0, 50));
    }

    private List<InboxItem> ofThisUnit(List<InboxItem> items) {
        // calibration tasks (HR's unit ratings) have no appraisal
        return items.stream().filter(i -> i.appraisalId() != null)
                .filter(i -> List.of(head.getId(), staff.getId()).contains(i.appraisalId())).toList();
    }

    @Test
    void anEmployeeSeesTheirOwnTaskWithTheAppraisalSummaryAndDueDate() {
        List<InboxItem> mine = inboxOf(unit.staffUser(0), InboxQuery.all());
        assertThat(mine).singleElement().satisfies(i -> {
            assertThat(i.taskKey()).isEqualTo(ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT);
            assertThat(i.appraisalId()).isEqualTo(staff.getId());
            assertThat(i.employeeNip()).isEqualTo(unit.staffUser(0));
            assertThat(i.employeeName()).isNotBlank();
            assertThat(i.mine()).isTrue();
            assertThat(i.claimable()).isFalse();
            assertThat(i.due()).isNotNull();
            assertThat(i.overdue()).isFalse();
        });
        // a colleague sees none of it
        assertThat(inboxOf(unit.staffUser(1), InboxQuery.all())).isEmpty();
    }

    @Test
    void aCompletedTaskLeavesTheInboxAndTheNextOneAppears() {
        as(unit.staffUser(0), () -> {
            agreements.submit(staff.getId(), AppraisalTestUnit.simpleDraft());
            return null;
        });
        assertThat(inboxOf(unit.staffUser(0), InboxQuery.all())).isEmpty();
        assertThat(inboxOf(unit.headUser(), InboxQuery.all())).extracting(InboxItem::taskKey)
                .contains(ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT, ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT);
    }

    @Test
    void groupTasksAreClaimableThenHeldThenReleased() {
        // the head's appraiser is outside the system: HR reviews the head's agreement
        as(unit.headUser(), () -> {
            agreements.submit(head.getId(), AppraisalTestUnit.simpleDraft());
            return null;
        });
        String hr2 = "hr-" + TestData.unitCode("x").toLowerCase();
        SystemAuthentication.runAsSystem(() -> users.createAccounts(List.of(new UserDirectory.NewAccount(hr2,
                "Staf BKD Kedua", null, Set.of(Role.HR))), "demo"));

        InboxItem review = ofThisUnit(inboxOf("hr", InboxQuery.all())).stream()
                .filter(i -> i.taskKey().equals(ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT)).findFirst().orElseThrow();
        assertThat(review.claimable()).isTrue();
        assertThat(review.assignee()).isNull();

        as("hr", () -> {
            inbox.claim(review.taskId());
            return null;
        });
        InboxItem held = ofThisUnit(inboxOf(hr2, InboxQuery.all())).stream()
                .filter(i -> i.taskId().equals(review.taskId())).findFirst().orElseThrow();
        assertThat(held.assignee()).isEqualTo("hr");
        assertThat(held.claimable()).isFalse();
        assertThatThrownBy(() -> as(hr2, () -> {
            inbox.claim(review.taskId());
            return null;
        })).isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.code()).isEqualTo("task.NOT_AVAILABLE"));

        as("hr", () -> {
            inbox.release(review.taskId());
            return null;
        });
        assertThat(ofThisUnit(inboxOf(hr2, InboxQuery.all())).stream()
                .filter(i -> i.taskId().equals(review.taskId())).findFirst().orElseThrow().claimable()).isTrue();
        // staff can neither claim HR's task nor release a personal task
        assertThatThrownBy(() -> as(unit.staffUser(1), () -> {
            inbox.claim(review.taskId());
            return null;
        })).isInstanceOf(BusinessRuleException.class);
        String personal = inboxOf(unit.staffUser(0), InboxQuery.all()).get(0).taskId();
        assertThatThrownBy(() -> as(unit.staffUser(0), () -> {
            inbox.release(personal);
            return null;
        })).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void filtersAndCountsNarrowTheInbox() {
        as(unit.staffUser(0), () -> {
            agreements.submit(staff.getId(), AppraisalTestUnit.simpleDraft());
            return null;
        });
        String headUser = unit.headUser();
        assertThat(inboxOf(headUser, new InboxQuery(null, List.of(ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT),
                false, null))).extracting(InboxItem::appraisalId).containsExactly(staff.getId());
        assertThat(inboxOf(headUser, new InboxQuery(unit.cycleId(), List.of(), false, null))).hasSize(2);
        assertThat(inboxOf(headUser, new InboxQuery(unit.cycleId() + 100_000, List.of(), false, null))).isEmpty();
        assertThat(inboxOf(headUser, new InboxQuery(null, List.of(), false, unit.staffUser(0))))
                .extracting(InboxItem::appraisalId).containsExactly(staff.getId());
        assertThat(inboxOf(headUser, new InboxQuery(null, List.of(), true, null))).isEmpty();
        assertThat(as(headUser, () -> inbox.count(InboxQuery.all()))).isEqualTo(2);
        assertThat(as(headUser, () -> inbox.countsByTask())).containsEntry(ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT, 1L)
                .containsEntry(ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT, 1L);
    }
}
