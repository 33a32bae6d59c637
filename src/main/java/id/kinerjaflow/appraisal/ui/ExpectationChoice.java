package id.kinerjaflow.appraisal.ui;

import id.kinerjaflow.rating.Expectation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

/** The pieces of a rating against expectation that the review forms share: its select and its suggestion badge. */
final class ExpectationChoice {

    private ExpectationChoice() {
    }

    /** A select of the three levels, in the user's language. */
    static Select<Expectation> select(String id, String label) {
        Select<Expectation> select = new Select<>();
        select.setId(id);
        select.setLabel(label);
        select.setItems(Expectation.values());
        select.setItemLabelGenerator(ExpectationChoice::label);
        select.setPlaceholder(t("supervisorReview.choose"));
        select.setWidth("min(100%, 18rem)");
        return select;
    }

    /** "Saran: Sesuai Ekspektasi" in the level's colour, or the given text when there is no suggestion. */
    static Span suggestion(Expectation suggestion, String noneKey) {
        Span badge = new Span(suggestion == null ? t(noneKey) : t("supervisorReview.suggestion", label(suggestion)));
        badge.getElement().getThemeList().add(RatingBadge.theme(suggestion));
        return badge;
    }

    static String label(Expectation e) {
        return t("expectation." + e.name());
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
