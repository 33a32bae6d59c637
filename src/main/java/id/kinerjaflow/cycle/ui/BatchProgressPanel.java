package id.kinerjaflow.cycle.ui;

import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.cycle.BatchProgress;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * A cycle's latest batch (a launch, the review phase's start): a bar and "n of m" while it runs,
 * what it did when it ended, and the failed chunks with a retry for those who may change cycles.
 */
class BatchProgressPanel extends Div {

    final ProgressBar bar = new ProgressBar();
    final Span text = new Span();

    BatchProgressPanel() {
        setId("cycle-progress");
        setWidthFull();
        bar.setId("cycle-progress-bar");
        bar.setMin(0);
        bar.setMax(1);
        text.setId("cycle-progress-text");
    }

    /**
     * Shows the batch, or nothing when there is none.
     *
     * @param retry what the retry button does; null when the user may not retry
     * @return whether the batch is still running
     */
    boolean show(BatchProgress p, Runnable retry) {
        removeAll();
        if (p == null) {
            return false;
        }
        bar.setValue(p.fraction());
        bar.removeThemeVariants(ProgressBarVariant.LUMO_SUCCESS, ProgressBarVariant.LUMO_ERROR);
        if (p.done()) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_SUCCESS);
        } else if (p.stuck()) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_ERROR);
        }
        text.setText(p.done()
                ? getTranslation("batch.done." + p.kind(), p.processed(), FormKit.dateTime(p.finishedAt()))
                : getTranslation("batch.running." + p.kind(), p.itemsDone(), p.items(),
                Math.round(p.fraction() * 100)));
        Span who = FormKit.hint(getTranslation("batch.startedBy", FormKit.actor(p.startedBy()),
                FormKit.dateTime(p.startedAt())));
        Div box = new Div(text, bar, who);
        box.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        if (!p.failures().isEmpty()) {
            Span failed = new Span(getTranslation(p.stuck() ? "batch.stuck" : "batch.retrying", p.failures().size(),
                    p.failures().get(0).message()));
            failed.setId("cycle-progress-failures");
            failed.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
            box.add(failed);
            if (retry != null && p.stuck()) {
                Button again = new Button(getTranslation("batch.retry"), VaadinIcon.REFRESH.create(), e -> retry.run());
                again.setId("cycle-progress-retry");
                box.add(again);
            }
        }
        add(FormKit.section(getTranslation("batch.title." + p.kind()), box));
        return !p.done();
    }
}
