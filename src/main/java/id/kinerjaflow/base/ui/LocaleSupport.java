package id.kinerjaflow.base.ui;

import id.kinerjaflow.base.Messages;
import java.util.Arrays;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import org.springframework.stereotype.Component;

/**
 * Indonesian first, whatever the browser says; English when the user chose it. The choice lives in
 * the session and a cookie, so it survives the login and the next visit.
 */
@Component
public class LocaleSupport implements VaadinServiceInitListener {

    static final String COOKIE = "kinerjaflow-lang";
    private static final String SESSION_KEY = LocaleSupport.class.getName();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(current(e.getUI().getSession())));
    }

    static Locale current(VaadinSession session) {
        if (session != null && session.getAttribute(SESSION_KEY) instanceof Locale chosen) {
            return chosen;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getCookies() != null) {
            return Arrays.stream(request.getCookies()).filter(c -> COOKIE.equals(c.getName())).findFirst()
                    .map(c -> Messages.supported(Locale.forLanguageTag(c.getValue())))
                    .orElse(Messages.INDONESIAN);
        }
        return Messages.INDONESIAN;
    }

    /** Switches the language for this session (and the next visits) and redraws the page. */
    public static void switchTo(Locale locale) {
        Locale chosen = Messages.supported(locale);
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SESSION_KEY, chosen);
            session.setLocale(chosen);
        }
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(chosen);
            ui.getPage().reload();
        }
    }
}
