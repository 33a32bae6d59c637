package id.kinerjaflow.calibration.ui;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.calibration.CalibrationChange;
import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.security.UserDirectory;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The history of a unit's rating changes, oldest first: when and by whom, whose rating from what to
 * what, and why. {@link #empty} says there is none yet; the caller places it beside the history.
 */
class ChangeHistory extends Div {

    final Span empty = FormKit.hint("");
    private final CurveText words;
    private final UserDirectory users;
    /** Display names of the people named, read once per person. */
    private final Map<String, String> names = new HashMap<>();

    ChangeHistory(CurveText words, UserDirectory users) {
        this.words = words;
        this.users = users;
        setId("change-history");
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        empty.setId("no-changes");
        empty.setText(getTranslation("calibrationForm.noChanges"));
    }

    void show(List<CalibrationChange> changes, Map<Long, Appraisal> byId) {
        Set<String> people = new LinkedHashSet<>();
        changes.forEach(c -> people.add(c.getChangedBy()));
        learnNames(people);
        removeAll();
        changes.forEach(c -> add(entry(c, byId.get(c.getAppraisalId()))));
        setVisible(!changes.isEmpty());
        empty.setVisible(changes.isEmpty());
    }

    /** Reads the display names of these user names that are not known yet, in one query. */
    void learnNames(Collection<String> usernames) {
        Set<String> unknown = new LinkedHashSet<>(usernames);
        unknown.remove(null);
        unknown.remove(CalibrationChange.SYSTEM);
        unknown.removeAll(names.keySet());
        if (!unknown.isEmpty()) {
            for (AppUser u : users.find(unknown)) {
                names.put(u.username(), u.displayName() == null ? u.username() : u.displayName());
            }
        }
    }

    /** The display name of a user (learnt before), or the rule that made a change itself. */
    String who(String username) {
        if (CalibrationChange.SYSTEM.equals(username)) {
            return getTranslation("actor.system");
        }
        return FormKit.actor(names.getOrDefault(username, username));
    }

    private Div entry(CalibrationChange c, Appraisal a) {
        Span when = new Span(FormKit.dateTime(c.getChangedAt()) + " \u00b7 " + who(c.getChangedBy()));
        when.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        Span whose = new Span((a == null ? "" : a.getEmployee().getName() + ": ")
                + words.rating(c.getFromRating()) + " \u2192 " + words.rating(c.getToRating()));
        whose.addClassNames(LumoUtility.FontWeight.MEDIUM);
        Span why = new Span(c.getReason());
        why.addClassNames(LumoUtility.FontSize.SMALL);
        why.getStyle().set("white-space", "pre-line");
        Div entry = new Div(new Div(when), new Div(whose), new Div(why));
        entry.setId("change-entry-" + c.getId());
        entry.addClassNames(LumoUtility.Border.LEFT, LumoUtility.BorderColor.PRIMARY_50, LumoUtility.Padding.Start.SMALL);
        entry.getStyle().set("border-left-width", "3px");
        return entry;
    }
}
