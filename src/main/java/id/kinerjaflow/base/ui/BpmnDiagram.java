package id.kinerjaflow.base.ui;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * A BPMN diagram drawn in the browser by bpmn-js (bpmn.io) through our web component
 * {@code <kf-bpmn>} ({@code src/main/frontend/kf-bpmn.js}).
 * <ul>
 * <li>{@link Mode#VIEW}: pan and zoom, nothing editable; the auditor's path diagram marks steps
 * with {@link #setMarkers} and counts with {@link #setBadges}.</li>
 * <li>{@link Mode#EDIT}: the modeler with the Camunda 7 properties panel, for HR's designer.
 * {@link #requestSave()} asks the browser for the edited XML, which arrives as a {@link SaveEvent}.
 * What the browser sends is untrusted input: check it on the server before using it.</li>
 * </ul>
 * The browser's answers are DOM events ({@code kf-save}, {@code kf-element-click}, {@code kf-dirty},
 * {@code kf-error}), so a view test can fire them without a browser.
 */
@Tag("kf-bpmn")
@NpmPackage(value = "bpmn-js", version = BpmnDiagram.BPMN_JS)
@NpmPackage(value = "diagram-js", version = "15.28.1")
@NpmPackage(value = "bpmn-js-properties-panel", version = "5.65.3")
@NpmPackage(value = "@bpmn-io/properties-panel", version = "3.55.0")
@NpmPackage(value = "camunda-bpmn-moddle", version = "7.0.1")
@NpmPackage(value = "camunda-bpmn-js-behaviors", version = "1.18.0")
@NpmPackage(value = "zeebe-bpmn-moddle", version = "2.0.0")
@JsModule("./kf-bpmn.js")
public class BpmnDiagram extends Component implements HasSize {

    static final String BPMN_JS = "18.31.1";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How the diagram may be used. */
    public enum Mode {
        VIEW, EDIT
    }

    /** How an element is drawn besides its normal look; one element may carry several. */
    public enum Marker {
        /** A step the instance has passed. */
        DONE,
        /** A step the instance waits at now. */
        CURRENT,
        /** An element a check found a problem with. */
        PROBLEM,
        /** The element the user picked. */
        SELECTED,
        /** Added, removed or changed between two versions. */
        ADDED, REMOVED, CHANGED;

        String css() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Mode mode;
    private String xml;
    private Map<String, Set<Marker>> markers = Map.of();
    private Map<String, String> badges = Map.of();

    public BpmnDiagram(Mode mode) {
        this.mode = mode;
        getElement().setAttribute("mode", mode == Mode.EDIT ? "edit" : "view");
        for (String zoom : List.of("zoom-in", "zoom-out", "fit")) {
            getElement().setAttribute("data-label-" + zoom, getTranslation("diagram." + zoom));
        }
        setWidthFull();
        setHeight(mode == Mode.EDIT ? "36rem" : "26rem");
    }

    public Mode mode() {
        return mode;
    }

    /** Draws this diagram; markers and badges already set are drawn again on it. */
    public void setXml(String xml) {
        this.xml = xml;
        getElement().setProperty("xml", xml == null ? "" : xml);
    }

    /** The XML last set by the server (not what the user edited since; see {@link #requestSave()}). */
    public String getXml() {
        return xml;
    }

    /** Replaces every marker: element id to its markers. Unknown ids are ignored by the browser. */
    public void setMarkers(Map<String, Set<Marker>> markers) {
        Map<String, Set<Marker>> copy = new TreeMap<>();
        markers.forEach((id, set) -> {
            if (!set.isEmpty()) {
                copy.put(id, EnumSet.copyOf(set));
            }
        });
        this.markers = copy;
        Map<String, List<String>> json = new LinkedHashMap<>();
        copy.forEach((id, set) -> json.put(id, set.stream().map(Marker::css).collect(Collectors.toList())));
        getElement().setProperty("markers", toJson(json));
    }

    public Map<String, Set<Marker>> getMarkers() {
        return markers;
    }

    /** Replaces every badge: element id to a short text drawn at its top right, such as "×3". */
    public void setBadges(Map<String, String> badges) {
        this.badges = Map.copyOf(badges);
        getElement().setProperty("badges", toJson(new TreeMap<>(badges)));
    }

    public Map<String, String> getBadges() {
        return badges;
    }

    /** Asks the browser for the current XML; it arrives as a {@link SaveEvent}. */
    public void requestSave() {
        if (mode != Mode.EDIT) {
            throw new IllegalStateException("Only an editable diagram can be saved");
        }
        getElement().callJsFunction("requestSave");
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addElementClickListener(ComponentEventListener<ElementClickEvent> listener) {
        return addListener(ElementClickEvent.class, listener);
    }

    /** The first change the user makes after the diagram was set or saved. */
    public Registration addDirtyListener(ComponentEventListener<DirtyEvent> listener) {
        return addListener(DirtyEvent.class, listener);
    }

    /** The browser could not draw the XML (bpmn-js's message). */
    public Registration addErrorListener(ComponentEventListener<ErrorEvent> listener) {
        return addListener(ErrorEvent.class, listener);
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @DomEvent("kf-save")
    public static class SaveEvent extends ComponentEvent<BpmnDiagram> {
        private final String xml;

        public SaveEvent(BpmnDiagram source, boolean fromClient, @EventData("event.detail.xml") String xml) {
            super(source, fromClient);
            this.xml = xml;
        }

        public String getXml() {
            return xml;
        }
    }

    @DomEvent("kf-element-click")
    public static class ElementClickEvent extends ComponentEvent<BpmnDiagram> {
        private final String elementId;

        public ElementClickEvent(BpmnDiagram source, boolean fromClient,
                @EventData("event.detail.id") String elementId) {
            super(source, fromClient);
            this.elementId = elementId;
        }

        public String getElementId() {
            return elementId;
        }
    }

    @DomEvent("kf-dirty")
    public static class DirtyEvent extends ComponentEvent<BpmnDiagram> {
        public DirtyEvent(BpmnDiagram source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    @DomEvent("kf-error")
    public static class ErrorEvent extends ComponentEvent<BpmnDiagram> {
        private final String message;

        public ErrorEvent(BpmnDiagram source, boolean fromClient, @EventData("event.detail.message") String message) {
            super(source, fromClient);
            this.message = message;
        }

        public String getMessage() {
            return message;
        }
    }
}
