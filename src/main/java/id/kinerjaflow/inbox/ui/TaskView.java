package id.kinerjaflow.inbox.ui;

import java.util.List;
import java.util.Optional;

import id.kinerjaflow.base.ModelNames;
import id.kinerjaflow.appeal.ui.AppealDecideEditor;
import id.kinerjaflow.appeal.ui.AppealExplainEditor;
import id.kinerjaflow.appeal.ui.ResultEditor;
import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.ui.AgreementDraftPanel;
import id.kinerjaflow.appraisal.ui.AgreementOverduePanel;
import id.kinerjaflow.appraisal.ui.AgreementReviewPanel;
import id.kinerjaflow.appraisal.ui.SelfReviewForm;
import id.kinerjaflow.appraisal.ui.SupervisorReviewEditor;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.base.ui.TaskForm;
import id.kinerjaflow.calibration.CalibrationService;
import id.kinerjaflow.calibration.UnitCalibration;
import id.kinerjaflow.calibration.ui.CalibrationForm;
import id.kinerjaflow.calibration.ui.UnitRatingForm;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.feedback.ui.PeerFeedbackForm;
import id.kinerjaflow.inbox.InboxService;
import id.kinerjaflow.inbox.InboxService.OpenedTask;
import id.kinerjaflow.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

/**
 * One task, opened from the inbox: the appraisal's context at the top (employee, unit, cycle,
 * stage, due date), then the form the task's form key names. A group task must be claimed before
 * its form can be used. A task that is not the user's (done, taken, someone else's, a guessed
 * id) shows the same plain message and nothing of the task.
 *
 * <p>The forms are Spring beans that each feature declares, picked by form key at run time, which
 * Vaadin's production build cannot see: it bundles, per route, only the web components its
 * bytecode scan reaches. The {@code @Uses} below tell it which forms this page shows, so their
 * fields, dialogs and uploads are in this route's chunk; {@code FrontendBundleTest} fails when a
 * form is added without its line here.
 */
