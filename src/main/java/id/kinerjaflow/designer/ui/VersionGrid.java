package id.kinerjaflow.designer.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;

import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.designer.DesignerService;
import id.kinerjaflow.designer.DesignerService.Definition;
import id.kinerjaflow.designer.DesignerService.VersionInfo;
import id.kinerjaflow.designer.DraftKind;
import id.kinerjaflow.designer.ModelVersion;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * The deployed versions of one process or decision: which is current, how many appraisals run on
 * each, who deployed it and when; each opens in the editor, downloads as a file, and (an older one)
 * compares with the current or moves its running appraisals to it.
 */
class VersionGrid extends Grid<VersionInfo> {

    private final DesignerService designer;
    private final Consumer<ModelVersion> open;
    private final Consumer<ModelVersion> compare;
    private Definition definition;

    VersionGrid(DesignerService designer, Consumer<ModelVersion> open, Consumer<ModelVersion> compare) {
        this.designer = designer;
        this.open = open;
        this.compare = compare;
        setId("designer-versions");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(v -> "v" + v.version().version() + (isCurrent(v) ? " (" + getTranslation("designer.current") + ")" : ""))
                .setHeader(getTranslation("designer.col.version")).setAutoWidth(true).setFlexGrow(0);
        addColumn(v -> v.version().kind() == DraftKind.BPMN ? Long.toString(v.version().running()) : "")
                .setHeader(getTranslation("designer.col.running")).setAutoWidth(true).setFlexGrow(0);
        addColumn(VersionInfo::deployedBy).setHeader(getTranslation("designer.col.deployedBy")).setAutoWidth(true);
        addColumn(v -> FormKit.dateTime(v.version().deployedAt())).setHeader(getTranslation("designer.col.deployedAt"))
                .setAutoWidth(true);
        addComponentColumn(this::actions).setFlexGrow(1);
        setAllRowsVisible(true);
    }

    /** Shows the versions of a definition. */
    void show(Definition definition) {
        this.definition = definition;
        setItems(definition.versions());
    }

    private boolean isCurrent(VersionInfo v) {
        return definition != null && definition.current().version().definitionId().equals(v.version().definitionId());
    }

    private Component actions(VersionInfo v) {
        ModelVersion version = v.version();
        String id = version.definitionId().replace(':', '-');
        Button openButton = button("designer.open", VaadinIcon.EDIT, "open-" + id, () -> open.accept(version));
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(designer.xml(version.definitionId()).getBytes(StandardCharsets.UTF_8)),
                DesignerService.fileName(version), "application/xml", -1)), getTranslation("designer.download"));
        download.setId("download-" + id);
        download.getElement().setAttribute("download", true);
        HorizontalLayout actions = new HorizontalLayout(openButton, download);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (!isCurrent(v)) {
            actions.add(button("designer.compare", VaadinIcon.EXCHANGE, "compare-" + id, () -> compare.accept(version)));
            if (version.kind() == DraftKind.BPMN && version.running() > 0) {
                String to = definition.current().version().definitionId();
                actions.add(button("designer.migrate", VaadinIcon.ARROW_FORWARD, "migrate-" + id,
                        () -> UI.getCurrent().navigate("desainer/migrasi", QueryParameters.simple(Map.of(
                                "process", version.key(), "from", version.definitionId(), "to", to)))));
            }
        }
        return actions;
    }

    private Button button(String key, VaadinIcon icon, String id, Runnable action) {
        Button b = new Button(getTranslation(key), icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        b.setId(id);
        return b;
    }
}
