package id.kinerjaflow.designer.ui;

import java.util.List;

import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.base.ui.Notifications;
import id.kinerjaflow.designer.DesignDraft;
import id.kinerjaflow.designer.DesignerService;
import id.kinerjaflow.designer.DesignerService.Definition;
import id.kinerjaflow.designer.DraftKind;
import id.kinerjaflow.designer.ModelVersion;
import id.kinerjaflow.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;

/**
 * HR's designer: every process and decision with its versions (which is current, how many
 * appraisals run on each, who deployed it and when) and drafts; a version or draft opens in the
 * browser editor (bpmn-js with the Camunda properties panel, dmn-js); a draft is saved, checked
 * (each problem in words, a click highlights its element), approved by a second person, deployed,
 * and compared with the version it is based on. Files from Camunda Modeler are uploaded here, and
 * any version downloaded. Migration of running instances has its own view (desainer/migrasi).
 */
@Route("desainer")
@RolesAllowed({Roles.HR, Roles.ADMIN})
@Menu(order = 45, icon = "vaadin:file-process", title = "nav.designer")
public class DesignerView extends VerticalLayout implements HasDynamicTitle {

    private final DesignerService designer;

    final Grid<Definition> definitions = new Grid<>();
    final VersionGrid versions;
    final DraftGrid drafts = new DraftGrid();
    final Upload upload;
    final Div detail = new Div();
    final Span noDrafts = new Span();
    final DraftEditor editor;

    private Definition selected;

    DesignerView(DesignerService designer) {
        this.designer = designer;
        this.editor = new DraftEditor(designer, versionsChanged -> {
            if (versionsChanged) {
                refreshDefinitions();
            }
            refreshLists();
        });
        this.versions = new VersionGrid(designer, editor::openVersion, this::compareVersions);
        setPadding(true);
        setWidthFull();
        addClassName("kf-designer");
        H2 title = new H2(getTranslation("designer.title"));
        title.addClassNames(LumoUtility.Margin.Vertical.NONE, LumoUtility.FontSize.XLARGE);

        upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> uploaded(metadata.fileName(), data));
            } else {
                uploaded(metadata.fileName(), data);
            }
        }));
        upload.setId("designer-upload");
        upload.setAcceptedFileTypes(".bpmn", ".dmn");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(DesignerService.MAX_BYTES);
        upload.setUploadButton(new Button(getTranslation("designer.upload"), VaadinIcon.UPLOAD.create()));
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("designer.UPLOAD_SIZE",
                DesignerService.MAX_BYTES / 1_000_000)));
        upload.setDropAllowed(false);
        Span hint = FormKit.hint(getTranslation("designer.upload.hint"));
        HorizontalLayout header = new HorizontalLayout(title, upload, hint);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.addClassNames(LumoUtility.FlexWrap.WRAP);
        header.setWidthFull();
        header.setFlexGrow(1, title);

        definitionsGrid();
        noDrafts.setText(getTranslation("designer.noDrafts"));
        noDrafts.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        drafts.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                editor.openDraft(designer.draft(e.getValue().getId()));
            }
        });
        detail.setWidthFull();
        detail.setVisible(false);
        add(header, definitions, detail, editor);
        refreshDefinitions();
    }

    private String name(DraftKind kind, String key, String modelName) {
        return DraftEditor.name(kind, key, modelName, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("designer.title") + " | " + getTranslation("app.name");
    }

    private void definitionsGrid() {
        definitions.setId("designer-definitions");
        definitions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        definitions.addComponentColumn(d -> {
            Span key = new Span(d.key());
            key.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Display.BLOCK);
            return new Div(new Span(name(d.kind(), d.key(), d.name())), key);
        }).setHeader(getTranslation("designer.col.definition")).setFlexGrow(3).setAutoWidth(false);
        definitions.addColumn(d -> getTranslation("designer.kind." + d.kind())).setHeader(getTranslation("designer.col.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        definitions.addColumn(d -> "v" + d.current().version().version()).setHeader(getTranslation("designer.col.current"))
                .setAutoWidth(true).setFlexGrow(0);
        definitions.addColumn(d -> d.kind() == DraftKind.BPMN ? Long.toString(d.running()) : "")
                .setHeader(getTranslation("designer.col.running")).setAutoWidth(true).setFlexGrow(0);
        definitions.setAllRowsVisible(true);
        definitions.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                select(e.getValue());
            }
        });
    }

    private void refreshDefinitions() {
        List<Definition> all = designer.definitions();
        definitions.setItems(all);
        if (selected != null) {
            all.stream().filter(d -> d.kind() == selected.kind() && d.key().equals(selected.key())).findFirst()
                    .ifPresent(this::select);
        }
    }

    void select(Definition definition) {
        selected = definition;
        versions.show(definition);
        refreshLists();
        detail.removeAll();
        H3 versionsTitle = new H3(getTranslation("designer.versions") + ": "
                + name(definition.kind(), definition.key(), definition.name()));
        H3 draftsTitle = new H3(getTranslation("designer.drafts"));
        for (H3 h : List.of(versionsTitle, draftsTitle)) {
            h.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Bottom.XSMALL);
        }
        detail.add(versionsTitle, versions, draftsTitle, drafts, noDrafts);
        detail.setVisible(true);
    }

    /** Opens the current version with its changes against an older one marked. */
    private void compareVersions(ModelVersion older) {
        ModelVersion current = selected.current().version();
        editor.openVersion(current);
        editor.report.showChanges(designer.compareVersions(older.definitionId(), current.definitionId()));
    }

    private void refreshLists() {
        if (selected != null) {
            List<DesignDraft> list = designer.drafts(selected.key()).stream()
                    .filter(d -> d.getKind() == selected.kind()).toList();
            drafts.setItems(list);
            noDrafts.setVisible(list.isEmpty());
        }
    }

    private void uploaded(String fileName, byte[] data) {
        FormKit.attempt(() -> {
            DesignDraft d = designer.upload(fileName, data);
            Notifications.success(getTranslation("designer.uploaded", fileName, d.getId()));
            refreshDefinitions();
            definitions.getListDataView().getItems()
                    .filter(def -> def.kind() == d.getKind() && def.key().equals(d.getKey())).findFirst()
                    .ifPresent(def -> definitions.select(def));
            editor.openDraft(d);
        });
        upload.clearFileList();
    }
}
