package id.kinerjaflow.appraisal.ui;

import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.feedback.PeerFeedback;
import id.kinerjaflow.rating.CoreValue;
import id.kinerjaflow.rating.Expectation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * One nominated peer's feedback as the appraiser reads it: who, whether and when they answered,
 * their ratings and comment.
 */
class PeerFeedbackCard extends Div {

    PeerFeedbackCard(PeerFeedback p) {
        FormKit.card(this);
        setId("peer-" + p.getId());
        Span name = new Span(p.getPeer().getName());
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Span state = switch (p.getStatus()) {
            case GIVEN -> FormKit.hint(getTranslation("supervisorReview.peer.given", FormKit.date(p.getGivenAt())));
            case NOT_GIVEN -> FormKit.hint(getTranslation("supervisorReview.peer.notGiven"));
            case REQUESTED -> FormKit.hint(getTranslation("supervisorReview.peer.requested"));
        };
        add(FormKit.line(name, state));
        if (p.getStatus() == PeerFeedback.Status.GIVEN) {
            FlexLayout ratings = FormKit.facts();
            for (CoreValue value : CoreValue.values()) {
                Expectation r = p.getRatings().get(value);
                ratings.add(FormKit.fact(getTranslation("coreValue." + value.name()),
                        r == null ? null : ExpectationChoice.label(r)));
            }
            add(ratings, FormKit.quote(getTranslation("supervisorReview.peer.comment"), p.getComment()));
        }
    }
}
