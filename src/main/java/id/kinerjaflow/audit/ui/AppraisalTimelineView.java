package id.kinerjaflow.audit.ui;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kinerjaflow.audit.AppraisalTimeline;
import id.kinerjaflow.audit.AppraisalTimeline.Entry;
import id.kinerjaflow.audit.AppraisalTimeline.Kind;
import id.kinerjaflow.audit.AppraisalTimeline.Path;
import id.kinerjaflow.audit.AppraisalTimeline.Timeline;
import id.kinerjaflow.audit.AuditBundle;
import id.kinerjaflow.audit.AuditTexts;
import id.kinerjaflow.audit.EntityRevisions;
import id.kinerjaflow.audit.process.ProcessHistory;
import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.base.ModelNames;
import id.kinerjaflow.base.ui.BpmnDiagram;
import id.kinerjaflow.security.Roles;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;

/**
 * One appraisal's history for an auditor: who it is, the path it took on the process version it
 * ran on (steps done, running now, "×n" where a step ran again; a click on a step shows only its
 * entries), the timeline filtered by kind and by step, the decisions with inputs and outputs, the
 * data's revisions, and the audit bundle to download. Nothing here changes anything.
 */
@Route("audit/:appraisalId([0-9]+)")
@RolesAllowed({Roles.AUDITOR, Roles.HR, Roles.ADMIN})
public class AppraisalTimelineView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AppraisalTimeline timelines;
    private final AuditBundle bundles;

    final H2 title = new H2();
    final Span subject = new Span();
    final Span ratings = new Span();
    final Span version = new Span();
    final Tabs diagramTabs = new Tabs();
    final Tab appraisalPath = new Tab();
    final Tab calibrationPath = new Tab();
    final BpmnDiagram diagram = new BpmnDiagram(BpmnDiagram.Mode.VIEW);
    final MultiSelectComboBox<Kind> kinds = new MultiSelectComboBox<>();
    final ComboBox<String> step = new ComboBox<>();
    final Span count = new Span();
    final Grid<Entry> entries = new Grid<>();
    final Grid<ProcessHistory.Decision> decisions = new Grid<>();
    final Grid<RevisionRow> revisions = new Grid<>();
    final Anchor download;

    private Timeline timeline;
    private final Map<String, String> stepNames = new LinkedHashMap<>();

    /** One row of the revisions grid: a revision's one changed property. */
    record RevisionRow(EntityRevisions.Revision revision, EntityRevisions.Change change) {
    }

    AppraisalTimelineView(AppraisalTimeline timelines, AuditBundle bundles) {
        this.timelines = timelines;
        this.bundles = bundles;
        setPadding(true);
        setWidthFull();
        title.addClassNames(LumoUtility.Margin.Vertical.NONE, LumoUtility.FontSize.XLARGE);
        RouterLink back = new RouterLink(getTranslation("timeline.back"), AuditSearchView.class);
        back.setId("timeline-back");
        download = new Anchor((DownloadHandler) event -> {
            byte[] zip = bundles.zip(timeline.subject().appraisalId(), getLocale());
            event.setFileName(AuditBundle.fileName(timeline.subject().appraisalId()));
            event.setContentType("application/zip");
            event.setContentLength(zip.length);
            event.getOutputStream().write(zip);
        }, getTranslation("timeline.download"));
        download.setId("timeline-download");
        download.getElement().setAttribute("download", true);
        HorizontalLayout links = new HorizontalLayout(back, download);
        links.addClassNames(LumoUtility.FlexWrap.WRAP);
        links.setAlignItems(FlexComponent.Alignment.BASELINE);

        subject.setId("timeline-subject");
        for (Span s : List.of(ratings, version)) {
            s.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        }
        Div header = new Div(subject, new Div(ratings), new Div(version));

        appraisalPath.setLabel(getTranslation("timeline.diagram"));
        calibrationPath.setLabel(getTranslation("timeline.diagram.calibration"));
        diagramTabs.add(appraisalPath, calibrationPath);
        diagramTabs.addSelectedChangeListener(e -> showPath());
        diagram.setId("timeline-diagram");
        diagram.setHeight("22rem");
        diagram.addElementClickListener(e -> step.setValue(stepNames.containsKey(e.getElementId())
                ? e.getElementId() : null));
        Span hint = new Span(getTranslation("timeline.diagram.hint"));
        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);

        kinds.setId("timeline-kinds");
        kinds.setPlaceholder(getTranslation("timeline.filter.kind"));
        kinds.setItems(Kind.values());
        kinds.setItemLabelGenerator(k -> getTranslation("timeline.kind." + k.name()));
        kinds.setClearButtonVisible(true);
        kinds.addValueChangeListener(e -> filter());
        step.setId("timeline-step");
        step.setPlaceholder(getTranslation("timeline.filter.step"));
        step.setItemLabelGenerator(id -> stepNames.getOrDefault(id, id));
        step.setClearButtonVisible(true);
        step.addValueChangeListener(e -> filter());
        count.setId("timeline-count");
        count.addClassNames(LumoUtility.TextColor.SECONDARY);
        HorizontalLayout filters = new HorizontalLayout(kinds, step, count);
        filters.addClassNames(LumoUtility.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();

        entries.setId("timeline-entries");
        entries.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT,
                GridVariant.LUMO_COMPACT);
        entries.addColumn(e -> AuditTexts.time(e.at())).setHeader(getTranslation("timeline.col.at"))
                .setKey("at").setWidth("9.5rem").setFlexGrow(0);
        entries.addColumn(this::what).setHeader(getTranslation("timeline.col.action")).setKey("what").setFlexGrow(2);
        entries.addColumn(Entry::actor).setHeader(getTranslation("timeline.col.actor")).setKey("actor").setFlexGrow(1);
        entries.addColumn(Entry::detail).setHeader(getTranslation("timeline.col.detail")).setKey("detail")
                .setFlexGrow(3);
        entries.addColumn(e -> AuditTexts.duration(e.durationMs())).setHeader(getTranslation("timeline.col.duration"))
                .setKey("duration").setWidth("7rem").setFlexGrow(0);
        entries.setAllRowsVisible(false);
        entries.setHeight("32rem");

        decisions.setId("timeline-decisions");
        decisions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT,
                GridVariant.LUMO_COMPACT);
        decisions.addColumn(d -> AuditTexts.time(d.at())).setHeader(getTranslation("timeline.col.at")).setKey("at")
                .setWidth("9.5rem").setFlexGrow(0);
        decisions.addColumn(d -> ModelNames.decision(d.key(), d.name(), getLocale()) + (d.preview() ? " (" + getTranslation("timeline.decision.preview") + ")"
                : "")).setHeader(getTranslation("timeline.decision.table")).setKey("table").setFlexGrow(1);
        decisions.addColumn(d -> values(d.inputs())).setHeader(getTranslation("timeline.decision.inputs"))
                .setKey("inputs").setFlexGrow(2);
        decisions.addColumn(d -> values(d.outputs())).setHeader(getTranslation("timeline.decision.outputs"))
                .setKey("outputs").setFlexGrow(2);
        decisions.setHeight("24rem");

        revisions.setId("timeline-revisions");
        revisions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT,
                GridVariant.LUMO_COMPACT);
        revisions.addColumn(r -> AuditTexts.time(r.revision().at())).setHeader(getTranslation("timeline.col.at"))
                .setKey("at").setWidth("9.5rem").setFlexGrow(0);
        revisions.addColumn(r -> r.revision().username()).setHeader(getTranslation("timeline.col.actor"))
                .setKey("actor").setFlexGrow(1);
        revisions.addColumn(r -> r.revision().entity() + " #" + r.revision().entityId() + " · "
                        + getTranslation("timeline.action.data." + r.revision().type().name()))
                .setHeader(getTranslation("timeline.rev.entity")).setKey("entity").setFlexGrow(1);
        revisions.addColumn(r -> r.change() == null ? "" : r.change().property())
                .setHeader(getTranslation("timeline.rev.property")).setKey("property").setFlexGrow(1);
        revisions.addColumn(r -> r.change() == null ? "" : text(r.change().before()) + " → "
                + text(r.change().after())).setHeader(getTranslation("timeline.rev.before") + " → "
                + getTranslation("timeline.rev.after")).setKey("change").setFlexGrow(2);
        revisions.setHeight("24rem");

        TabSheet tabs = new TabSheet();
        tabs.setId("timeline-tabs");
        tabs.setWidthFull();
        VerticalLayout timelineTab = new VerticalLayout(filters, entries);
        timelineTab.setPadding(false);
        tabs.add(getTranslation("timeline.tab.entries"), timelineTab);
        tabs.add(getTranslation("timeline.tab.decisions"), decisions);
        tabs.add(getTranslation("timeline.tab.revisions"), revisions);

        add(links, title, header, diagramTabs, diagram, hint, tabs);

        // a phone has room for the time, what happened and the details: the actor joins "what"
        addAttachListener(e -> e.getUI().getPage().retrieveExtendedClientDetails(d -> compact(
                d.getWindowInnerWidth() < 700)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("appraisalId").orElse(null);
        try {
            show(timelines.of(id));
        } catch (BusinessRuleException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("audit.NOT_FOUND", id));
        }
    }

    private boolean compact;

    /** Narrow screens: no actor and duration columns; the actor is shown with the action. */
    void compact(boolean narrow) {
        compact = narrow;
        entries.getColumnByKey("actor").setVisible(!narrow);
        entries.getColumnByKey("duration").setVisible(!narrow);
        decisions.getColumnByKey("at").setVisible(!narrow);
        revisions.getColumnByKey("actor").setVisible(!narrow);
        diagram.setHeight(narrow ? "14rem" : "22rem");
        entries.getDataProvider().refreshAll();
    }

    private void show(Timeline t) {
        this.timeline = t;
        var s = t.subject();
        title.setText(getTranslation("timeline.title", s.appraisalId()));
        subject.setText(s.employeeName() + " (" + s.nip() + ") · " + s.unitName() + " · " + s.cycleName() + " · "
                + getTranslation("stage." + s.stage()));
        ratings.setText(getTranslation("timeline.subject.ratings", rating(s.originalRating()),
                rating(s.calibratedRating()), rating(s.finalRating())));
        version.setText(t.path().definitionKey() == null ? "" : getTranslation("timeline.subject.process",
                ModelNames.process(t.path().definitionKey(), null, getLocale()), t.path().version()));
        stepNames.clear();
        t.entries().stream().filter(e -> e.stepId() != null).sorted(Comparator.comparing(Entry::at,
                Comparator.nullsLast(Comparator.naturalOrder()))).forEach(e -> stepNames.putIfAbsent(e.stepId(),
                AuditTexts.step(e.stepId(), e.stepName(), getLocale())));
        step.setItems(List.copyOf(stepNames.keySet()));
        calibrationPath.setVisible(t.calibrationPath().definitionId() != null);
        decisions.setItems(t.decisions());
        revisions.setItems(t.revisions().stream().flatMap(r -> r.changes().isEmpty()
                ? java.util.stream.Stream.of(new RevisionRow(r, null))
                : r.changes().stream().map(c -> new RevisionRow(r, c))).toList());
        showPath();
        filter();
    }

    /** The diagram of the path chosen (the appraisal's, or its unit's calibration). */
    private void showPath() {
        if (timeline == null) {
            return;
        }
        Path path = diagramTabs.getSelectedTab() == calibrationPath ? timeline.calibrationPath() : timeline.path();
        diagram.setXml(ModelNames.localise(timelines.diagramXml(path), getLocale()));
        Map<String, Set<BpmnDiagram.Marker>> markers = new HashMap<>();
        path.done().forEach(id -> markers.put(id, EnumSet.of(BpmnDiagram.Marker.DONE)));
        path.current().forEach(id -> markers.put(id, EnumSet.of(BpmnDiagram.Marker.CURRENT)));
        diagram.setMarkers(markers);
        Map<String, String> badges = new HashMap<>();
        path.runs().forEach((id, n) -> {
            if (n > 1) {
                badges.put(id, "×" + n);
            }
        });
        diagram.setBadges(badges);
    }

    private void filter() {
        if (timeline == null) {
            return;
        }
        Set<Kind> wanted = kinds.getValue();
        String at = step.getValue();
        List<Entry> shown = timeline.entries().stream()
                .filter(e -> wanted.isEmpty() || wanted.contains(e.kind()))
                .filter(e -> at == null || at.equals(e.stepId())).toList();
        entries.setItems(shown);
        count.setText(getTranslation("timeline.count", shown.size()));
    }

    private String what(Entry e) {
        // an entry of no step (the process itself, a data change) names its process
        String step = (e.stepId() == null ? AuditTexts.process(e.process(), getLocale())
                : AuditTexts.step(e.stepId(), e.stepName(), getLocale())) + ": ";
        String who = compact && e.actor() != null ? " (" + e.actor() + ")" : "";
        return step + getTranslation("timeline.action." + e.action()) + who;
    }

    private String rating(String code) {
        return code == null ? "–" : getTranslation("performanceRating." + code);
    }

    private static String values(List<ProcessHistory.Value> values) {
        return String.join(", ", values.stream().map(v -> v.name() + " = " + v.value()).toList());
    }

    private static String text(String s) {
        return s == null ? "–" : s;
    }

    @Override
    public String getPageTitle() {
        return (timeline == null ? "" : getTranslation("timeline.title", timeline.subject().appraisalId()) + " | ")
                + getTranslation("app.name");
    }
}
