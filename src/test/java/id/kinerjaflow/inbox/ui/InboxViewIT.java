package id.kinerjaflow.inbox.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import id.kinerjaflow.KaribuTest;
import id.kinerjaflow.appraisal.AgreementService;
import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.AppraisalTestUnit;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.inbox.InboxService.InboxItem;
import id.kinerjaflow.inbox.InboxService;
import id.kinerjaflow.org.OrganisationImportService;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.process.Workflow;
import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.security.Role;
import id.kinerjaflow.security.SystemAuthentication;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The inbox as people use it: own tasks and claimable group tasks, claim and release, the filters
 * and their counts, new tasks on the next poll, and the task view refusing what is not theirs.
 */
class InboxViewIT extends KaribuTest {

    @Autowired OrganisationImportService importer;
    @Autowired OrganisationService organisation;
    @Autowired CycleService cycles;
    @Autowired AppraisalService appraisals;
    @Autowired AgreementService agreements;
    @Autowired Workflow workflow;
    @Autowired InboxService inbox;

    AppraisalTestUnit unit;
    Appraisal head;
    Appraisal staff0;

    @BeforeEach
    void unit() {
        unit = AppraisalTestUnit.create(importer, organisation, users, cycles);
        head = SystemAuthentication.runAsSystem(() -> appraisals.start(unit.cycleId(), unit.headId()));
        staff0 = SystemAuthentication.runAsSystem(() -> appraisals.start(unit.cycleId(), unit.staffId(0)));
    }

    @SuppressWarnings("unchecked")
    private Grid<InboxItem> grid() {
        return _get(Grid.class, spec -> spec.withId("inbox-grid"));
    }

    private InboxView open(String user) {
        login(user);
        UI.getCurrent().navigate(InboxView.class);
        return _get(InboxView.class);
    }

    /** What the grid shows (none when the inbox shows its empty message instead). */
    private List<InboxItem> rows() {
        if (_find(Grid.class, spec -> spec.withId("inbox-grid")).isEmpty()) {
            return List.of();
        }
        return _fetch(grid(), 0, 1000);
    }

    /** A button in the row's actions cell. */
    private Button action(String prefix, InboxItem item) {
        Grid<InboxItem> grid = grid();
        int row = rows().indexOf(rows().stream().filter(i -> i.taskId().equals(item.taskId())).findFirst()
                .orElseThrow());
        Component cell = _getCellComponent(grid, row, "actions");
        return _get(cell, Button.class, spec -> spec.withId(prefix + item.taskId()));
    }

    private boolean hasAction(String prefix, InboxItem item) {
        Grid<InboxItem> grid = grid();
        int row = rows().indexOf(rows().stream().filter(i -> i.taskId().equals(item.taskId())).findFirst()
                .orElseThrow());
        Component cell = _getCellComponent(grid, row, "actions");
        return !_find(cell, Button.class, spec -> spec.withId(prefix + item.taskId())).isEmpty();
    }

    /** HR's inbox, narrowed to this test's unit (HR sees every unit's group tasks). */
    private InboxView openAsHrForTheHead() {
        InboxView view = open("hr");
        _setValue(_get(TextField.class, spec -> spec.withId("inbox-search")), unit.headUser());
        return view;
    }

    private void submitHeadAgreement() {
        unit.as(unit.headUser(), () -> {
            agreements.submit(head.getId(), AppraisalTestUnit.simpleDraft());
            return null;
        });
    }

    @Test
    void anEmployeeSeesTheirOwnTaskWithTheAppraisalItBelongsTo() {
        open(unit.staffUser(0));

        List<InboxItem> rows = rows();
        assertThat(rows).hasSize(1);
        InboxItem item = rows.get(0);
        assertThat(item.taskKey()).isEqualTo(ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT);
        assertThat(item.appraisalId()).isEqualTo(staff0.getId());
        assertThat(item.mine()).isTrue();
        assertThat(item.groupTask()).isFalse();
        assertThat(item.due()).isNotNull();
        assertThat(_get(H2.class).getText()).contains("1");
        // a personal task opens; it is not claimable or releasable
        assertThat(hasAction("open-", item)).isTrue();
        assertThat(hasAction("claim-", item)).isFalse();
        assertThat(hasAction("release-", item)).isFalse();
    }

