package id.kinerjaflow.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page shown when opening a page fails unexpectedly (Vaadin's own shows the exception's text,
 * and in development its stack trace): a plain message and a reference number; the stack trace
 * goes to the log under that number only ({@link ErrorReference}). Page-not-found and
 * access-denied keep Vaadin's own, more specific, error views.
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    private String reference;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String path = event == null ? "" : event.getLocation().getPath();
        reference = ErrorReference.log(log, "Opening page '" + path + "' failed", parameter.getCaughtException());
        removeAll();
        Paragraph text = new Paragraph(getTranslation("error.page.text", reference));
        text.setId("error-text");
        add(new H1(getTranslation("error.page.title")), text, new Anchor("", getTranslation("error.page.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** The reference number shown (and logged). */
    public String reference() {
        return reference;
    }
}
