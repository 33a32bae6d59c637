package id.kinerjaflow.base.ui;

import id.kinerjaflow.base.OrganisationZone;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.base.Messages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The building blocks every task form shares, so that all forms look and behave alike: titled
 * sections, the action bar (save draft on the left, the decisions on the right), and one way to
 * run an action that a business rule may refuse.
 */
public final class FormKit {

    /**
     * The user name recorded for what the app did by itself (start-up, timers, rules); the same
     * name {@code SystemAuthentication} runs that work under.
     */
    public static final String SYSTEM_ACTOR = "system";

    private FormKit() {
    }

    /**
     * Who did something, as people read it: the app itself is "sistem KinerjaFlow (otomatis)" in
     * the user's language, never its technical user name; anyone else as given (a display name).
     */
    public static String actor(String shown) {
        if (SYSTEM_ACTOR.equals(shown)) {
            UI ui = UI.getCurrent();
            return Messages.translate("actor.system", ui == null ? Messages.INDONESIAN : ui.getLocale());
        }
        return shown;
    }

    /** A titled card holding a part of a form. */
    public static Div section(String title, Component... content) {
        Div card = new Div();
        card.addClassNames("kf-section", LumoUtility.Background.BASE, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Padding.MEDIUM, LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10,
                LumoUtility.BoxSizing.BORDER);
        card.setWidthFull();
        if (title != null) {
            H3 h = new H3(title);
            h.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Top.NONE, LumoUtility.Margin.Bottom.SMALL);
            card.add(h);
        }
        card.add(content);
        return card;
    }

    /** A bordered card inside a section: one RHK, one core value, one peer's feedback. */
    public static Div card() {
        return card(new Div());
    }

    /** Makes a component a card (see {@link #card()}): for a named card class such as an RHK's. */
    public static <C extends HasStyle> C card(C card) {
        card.addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        return card;
    }

    /** Cards (or other parts) one below the other. */
    public static Div column() {
        Div d = new Div();
        d.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        return d;
    }

    /** Facts side by side, wrapping onto the next line on a phone. */
    public static FlexLayout facts(Component... facts) {
        FlexLayout f = new FlexLayout(facts);
        f.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        f.addClassNames(LumoUtility.Gap.Column.LARGE, LumoUtility.Gap.Row.XSMALL);
        return f;
    }

    /** Parts on one line on their text's baseline (a field and its suggestion), wrapping on a phone. */
    public static FlexLayout line(Component... parts) {
        FlexLayout f = new FlexLayout(parts);
        f.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        f.setAlignItems(FlexComponent.Alignment.BASELINE);
        f.addClassNames(LumoUtility.Gap.MEDIUM);
        return f;
    }

    /** A longer text someone wrote, under a small label, its line breaks kept; a dash when empty. */
    public static Div quote(String label, String text) {
        Span l = new Span(label);
        l.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        Paragraph p = new Paragraph(text == null || text.isBlank() ? "\u2014" : text);
        p.addClassNames(LumoUtility.Margin.NONE, LumoUtility.Whitespace.PRE_LINE, LumoUtility.FontSize.SMALL);
        return new Div(l, p);
    }

    /** A line of quiet help text. */
    public static Span hint(String text) {
        Span s = new Span(text);
        s.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        return s;
    }

    /** A label and its value, for read-only facts. */
    public static Div fact(String label, String value) {
        Span l = new Span(label);
        l.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        Span v = new Span(value == null || value.isBlank() ? "\u2014" : value);
        v.addClassNames(LumoUtility.FontWeight.MEDIUM);
        Div d = new Div(l, new Div(v));
        d.addClassName("kf-fact");
        return d;
    }

    /** The primary action of a form. */
    public static Button primary(String text, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        b.setDisableOnClick(true);
        b.addClickListener(e -> b.setEnabled(true));
        return b;
    }

    /** A secondary action (save draft, cancel). */
    public static Button secondary(String text, Runnable action) {
        Button b = new Button(text, e -> action.run());
        return b;
    }

    /**
     * The bar at the bottom of a form: a status text on the left (e.g. "draft saved at 10.42") and
     * the buttons on the right; wraps on a phone.
     */
    public static HorizontalLayout actions(Span status, Component... buttons) {
        Div spacer = new Div();
        HorizontalLayout bar = new HorizontalLayout();
        bar.addClassNames("kf-actions", LumoUtility.FlexWrap.WRAP, LumoUtility.Padding.Vertical.SMALL);
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (status != null) {
            status.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            bar.add(status);
        }
        bar.add(spacer);
        bar.setFlexGrow(1, spacer);
        bar.add(buttons);
        return bar;
    }

    /**
     * Runs an action; if a business rule refuses it, shows why (in the user's language) and returns
     * false. Nothing was changed in that case: the services are transactional. When it went
     * through, the errors still on screen are closed: they are about something the user has now done.
     */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            Notifications.clearErrors();
            return true;
        } catch (BusinessRuleException e) {
            Notifications.error(text(e));
            return false;
        }
    }

    /** The refusal in the current user's language. */
    public static String text(BusinessRuleException e) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Messages.INDONESIAN : ui.getLocale();
        return Messages.translate(e.code(), locale, e.args().toArray());
    }

    /** A date and time in the user's language and the organisation's zone, e.g. "23 Nov 2026 10.42 WITA". */
    public static String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale())
                .format(instant.atZone(OrganisationZone.current())) + " " + OrganisationZone.currentChoice().name();
    }

    /** A date in the user's language, e.g. "23 Nov 2026". */
    public static String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(instant.atZone(OrganisationZone.current()));
    }

    /** A time of day in the organisation's zone, e.g. "10.42". */
    public static String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale())
                .format(instant.atZone(OrganisationZone.current()));
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return Messages.supported(ui == null ? null : ui.getLocale());
    }
}
