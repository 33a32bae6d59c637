package id.kinerjaflow.appeal.ui;

import java.util.List;

import id.kinerjaflow.appeal.AppealService;
import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.RatingChanges;
import id.kinerjaflow.appraisal.ui.RatingBadge;
import id.kinerjaflow.appraisal.ui.RatingChangeList;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.rating.Expectation;
import id.kinerjaflow.rating.PerformanceRating;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** What the result and appeal forms share: the result as the employee received it, quoted texts, the text areas. */
final class AppealParts {

    private AppealParts() {
    }

    /**
     * The result: the performance rating that stands now as a large badge, the results and
     * behaviour ratings, the rating before and after calibration, and when the board changed it,
     * each change with the board's reason, who and when.
     */
    static Component result(Appraisal a, List<RatingChanges.Change> changes) {
        Span label = new Span(t("appealForm.rating"));
        label.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.FontWeight.SEMIBOLD);
        Span badge = RatingBadge.prominent(a.currentRating());
        badge.setId("current-rating");
        FlexLayout facts = new FlexLayout(
                FormKit.fact(t("appealForm.resultsRating"), expectation(a.getResultsRating())),
                FormKit.fact(t("appealForm.behaviourRating"), expectation(a.getBehaviourRating())),
                FormKit.fact(t("appealForm.originalRating"), rating(a.getOriginalRating())),
                FormKit.fact(t("appealForm.calibratedRating"), rating(a.getCalibratedRating())));
        facts.setId("result-facts");
        facts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        facts.addClassNames(LumoUtility.Gap.Column.XLARGE, LumoUtility.Gap.Row.SMALL);
        Div box = new Div(label, new Div(badge), facts);
        box.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL,
                LumoUtility.AlignItems.START);
        if (a.getOriginalRating() != null && a.getCalibratedRating() != null
                && a.getOriginalRating() != a.getCalibratedRating()) {
            box.add(FormKit.hint(t("appealForm.calibrationChanged")));
        }
        box.add(new RatingChangeList(changes));
        return box;
    }

    /** A longer text someone wrote, under a small label, line breaks kept. */
    static Component quote(String id, String label, String text) {
        Span l = new Span(label);
        l.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        Paragraph p = new Paragraph(text == null || text.isBlank() ? "\u2014" : text);
        p.setId(id);
        p.addClassNames(LumoUtility.Margin.Top.XSMALL, LumoUtility.Margin.Bottom.NONE, LumoUtility.Whitespace.PRE_LINE);
        return new Div(l, p);
    }

    /** A text area for reasons or an explanation, as long as the service accepts. */
    static TextArea textArea(String id, String label) {
        TextArea area = new TextArea(label);
        area.setId(id);
        area.setWidthFull();
        area.setMinHeight("8rem");
        area.setMaxLength(AppealService.TEXT_MAX);
        area.setHelperText(t("appealForm.textHelp", AppealService.TEXT_MAX));
        return area;
    }

    /** Binds a text area: required (with the service's own message) and not longer than the service takes. */
    static <B> Binder.Binding<B, String> bindText(Binder<B> binder, TextArea area, String requiredKey,
                                                   com.vaadin.flow.function.ValueProvider<B, String> getter,
                                                   com.vaadin.flow.data.binder.Setter<B, String> setter) {
        return binder.forField(area)
                .asRequired(t(requiredKey))
                .withValidator(v -> v == null || v.length() <= AppealService.TEXT_MAX,
                        t("field.TOO_LONG", AppealService.TEXT_MAX))
                .bind(getter, setter);
    }

    static String expectation(Expectation e) {
        return e == null ? null : t("expectation." + e.name());
    }

    static String rating(PerformanceRating r) {
        return r == null ? null : t("performanceRating." + r.name());
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
