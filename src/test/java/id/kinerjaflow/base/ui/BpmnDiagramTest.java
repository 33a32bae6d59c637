package id.kinerjaflow.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BpmnDiagramTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void sendsTheMarkersAndBadgesToTheBrowserAsJson() {
        BpmnDiagram diagram = new BpmnDiagram(BpmnDiagram.Mode.VIEW);
        diagram.setMarkers(Map.of("Task_B", Set.of(BpmnDiagram.Marker.CURRENT),
                "Task_A", Set.of(BpmnDiagram.Marker.DONE, BpmnDiagram.Marker.SELECTED), "Task_C", Set.of()));
        diagram.setBadges(Map.of("Task_A", "×3"));

        assertThat(diagram.getElement().getProperty("markers"))
                .isEqualTo("{\"Task_A\":[\"done\",\"selected\"],\"Task_B\":[\"current\"]}");
        assertThat(diagram.getElement().getProperty("badges")).isEqualTo("{\"Task_A\":\"×3\"}");
        assertThat(diagram.getElement().getAttribute("mode")).isEqualTo("view");
    }

    @Test
    void reportsTheBrowsersSaveAndClicks() {
        BpmnDiagram diagram = new BpmnDiagram(BpmnDiagram.Mode.EDIT);
        UI.getCurrent().add(diagram);
        List<String> saved = new ArrayList<>();
        List<String> clicked = new ArrayList<>();
        diagram.addSaveListener(event -> saved.add(event.getXml()));
        diagram.addElementClickListener(event -> clicked.add(event.getElementId()));

        DiagramEvents.save(diagram, "<definitions/>");
        DiagramEvents.click(diagram, "Task_A");

        assertThat(saved).containsExactly("<definitions/>");
        assertThat(clicked).containsExactly("Task_A");
    }

    @Test
    void aViewerCannotBeSaved() {
        assertThatThrownBy(() -> new BpmnDiagram(BpmnDiagram.Mode.VIEW).requestSave())
                .isInstanceOf(IllegalStateException.class);
    }
}