    @Test
    void aColleaguesTaskIsNotInMyInbox() {
        open(unit.staffUser(1));
        assertThat(rows()).noneMatch(i -> staff0.getId().equals(i.appraisalId()));
    }

    @Test
    void aGroupTaskIsClaimedAndReleasedFromTheInbox() {
        submitHeadAgreement();
        openAsHrForTheHead();

        InboxItem item = rows().get(0);
        assertThat(item.taskKey()).isEqualTo(ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT);
        assertThat(item.claimable()).isTrue();
        assertThat(item.groupTask()).isTrue();

        _click(action("claim-", item));
        expectNotifications(UI.getCurrent().getTranslation("inbox.claimed",
                UI.getCurrent().getTranslation("taskName." + ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT)));
        InboxItem claimed = rows().get(0);
        assertThat(claimed.mine()).isTrue();
        assertThat(claimed.claimable()).isFalse();
        assertThat(workflow.find(item.taskId()).orElseThrow().ref().assignee()).isEqualTo("hr");

        _click(action("release-", item));
        assertThat(rows().get(0).claimable()).isTrue();
        assertThat(workflow.find(item.taskId()).orElseThrow().ref().assignee()).isNull();
    }

    @Test
    void aTaskClaimedBySomeoneElseMeanwhileGivesAClearMessage() {
        submitHeadAgreement();
        openAsHrForTheHead();
        InboxItem item = rows().get(0);
        Button claimOnMyScreen = action("claim-", item);

        // another member of HR takes it meanwhile, in another session
        workflow.claim(item.taskId(), new AppUser("hr2", "Staf BKD", null, Set.of(Role.HR), true, null));

        _click(claimOnMyScreen);
        expectNotifications(UI.getCurrent().getTranslation("task.NOT_AVAILABLE"));
        // the inbox now shows who holds it, without an action
        InboxItem now = rows().get(0);
        assertThat(now.claimable()).isFalse();
        assertThat(now.mine()).isFalse();
        assertThat(now.assignee()).isEqualTo("hr2");
        assertThat(hasAction("open-", now)).isFalse();
    }

    @Test
    void filtersNarrowTheListAndShowTheirCounts() {
        submitHeadAgreement();
        InboxView view = openAsHrForTheHead();
        assertThat(rows()).hasSize(1);
        // the heading counts what the search shows, out of all of HR's tasks
        long all = inbox.count(InboxService.InboxQuery.all());
        assertThat(_get(H2.class, spec -> spec.withId("inbox-title")).getText())
                .isEqualTo("Kotak masuk (1 dari " + all + " tugas)");

        String chipId = "chip-" + ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT;
        Button chip = _get(Button.class, spec -> spec.withId(chipId));
        assertThat(chip.getText()).matches(".*\\(\\d+\\)");
        _click(chip);
        assertThat(view.query().taskKeys()).containsExactly(ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT);
        assertThat(rows()).hasSize(1);

        _click(_get(Button.class, spec -> spec.withId("chip-all")));
        assertThat(view.query().taskKeys()).isEmpty();
        // nothing is overdue yet: the cycle's dates lie ahead
        _setValue(_get(Checkbox.class, spec -> spec.withId("inbox-overdue")), true);
        assertThat(_get(Div.class, spec -> spec.withId("inbox-empty")).isVisible()).isTrue();
        _setValue(_get(Checkbox.class, spec -> spec.withId("inbox-overdue")), false);

        _setValue(_get(TextField.class, spec -> spec.withId("inbox-search")), "no such name at all");
        assertThat(_get(Div.class, spec -> spec.withId("inbox-empty")).isVisible()).isTrue();
        assertThat(_get(H2.class, spec -> spec.withId("inbox-title")).getText())
                .isEqualTo("Kotak masuk (0 dari " + all + " tugas)");
        _setValue(_get(TextField.class, spec -> spec.withId("inbox-search")), "");
        assertThat(_get(H2.class, spec -> spec.withId("inbox-title")).getText())
                .isEqualTo("Kotak masuk (" + all + " tugas)");
    }

