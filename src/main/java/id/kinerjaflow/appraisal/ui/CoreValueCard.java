package id.kinerjaflow.appraisal.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.feedback.PeerFeedback;
import id.kinerjaflow.rating.CoreValue;
import id.kinerjaflow.rating.Expectation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * One core value (BerAKHLAK) as the appraiser rates it: the employee's reflection, what the peers
 * who answered said, and the rating. The form binds {@link #rating}.
 */
class CoreValueCard extends Div {

    final Select<Expectation> rating;

    CoreValueCard(CoreValue value, String reflection, List<PeerFeedback> peers) {
        FormKit.card(this);
        setId("value-" + value.name());
        Span name = new Span(getTranslation("coreValue." + value.name()));
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        rating = ExpectationChoice.select("value-rating-" + value.name(),
                getTranslation("supervisorReview.valueRating", getTranslation("coreValue." + value.name())));
        add(name, FormKit.quote(getTranslation("supervisorReview.reflection"), reflection),
                FormKit.quote(getTranslation("supervisorReview.peerRatings"), peerSummary(value, peers)), rating);
    }

    /** What the peers who answered said about the value, e.g. "Di Atas Ekspektasi: 2 · Sesuai Ekspektasi: 1". */
    private String peerSummary(CoreValue value, List<PeerFeedback> peers) {
        Map<Expectation, Long> counts = peers.stream().filter(p -> p.getStatus() == PeerFeedback.Status.GIVEN)
                .map(p -> p.getRatings().get(value)).filter(r -> r != null)
                .collect(Collectors.groupingBy(r -> r, () -> new EnumMap<>(Expectation.class), Collectors.counting()));
        if (counts.isEmpty()) {
            return getTranslation("supervisorReview.peerRatings.none");
        }
        return counts.entrySet().stream()
                .map(c -> ExpectationChoice.label(c.getKey()) + ": " + c.getValue())
                .collect(Collectors.joining(" \u00b7 "));
    }
}
