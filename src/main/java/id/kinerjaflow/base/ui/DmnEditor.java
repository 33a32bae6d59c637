package id.kinerjaflow.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * A DMN decision edited in the browser by dmn-js (bpmn.io) through our web component
 * {@code <kf-dmn>} ({@code src/main/frontend/kf-dmn.js}): the decision table opens first, the
 * decision requirements diagram is one tab away. {@link #requestSave()} asks the browser for the
 * edited XML, which arrives as a {@link SaveEvent}; check it on the server before using it.
 * Read-only must be chosen before the editor is shown (dmn-js's viewer is another program).
 */
@Tag("kf-dmn")
@NpmPackage(value = "dmn-js", version = "17.10.2")
@NpmPackage(value = "camunda-dmn-moddle", version = "1.3.1")
@JsModule("./kf-dmn.js")
public class DmnEditor extends Component implements HasSize {

    private String xml;

    public DmnEditor() {
        setWidthFull();
        setHeight("32rem");
    }

    public void setXml(String xml) {
        this.xml = xml;
        getElement().setProperty("xml", xml == null ? "" : xml);
    }

    /** The XML last set by the server (not what the user edited since; see {@link #requestSave()}). */
    public String getXml() {
        return xml;
    }

    public void setReadOnly(boolean readOnly) {
        if (isAttached()) {
            throw new IllegalStateException("Choose read-only before the editor is shown");
        }
        getElement().setAttribute("readonly", readOnly);
    }

    public boolean isReadOnly() {
        return getElement().hasAttribute("readonly");
    }

    /** Asks the browser for the current XML; it arrives as a {@link SaveEvent}. */
    public void requestSave() {
        if (isReadOnly()) {
            throw new IllegalStateException("A read-only decision cannot be saved");
        }
        getElement().callJsFunction("requestSave");
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addDirtyListener(ComponentEventListener<DirtyEvent> listener) {
        return addListener(DirtyEvent.class, listener);
    }

    public Registration addErrorListener(ComponentEventListener<ErrorEvent> listener) {
        return addListener(ErrorEvent.class, listener);
    }

    @DomEvent("kf-save")
    public static class SaveEvent extends ComponentEvent<DmnEditor> {
        private final String xml;

        public SaveEvent(DmnEditor source, boolean fromClient, @EventData("event.detail.xml") String xml) {
            super(source, fromClient);
            this.xml = xml;
        }

        public String getXml() {
            return xml;
        }
    }

    @DomEvent("kf-dirty")
    public static class DirtyEvent extends ComponentEvent<DmnEditor> {
        public DirtyEvent(DmnEditor source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    @DomEvent("kf-error")
    public static class ErrorEvent extends ComponentEvent<DmnEditor> {
        private final String message;

        public ErrorEvent(DmnEditor source, boolean fromClient, @EventData("event.detail.message") String message) {
            super(source, fromClient);
            this.message = message;
        }

        public String getMessage() {
            return message;
        }
    }
}
