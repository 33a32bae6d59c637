package id.kinerjaflow.appraisal.ui;

import id.kinerjaflow.rating.Expectation;
import id.kinerjaflow.rating.PerformanceRating;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * Ratings as Lumo badges, so that a rating reads the same on every form: green for good, grey for
 * needs improvement, red for poor. Texts come from the {@code performanceRating.*} and
 * {@code expectation.*} keys.
 */
public final class RatingBadge {

    private RatingBadge() {
    }

    /** A large badge for the performance rating a form is about (empty text until it is known). */
    public static Span prominent() {
        Span badge = new Span();
        badge.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.SEMIBOLD,
                LumoUtility.Padding.Horizontal.MEDIUM, LumoUtility.Padding.Vertical.SMALL);
        return badge;
    }

    /** A large badge showing the rating. */
    public static Span prominent(PerformanceRating rating) {
        Span badge = prominent();
        show(badge, rating);
        return badge;
    }

    /** Shows the rating on the badge (or a dash and a neutral look when there is none). */
    public static void show(Span badge, PerformanceRating rating) {
        badge.getElement().getThemeList().clear();
        if (rating == null) {
            badge.setText("\u2014");
            badge.getElement().getThemeList().add("badge contrast");
            return;
        }
        badge.setText(badge.getTranslation("performanceRating." + rating.name()));
        badge.getElement().getThemeList().add(switch (rating) {
            case VERY_GOOD -> "badge success primary";
            case GOOD -> "badge success";
            case NEEDS_IMPROVEMENT -> "badge contrast";
            case POOR -> "badge error";
            case VERY_POOR -> "badge error primary";
        });
    }

    /** The badge theme of a rating against expectation (small), e.g. for a suggestion beside a select. */
    public static String theme(Expectation rating) {
        return rating == null ? "badge contrast small" : switch (rating) {
            case ABOVE_EXPECTATION -> "badge success small";
            case AS_EXPECTED -> "badge small";
            case BELOW_EXPECTATION -> "badge error small";
        };
    }
}
