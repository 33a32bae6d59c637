package id.kinerjaflow.designer.ui;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import id.kinerjaflow.base.ModelNames;
import id.kinerjaflow.base.ui.BpmnDiagram;
import id.kinerjaflow.base.ui.BpmnDiagram.Marker;
import id.kinerjaflow.base.ui.Notifications;
import id.kinerjaflow.designer.ModelDiff;
import id.kinerjaflow.designer.ModelFiles;
import id.kinerjaflow.designer.Problem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;

/**
 * What the designer says about the open model under the editor: the check's problems (each step by
 * its label, a click selects it in the diagram) and the changes against another version (added,
 * removed and changed steps marked in the diagram).
 */
class ModelReport extends Div {

    final Grid<Problem> problems = new Grid<>();
    final Grid<ModelDiff.Change> changes = new Grid<>();
    /** The open diagram, when the open model is a process. */
    private final Supplier<BpmnDiagram> diagram;
    /** Element id to label of the open model, for the problem list. */
    private Map<String, String> labels = Map.of();
    private Map<String, Set<Marker>> changeMarkers = Map.of();

    ModelReport(Supplier<BpmnDiagram> diagram) {
        this.diagram = diagram;
        setWidthFull();
        problems.setId("designer-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // the step by its label, as HR sees it in the editor; the id only where it has no label
        problems.addColumn(p -> p.elementId() == null ? getTranslation("designer.problem.wholeFile")
                        : ModelNames.step(p.elementId(), labels.get(p.elementId()), getLocale()))
                .setHeader(getTranslation("designer.col.element")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> getTranslation(p.code(), p.args().toArray())).setHeader(getTranslation("designer.problems"))
                .setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));

        changes.setId("designer-changes");
        changes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.addColumn(c -> getTranslation("designer.change." + c.kind())).setHeader(getTranslation("designer.changes"))
                .setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(c -> ModelNames.step(c.elementId(), c.name(), getLocale()) + " (" + c.elementId() + ")")
                .setHeader(getTranslation("designer.col.element")).setFlexGrow(1);
        changes.addColumn(c -> c.type()).setHeader(getTranslation("designer.col.kind")).setAutoWidth(true);
        changes.addColumn(c -> String.join(", ", c.details())).setFlexGrow(1);
        changes.setAllRowsVisible(true);
        add(problems, changes);
        clear();
    }

    /** Nothing to report: a model was just opened. */
    void clear() {
        problems.setItems(List.of());
        problems.setVisible(false);
        changes.setVisible(false);
        changeMarkers = Map.of();
    }

    /** The check's problems of the model given, marked in its diagram. */
    void showProblems(String xml, List<Problem> found) {
        labels = ModelFiles.labels(xml == null ? "" : xml);
        problems.setItems(found);
        problems.setVisible(!found.isEmpty());
        Map<String, Set<Marker>> markers = new HashMap<>();
        for (Problem p : found) {
            if (p.elementId() != null) {
                markers.computeIfAbsent(p.elementId(), k -> EnumSet.noneOf(Marker.class)).add(Marker.PROBLEM);
            }
        }
        mark(markers);
    }

    /** A click on a problem selects its element in the diagram. */
    private void select(Problem p) {
        BpmnDiagram bpmn = diagram.get();
        if (bpmn == null) {
            return;
        }
        Map<String, Set<Marker>> markers = new HashMap<>(bpmn.getMarkers());
        markers.replaceAll((id, set) -> {
            EnumSet<Marker> copy = set.isEmpty() ? EnumSet.noneOf(Marker.class) : EnumSet.copyOf(set);
            copy.remove(Marker.SELECTED);
            return copy;
        });
        if (p != null && p.elementId() != null) {
            markers.computeIfAbsent(p.elementId(), k -> EnumSet.noneOf(Marker.class)).add(Marker.SELECTED);
        }
        bpmn.setMarkers(markers);
    }

    /** The changes against another version, marked in the diagram. */
    void showChanges(List<ModelDiff.Change> found) {
        changes.setItems(found);
        changes.setVisible(true);
        if (found.isEmpty()) {
            Notifications.success(getTranslation("designer.noChanges"));
        }
        Map<String, Set<Marker>> markers = new HashMap<>();
        for (ModelDiff.Change c : found) {
            Marker m = switch (c.kind()) {
                case ADDED -> Marker.ADDED;
                case REMOVED -> Marker.REMOVED;
                case CHANGED -> Marker.CHANGED;
            };
            markers.computeIfAbsent(c.elementId(), k -> EnumSet.noneOf(Marker.class)).add(m);
        }
        changeMarkers = markers;
        mark(markers);
    }

    Map<String, Set<Marker>> changeMarkers() {
        return changeMarkers;
    }

    private void mark(Map<String, Set<Marker>> markers) {
        BpmnDiagram bpmn = diagram.get();
        if (bpmn != null) {
            bpmn.setMarkers(markers);
        }
    }
}
