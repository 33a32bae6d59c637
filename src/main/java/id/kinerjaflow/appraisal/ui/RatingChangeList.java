package id.kinerjaflow.appraisal.ui;

import java.util.List;

import id.kinerjaflow.appraisal.RatingChanges;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.rating.PerformanceRating;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * Why the rating the employee received is not the appraiser's: each change the review board made
 * in calibration, from and to, the board's reason, who and when. Shown on the result task, in
 * "Penilaian saya" and in the appeal forms; nothing at all when the board changed nothing.
 */
public class RatingChangeList extends Div {

    public RatingChangeList(List<RatingChanges.Change> changes) {
        setId("rating-changes");
        addClassNames("kf-rating-changes", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        setVisible(!changes.isEmpty());
        if (changes.isEmpty()) {
            return;
        }
        Span title = new Span(getTranslation("ratingChanges.title"));
        title.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.FontWeight.SEMIBOLD);
        add(title);
        for (int i = 0; i < changes.size(); i++) {
            add(entry(i, changes.get(i)));
        }
    }

    private Div entry(int index, RatingChanges.Change c) {
        Span change = new Span(getTranslation("ratingChanges.change", rating(c.from()), rating(c.to())));
        change.addClassNames(LumoUtility.FontWeight.MEDIUM);
        change.setId("rating-change-" + index);
        Span reasonLabel = new Span(getTranslation("ratingChanges.reason"));
        reasonLabel.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        Span reason = new Span(c.reason());
        reason.setId("rating-change-reason-" + index);
        reason.addClassNames(LumoUtility.Whitespace.PRE_LINE);
        String who = c.bySystem() ? getTranslation("actor.system") : c.byName();
        Span by = new Span(getTranslation("ratingChanges.by", who, FormKit.dateTime(c.at())));
        by.setId("rating-change-by-" + index);
        by.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        Div entry = new Div(new Div(change), new Div(reasonLabel), new Div(reason), new Div(by));
        entry.addClassNames(LumoUtility.Border.LEFT, LumoUtility.BorderColor.PRIMARY_50,
                LumoUtility.Padding.Start.SMALL);
        entry.getStyle().set("border-left-width", "3px");
        return entry;
    }

    private String rating(PerformanceRating r) {
        return r == null ? "\u2014" : getTranslation("performanceRating." + r.name());
    }
}
