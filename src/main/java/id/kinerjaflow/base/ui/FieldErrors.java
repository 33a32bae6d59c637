package id.kinerjaflow.base.ui;

import java.util.Map;
import java.util.Optional;

import id.kinerjaflow.base.BusinessRuleException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.BindingValidationStatus;

/**
 * Every refusal of a form points at what to fix: the field is marked invalid with its own message,
 * it gets the focus (the page scrolls to it), and one notification says to check the marked
 * fields. The same for the binders' checks before sending and for a service's refusal that is
 * about one field (a rule code mapped to the field that holds the value).
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * Checks the binders in order (each marks its own fields); if any field is invalid, moves the
     * focus to the first one and says so. True when all are valid.
     */
    public static boolean check(Binder<?>... binders) {
        boolean ok = true;
        Component first = null;
        for (Binder<?> binder : binders) {
            BinderValidationStatus<?> status = binder.validate();
            if (!status.isOk()) {
                ok = false;
                if (first == null) {
                    first = firstInvalid(status).orElse(null);
                }
            }
        }
        if (!ok) {
            refuse(first);
        }
        return ok;
    }

    /** {@link #check} and, when valid, writes the fields into the bean. */
    public static <B> boolean write(Binder<B> binder, B bean) {
        return check(binder) && binder.writeBeanIfValid(bean);
    }

    /** Marks the field invalid with the message, focuses it and says to check the marked fields. */
    public static void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        refuse(field instanceof Component c ? c : null);
    }

    /**
     * Runs a service call; when a rule refuses it with one of the given codes, the refusal is shown
     * on that field (in the user's language) rather than only in a notification. Other refusals
     * are shown as {@link FormKit#attempt} shows them. True when the call went through.
     */
    public static boolean attempt(Runnable action, Map<String, ? extends HasValidation> fieldsByCode) {
        try {
            action.run();
            Notifications.clearErrors();
            return true;
        } catch (BusinessRuleException e) {
            HasValidation field = fieldsByCode.get(e.code());
            if (field == null) {
                Notifications.error(FormKit.text(e));
            } else {
                mark(field, FormKit.text(e));
            }
            return false;
        }
    }

    private static void refuse(Component field) {
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
        UI ui = UI.getCurrent();
        Notifications.error(ui == null ? "" : ui.getTranslation("form.fixErrors"));
    }

    private static Optional<Component> firstInvalid(BinderValidationStatus<?> status) {
        return status.getFieldValidationErrors().stream()
                .map(BindingValidationStatus::getField)
                .filter(Component.class::isInstance)
                .map(f -> (Component) f)
                .findFirst();
    }
}
