package id.kinerjaflow.appraisal.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import id.kinerjaflow.appraisal.AgreementRow;
import id.kinerjaflow.appraisal.AppraisalService.EvidenceFile;
import id.kinerjaflow.appraisal.Indicator;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.rating.Expectation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * One RHK as the appraiser rates it: its kind and text, the RHK it cascades from, per indicator
 * the aspect, target, actual, achievement and evidence, then the rating with the decision table's
 * suggestion beside it. The form binds {@link #rating}.
 */
class RhkRowCard extends Div {

    final Select<Expectation> rating;
    final Span suggestion;

    /** {@code evidence} makes the links of an indicator's files (the form knows how to download them). */
    RhkRowCard(AgreementRow row, Expectation suggested, Map<Long, List<EvidenceFile>> files,
               Function<List<EvidenceFile>, Component> evidence, NumberFormat numbers) {
        FormKit.card(this);
        setId("row-" + row.getPosition());
        Span kind = new Span(getTranslation("supervisorReview.rowNo", row.getPosition()) + " \u00b7 "
                + getTranslation("rowKind." + row.getKind().name()));
        kind.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.FontWeight.SEMIBOLD,
                LumoUtility.TextColor.SECONDARY);
        Span description = new Span(row.getDescription());
        description.addClassNames(LumoUtility.FontWeight.MEDIUM);
        add(kind, description);
        if (row.getParentRow() != null) {
            add(FormKit.hint(getTranslation("supervisorReview.parent", row.getParentRow().getDescription())));
        }
        for (Indicator indicator : row.getIndicators()) {
            add(indicatorLine(indicator, evidence.apply(files.getOrDefault(indicator.getId(), List.of())), numbers));
        }
        rating = ExpectationChoice.select("row-rating-" + row.getPosition(),
                getTranslation("supervisorReview.rowRating", row.getPosition()));
        suggestion = ExpectationChoice.suggestion(suggested, "supervisorReview.noSuggestion");
        suggestion.setId("row-suggestion-" + row.getPosition());
        add(FormKit.line(rating, suggestion));
    }

    private Component indicatorLine(Indicator i, Component evidence, NumberFormat numbers) {
        Span name = new Span(i.getDescription());
        name.addClassNames(LumoUtility.FontSize.SMALL);
        String unit = i.getUnitLabel();
        String aspect = getTranslation("aspect." + i.getAspect().name());
        Div d = new Div(name, FormKit.facts(
                FormKit.fact(getTranslation("supervisorReview.aspect"), aspect),
                FormKit.fact(getTranslation("supervisorReview.target"), amount(i.getTargetValue(), unit, numbers)),
                FormKit.fact(getTranslation("supervisorReview.actual"), amount(i.getActualValue(), unit, numbers)),
                FormKit.fact(getTranslation("supervisorReview.achievement"),
                        i.achievement().map(a -> numbers.format(a) + " %").orElse(null)),
                evidence));
        d.addClassNames(LumoUtility.Padding.Left.SMALL, LumoUtility.Border.LEFT, LumoUtility.BorderColor.CONTRAST_10);
        return d;
    }

    private static String amount(BigDecimal value, String unit, NumberFormat numbers) {
        return value == null ? null : numbers.format(value) + (unit == null ? "" : " " + unit);
    }
}
