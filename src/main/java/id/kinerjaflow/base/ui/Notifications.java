package id.kinerjaflow.base.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The two kinds of notice users see: a calm confirmation, and an error that stays until it is
 * closed, the user then succeeds, or the user goes to another page: an old refusal never stands
 * next to the success that followed it, nor on a page it is not about.
 *
 * <p>Both sit at the bottom left: the top right holds the language switch and the user menu, the
 * bottom right the forms' decisions, the middle the fields an error points to.
 */
public final class Notifications {

    static final Notification.Position POSITION = Notification.Position.BOTTOM_START;

    private Notifications() {
    }

    public static Notification success(String text) {
        clearErrors();
        Notification n = Notification.show(text, 4000, POSITION);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }

    public static Notification error(String text) {
        Notification n = new Notification(text, 8000, POSITION);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.open();
        UI ui = UI.getCurrent();
        if (ui != null) {
            OpenErrors open = OpenErrors.of(ui);
            open.add(n);
            n.addOpenedChangeListener(e -> {
                if (!e.isOpened()) {
                    open.forget(n);
                }
            });
            ui.beforeClientResponse(ui, ctx -> open.fresh.clear());
        }
        return n;
    }

    /** Closes the error notifications still open: the user has done what they were about. */
    public static void clearErrors() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            OpenErrors.of(ui).closeAll(false);
        }
    }

    /**
     * The errors open in one UI. Leaving a page closes them, except those shown in the same round
     * trip as the navigation (a refusal that sends the user back to the inbox explains why they
     * landed there).
     */
    private static final class OpenErrors {
        final Set<Notification> all = new LinkedHashSet<>();
        final Set<Notification> fresh = new LinkedHashSet<>();

        static OpenErrors of(UI ui) {
            OpenErrors open = ComponentUtil.getData(ui, OpenErrors.class);
            if (open == null) {
                OpenErrors created = new OpenErrors();
                ComponentUtil.setData(ui, OpenErrors.class, created);
                ui.addAfterNavigationListener(e -> created.closeAll(true));
                open = created;
            }
            return open;
        }

        void add(Notification n) {
            all.add(n);
            fresh.add(n);
        }

        void forget(Notification n) {
            all.remove(n);
            fresh.remove(n);
        }

        void closeAll(boolean keepFresh) {
            List<Notification> closing = new ArrayList<>(all);
            if (keepFresh) {
                closing.removeAll(fresh);
            }
            closing.forEach(n -> {
                forget(n);
                n.close();
            });
        }
    }
}
