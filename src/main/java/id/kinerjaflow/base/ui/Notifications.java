package id.kinerjaflow.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The two kinds of notice users see: a calm confirmation, and an error that stays until closed. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String text) {
        // top, not bottom: at the bottom it covered the buttons of the forms' action bar
        Notification n = Notification.show(text, 4000, Notification.Position.TOP_END);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }

    public static Notification error(String text) {
        // top, not middle: in the middle it covered the form fields and the errors it points to
        Notification n = new Notification(text, 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.open();
        return n;
    }
}
