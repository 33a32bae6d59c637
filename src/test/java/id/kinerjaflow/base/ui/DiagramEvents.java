package id.kinerjaflow.base.ui;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import elemental.json.JsonObject;

/**
 * What the browser sends from {@code <kf-bpmn>} and {@code <kf-dmn>}, for view tests that run
 * without a browser (Karibu): the same DOM events with the same data.
 */
public final class DiagramEvents {

    private DiagramEvents() {
    }

    /** The browser's answer to {@code requestSave()}: the edited XML. */
    public static void save(Component diagram, String xml) {
        JsonObject data = Json.createObject();
        data.put("event.detail.xml", xml);
        fire(diagram, "kf-save", data);
    }

    /** A click on an element of the diagram. */
    public static void click(Component diagram, String elementId) {
        JsonObject data = Json.createObject();
        data.put("event.detail.id", elementId);
        fire(diagram, "kf-element-click", data);
    }

    /** The first change the user made. */
    public static void dirty(Component diagram) {
        fire(diagram, "kf-dirty", Json.createObject());
    }

    private static void fire(Component diagram, String type, JsonObject data) {
        ElementUtilsKt._fireDomEvent(diagram.getElement(), new DomEvent(diagram.getElement(), type, data));
    }
}
