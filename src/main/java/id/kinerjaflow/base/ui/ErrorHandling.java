package id.kinerjaflow.base.ui;

import id.kinerjaflow.base.BusinessRuleException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * No user ever sees a stack trace: a refused action, a conflicting edit and an unexpected error
 * each get a plain message; the details go to the log (an unexpected error under the reference
 * number the user sees, {@link ErrorReference}). Errors while opening a page: {@link ErrorView}.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String key;
        BusinessRuleException refusal = cause(error, BusinessRuleException.class);
        if (refusal != null) {
            // a rule refused what the user asked: say why, in their language; nothing was changed
            UI ui = UI.getCurrent();
            if (ui != null) {
                String text = FormKit.text(refusal);
                ui.access(() -> Notifications.error(text));
            }
            return;
        }
        if (find(error, AccessDeniedException.class)) {
            key = "error.forbidden";
            log.warn("Refused: {}", error.toString());
        } else if (find(error, OptimisticLockingFailureException.class)) {
            key = "error.concurrentChange";
            log.info("Concurrent change: {}", error.toString());
        } else {
            // the user sees a reference number only; the stack trace is in the log under it
            String reference = ErrorReference.log(log, "Unexpected error in the UI", error);
            UI ui = UI.getCurrent();
            if (ui != null) {
                String text = ui.getTranslation("error.unexpected.reference", reference);
                ui.access(() -> Notifications.error(text));
            }
            return;
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            String text = ui.getTranslation(key);
            ui.access(() -> Notifications.error(text));
        }
    }

    private static boolean find(Throwable error, Class<? extends Throwable> type) {
        return cause(error, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
