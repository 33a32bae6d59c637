package id.kinerjaflow.appraisal.ui;

import id.kinerjaflow.appraisal.Stage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * An appraisal's stages in order, each done, current, to come or (the appeal without an appeal)
 * skipped, as an ordered list that wraps on a phone; the current step is marked for screen readers
 * with {@code aria-current}.
 */
class StageTimeline extends Div {

    /** The state of a stage; also the step's {@code data-state} attribute. */
    enum StepState { DONE, CURRENT, TO_COME, SKIPPED }

    static StepState state(Stage step, Stage current, boolean appealed) {
        if (step == Stage.APPEAL && current.ordinal() > step.ordinal() && !appealed) {
            return StepState.SKIPPED;
        }
        return step.ordinal() < current.ordinal() ? StepState.DONE
                : step == current ? StepState.CURRENT : StepState.TO_COME;
    }

    /**
     * @param current  the appraisal's stage
     * @param appealed whether the employee appealed (else the passed appeal stage reads "no appeal")
     */
    StageTimeline(Stage current, boolean appealed) {
        setId("stage-timeline");
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.Row.SMALL,
                LumoUtility.Gap.Column.XSMALL);
        OrderedList steps = new OrderedList();
        steps.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.Row.SMALL,
                LumoUtility.Gap.Column.XSMALL, LumoUtility.Margin.NONE, LumoUtility.Padding.NONE);
        steps.getStyle().set("list-style", "none");
        for (Stage stage : Stage.values()) {
            steps.add(step(stage, state(stage, current, appealed)));
        }
        add(steps);
    }

    private ListItem step(Stage stage, StepState state) {
        Span marker = new Span();
        marker.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER,
                LumoUtility.JustifyContent.CENTER, LumoUtility.BorderRadius.FULL, LumoUtility.FontSize.XSMALL);
        marker.getStyle().set("width", "1.5rem").set("height", "1.5rem").set("flex", "none");
        switch (state) {
            case DONE -> {
                marker.add(VaadinIcon.CHECK.create());
                marker.getStyle().set("background", "var(--lumo-success-color)")
                        .set("color", "var(--lumo-success-contrast-color)");
                marker.getChildren().forEach(c -> c.getElement().getStyle().set("width", "0.9rem")
                        .set("height", "0.9rem"));
            }
            case CURRENT -> {
                marker.setText(Integer.toString(stage.ordinal() + 1));
                marker.getStyle().set("background", "var(--lumo-primary-color)")
                        .set("color", "var(--lumo-primary-contrast-color)");
            }
            case TO_COME -> {
                marker.setText(Integer.toString(stage.ordinal() + 1));
                marker.getStyle().set("background", "var(--lumo-contrast-10pct)")
                        .set("color", "var(--lumo-secondary-text-color)");
            }
            case SKIPPED -> {
                marker.setText("\u2013");
                marker.getStyle().set("background", "var(--lumo-contrast-10pct)")
                        .set("color", "var(--lumo-secondary-text-color)");
            }
        }
        String text = getTranslation("stage." + stage.name());
        if (stage == Stage.APPEAL) {
            text = text + " " + getTranslation(state == StepState.SKIPPED ? "myAppraisals.noAppeal" : "myAppraisals.ifAny");
        }
        Span label = new Span(text);
        label.addClassNames(LumoUtility.FontSize.SMALL);
        if (state == StepState.CURRENT) {
            label.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.TextColor.PRIMARY);
        } else if (state == StepState.TO_COME || state == StepState.SKIPPED) {
            label.addClassNames(LumoUtility.TextColor.SECONDARY);
        }
        ListItem item = new ListItem(marker, label);
        item.setId("step-" + stage.name());
        item.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.XSMALL,
                LumoUtility.Padding.Horizontal.SMALL, LumoUtility.Padding.Vertical.XSMALL,
                LumoUtility.BorderRadius.MEDIUM, "kf-step", "kf-step-" + state.name().toLowerCase());
        if (state == StepState.CURRENT) {
            item.addClassNames(LumoUtility.Background.PRIMARY_10);
            item.getElement().setAttribute("aria-current", "step");
        }
        item.getElement().setAttribute("data-state", state.name());
        item.getElement().setAttribute("title", getTranslation("myAppraisals.step." + state.name(), text));
        return item;
    }
}