@Route("tugas/:taskId")
@Uses(AgreementDraftPanel.class)
@Uses(AgreementReviewPanel.class)
@Uses(AgreementOverduePanel.class)
@Uses(SelfReviewForm.class)
@Uses(PeerFeedbackForm.class)
@Uses(SupervisorReviewEditor.class)
@Uses(UnitRatingForm.class)
@Uses(CalibrationForm.class)
@Uses(ResultEditor.class)
@Uses(AppealExplainEditor.class)
@Uses(AppealDecideEditor.class)
@PermitAll
public class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String TASK_ID = "taskId";

    private final InboxService inbox;
    private final AppraisalService appraisals;
    private final CalibrationService calibrations;
    private final CycleService cycles;
    private final CurrentUser currentUser;
    private final List<TaskForm> forms;
    private String title;

    public TaskView(InboxService inbox, AppraisalService appraisals, CalibrationService calibrations,
                    CycleService cycles, CurrentUser currentUser, List<TaskForm> forms) {
        this.inbox = inbox;
        this.appraisals = appraisals;
        this.calibrations = calibrations;
        this.cycles = cycles;
        this.currentUser = currentUser;
        this.forms = forms;
        setPadding(true);
        setMaxWidth("80rem");
        addClassName("kf-task");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String taskId = event.getRouteParameters().get(TASK_ID).orElse("");
        Optional<OpenedTask> task = inbox.open(taskId);
        if (task.isEmpty()) {
            showUnavailable();
            return;
        }
        show(task.get());
    }

    private void show(OpenedTask task) {
        title = taskLabel(task);
        add(backLink());
        H2 heading = new H2(title);
        heading.setId("task-title");
        heading.addClassNames(LumoUtility.Margin.Vertical.NONE, LumoUtility.FontSize.XLARGE);
        add(heading, context(task));

        Optional<TaskForm> form = forms.stream().filter(f -> f.formKeys().contains(task.formKey())).findFirst();
        Component body = form.isEmpty() ? notice(getTranslation("task.noForm", task.formKey()))
                : form.get().build(new TaskForm.TaskContext(task.taskId(), task.formKey(), task.taskKey(), title,
                        task.appraisalId(), task.calibrationId(), () -> done(title)));
        if (task.claimable()) {
            body.getElement().setEnabled(false);
            add(claimBar(task, body));
        }
        add(body);
    }

    private Component claimBar(OpenedTask task, Component body) {
        Span text = new Span(getTranslation("task.claimFirst"));
        Button claim = new Button(getTranslation("inbox.claim"));
        claim.setId("task-claim");
        claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(VaadinIcon.INFO_CIRCLE.create(), text, claim);
        bar.setId("claim-bar");
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.addClassNames(LumoUtility.Background.PRIMARY_10, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Padding.SMALL, LumoUtility.FlexWrap.WRAP);
        bar.setWidthFull();
        claim.addClickListener(e -> {
            if (FormKit.attempt(() -> inbox.claim(task.taskId()))) {
                bar.setVisible(false);
                body.getElement().setEnabled(true);
            } else {
                UI.getCurrent().navigate(InboxView.class);
            }
        });
        return bar;
    }

    /** Who, where, which cycle, which stage, by when: the context above every form. */
    private Component context(OpenedTask task) {
        FlexLayout facts = new FlexLayout();
        facts.setId("task-context");
        facts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        facts.addClassNames("kf-context", LumoUtility.Gap.Column.XLARGE, LumoUtility.Gap.Row.SMALL,
                LumoUtility.Background.CONTRAST_5, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Padding.MEDIUM,
                LumoUtility.BoxSizing.BORDER);
        facts.setWidthFull();
        if (task.appraisalId() != null) {
            Appraisal a = appraisals.appraisalForTask(task.appraisalId(), task.taskKey(), currentUser.require());
            facts.add(FormKit.fact(getTranslation("task.employee"), a.getEmployee().getName()),
                    FormKit.fact(getTranslation("employee.nip"), a.getEmployee().getNip()),
                    FormKit.fact(getTranslation("employee.unit"), a.getUnit().getName()),
                    FormKit.fact(getTranslation("task.cycle"), a.getCycle().getName()),
                    FormKit.fact(getTranslation("task.stage"), getTranslation("stage." + a.getStage())));
        } else if (task.calibrationId() != null) {
            UnitCalibration c = calibrations.calibration(task.calibrationId());
            facts.add(FormKit.fact(getTranslation("employee.unit"), c.getUnit().getName()),
                    FormKit.fact(getTranslation("task.cycle"), cycles.cycle(c.getCycleId()).getName()));
        }
        String due = task.due() == null ? getTranslation("task.noDue") : FormKit.date(task.due());
        Div dueFact = FormKit.fact(getTranslation("inbox.col.due"), due);
        if (task.overdue()) {
            dueFact.addClassName("kf-overdue-text");
        }
        facts.add(dueFact);
        return facts;
    }

    private void showUnavailable() {
        title = getTranslation("task.unavailableTitle");
        add(backLink());
        H2 heading = new H2(title);
        heading.addClassNames(LumoUtility.Margin.Vertical.NONE, LumoUtility.FontSize.XLARGE);
        Div message = notice(getTranslation("task.NOT_AVAILABLE"));
        message.setId("task-unavailable");
        add(heading, message);
    }

    private Div notice(String text) {
        Div d = new Div(VaadinIcon.INFO_CIRCLE_O.create(), new Span(" " + text));
        d.addClassNames(LumoUtility.Background.CONTRAST_5, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Padding.MEDIUM,
                LumoUtility.BoxSizing.BORDER);
        d.setWidthFull();
        return d;
    }

    private RouterLink backLink() {
        RouterLink back = new RouterLink(getTranslation("task.back"), InboxView.class);
        back.setId("back-to-inbox");
        back.addClassNames(LumoUtility.FontSize.SMALL);
        return back;
    }

    /** The form completed its task: back to the inbox, which confirms it and highlights the next one. */
    private void done(String name) {
        UI.getCurrent().navigate(InboxView.class, QueryParameters.of(InboxView.DONE, name));
    }

    private String taskLabel(OpenedTask task) {
        return ModelNames.step(task.taskKey(), task.taskName(), getLocale());
    }

    @Override
    public String getPageTitle() {
        return (title == null ? getTranslation("nav.inbox") : title) + " | " + getTranslation("app.name");
    }
}