    @Test
    void aNewTaskAppearsOnTheNextPoll() {
        openAsHrForTheHead();
        assertThat(_get(Div.class, spec -> spec.withId("inbox-empty")).isVisible()).isTrue();

        submitHeadAgreement();
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), false));
        MockVaadin.clientRoundtrip();

        assertThat(rows()).extracting(InboxItem::taskKey).containsExactly(ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT);
    }

    @Test
    void theNavigationShowsTheNumberOfOpenTasks() {
        open(unit.staffUser(0));
        Span badge = _get(Span.class, spec -> spec.withId("nav-count-kotak-masuk"));
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).isEqualTo("1");
    }

    @Test
    void openingATaskShowsItsContext() {
        login(unit.staffUser(0));
        String taskId = workflow.openTask(ProcessIds.Appraisal.PROCESS, staff0.getId().toString(),
                ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT).orElseThrow().id();
        UI.getCurrent().navigate("tugas/" + taskId);

        FlexLayout context = _get(FlexLayout.class, spec -> spec.withId("task-context"));
        String text = context.getElement().getTextRecursively();
        assertThat(text).contains(organisation.employee(unit.staffId(0)).orElseThrow().getName());
        assertThat(text).contains(unit.staffUser(0));
        assertThat(_find(Div.class, spec -> spec.withId("task-unavailable"))).isEmpty();
    }

    @Test
    void aColleaguesTaskCannotBeOpenedByGuessingItsId() {
        String colleaguesTask = workflow.openTask(ProcessIds.Appraisal.PROCESS, staff0.getId().toString(),
                ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT).orElseThrow().id();
        login(unit.staffUser(1));

        UI.getCurrent().navigate("tugas/" + colleaguesTask);
        assertThat(_get(Div.class, spec -> spec.withId("task-unavailable")).isVisible()).isTrue();
        assertThat(_find(FlexLayout.class, spec -> spec.withId("task-context"))).isEmpty();
        String shown = UI.getCurrent().getElement().getTextRecursively();
        assertThat(shown).doesNotContain(organisation.employee(unit.staffId(0)).orElseThrow().getName());

        UI.getCurrent().navigate("tugas/no-such-task");
        assertThat(_get(Div.class, spec -> spec.withId("task-unavailable")).isVisible()).isTrue();
    }

    @Test
    void aGroupTaskMustBeClaimedBeforeItsFormCanBeUsed() {
        submitHeadAgreement();
        login("hr");
        String taskId = workflow.openTask(ProcessIds.Appraisal.PROCESS, head.getId().toString(),
                ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT).orElseThrow().id();
        UI.getCurrent().navigate("tugas/" + taskId);

        HorizontalLayout bar = _get(HorizontalLayout.class, spec -> spec.withId("claim-bar"));
        _click(_get(Button.class, spec -> spec.withId("task-claim")));
        assertThat(bar.isVisible()).isFalse();
        assertThat(workflow.find(taskId).orElseThrow().ref().assignee()).isEqualTo("hr");
    }

    @Test
    void afterCompletingTheNextTaskIsHighlighted() {
        login(unit.staffUser(0));
        UI.getCurrent().navigate("kotak-masuk", QueryParameters.of(InboxView.DONE, "Susun SKP"));
        expectNotifications(UI.getCurrent().getTranslation("inbox.done", "Susun SKP"));
        assertThat(grid().getSelectedItems()).extracting(InboxItem::appraisalId).containsExactly(staff0.getId());
    }

    @Test
    void afterCompletingTheLastTaskTheInboxSaysNothingIsLeft() {
        // staff 1 has no appraisal in this cycle, so no task at all
        login(unit.staffUser(1));
        UI.getCurrent().navigate("kotak-masuk", QueryParameters.of(InboxView.DONE, "Susun SKP"));
        expectNotifications("Selesai: Susun SKP. Tidak ada tugas lain untuk Anda saat ini.");
        assertThat(_get(Div.class, spec -> spec.withId("inbox-empty")).isVisible()).isTrue();
    }
}
