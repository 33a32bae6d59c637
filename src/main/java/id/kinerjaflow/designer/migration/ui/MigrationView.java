package id.kinerjaflow.designer.migration.ui;

import id.kinerjaflow.base.OrganisationZone;
import java.util.List;
import java.util.Optional;

import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.base.ui.Notifications;
import id.kinerjaflow.base.ModelNames;
import id.kinerjaflow.designer.migration.MigrationService;
import id.kinerjaflow.designer.migration.MigrationService.Blocked;
import id.kinerjaflow.designer.migration.MigrationService.Report;
import id.kinerjaflow.designer.migration.MigrationService.Run;
import id.kinerjaflow.designer.migration.process.MigrationEngine;
import id.kinerjaflow.designer.migration.process.MigrationEngine.Version;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;

/**
 * HR moves running instances to another version of their process
 * ({@code desainer/migrasi?process=<key>&from=<definitionId>&to=<definitionId>}): the check in words
 * (which steps map, how many instances move, which stay and why), the migration as the engine's
 * batch with its progress (polled only while it runs), and who migrated what and when.
 */
@Route("desainer/migrasi")
@RolesAllowed({Roles.HR, Roles.ADMIN})
public class MigrationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int POLL_MS = 1000;
    private static final int KEYS_SHOWN = 20;
    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm");

    private final MigrationService migrations;

    final ComboBox<String> process = new ComboBox<>();
    final Select<Version> from = new Select<>();
    final Select<Version> to = new Select<>();
    final Span summary = new Span();
    final Grid<MigrationEngine.Mapping> mappings = new Grid<>();
    final UnorderedList problems = new UnorderedList();
    final UnorderedList blocked = new UnorderedList();
    final Button start = new Button();
    final ProgressBar bar = new ProgressBar();
    final Span progress = new Span();
    final Grid<Run> runs = new Grid<>();
    private final Div report = new Div();

    private Report current;
    private Long runningId;
    private Registration polling;

    MigrationView(MigrationService migrations) {
        this.migrations = migrations;
        setPadding(true);
        setWidthFull();
        H2 title = new H2(getTranslation("migration.title"));
        title.addClassNames(LumoUtility.Margin.Vertical.NONE, LumoUtility.FontSize.XLARGE);
        Span intro = new Span(getTranslation("migration.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY);

        process.setId("migration-process");
        process.setLabel(getTranslation("migration.process"));
        process.setItems(ProcessIds.Appraisal.PROCESS, ProcessIds.Calibration.PROCESS);
        process.setAllowCustomValue(true);
        process.addCustomValueSetListener(e -> process.setValue(e.getDetail()));
        process.addValueChangeListener(e -> loadVersions(null, null));
        from.setId("migration-from");
        from.setLabel(getTranslation("migration.from"));
        to.setId("migration-to");
        to.setLabel(getTranslation("migration.to"));
        for (Select<Version> s : List.of(from, to)) {
            s.setItemLabelGenerator(v -> getTranslation("migration.version", v.version(), v.running()));
            s.addValueChangeListener(e -> check());
        }
        HorizontalLayout pick = new HorizontalLayout(process, from, to);
        pick.addClassNames(LumoUtility.FlexWrap.WRAP);
        pick.setAlignItems(FlexComponent.Alignment.BASELINE);

        summary.setId("migration-summary");
        mappings.setId("migration-mappings");
        mappings.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        mappings.addColumn(m -> step(m.sourceId(), m.sourceName())).setKey("source")
                .setHeader(getTranslation("migration.col.source"));
        mappings.addColumn(m -> step(m.targetId(), m.targetName())).setKey("target")
                .setHeader(getTranslation("migration.col.target"));
        mappings.setAllRowsVisible(true);
        problems.setId("migration-problems");
        blocked.setId("migration-blocked");
        start.setId("migration-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> migrate());
        bar.setId("migration-bar");
        progress.setId("migration-progress");
        bar.setVisible(false);
        report.add(summary, new H3(getTranslation("migration.mappings")), mappings, problems, blocked,
                new HorizontalLayout(start), bar, progress);
        report.setWidthFull();
        report.setVisible(false);

        runs.setId("migration-runs");
        runs.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        runs.addColumn(r -> TIME.withZone(OrganisationZone.current()).format(r.startedAt())).setKey("at")
                .setHeader(getTranslation("migration.col.at"));
        runs.addColumn(Run::startedBy).setKey("by").setHeader(getTranslation("migration.col.by"));
        runs.addColumn(r -> "v" + r.fromVersion() + " → v" + r.toVersion()).setKey("versions")
                .setHeader(getTranslation("migration.col.versions"));
        runs.addColumn(r -> getTranslation(r.finishedAt() == null ? "migration.run.running" : "migration.run.done",
                r.instances(), r.failed())).setKey("state").setHeader(getTranslation("migration.col.state"));
        runs.setAllRowsVisible(true);

        add(title, intro, pick, report, new H3(getTranslation("migration.runs")), runs);
        addDetachListener(e -> stopPolling());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        String key = first(q, "process").orElse(ProcessIds.Appraisal.PROCESS);
        process.setValue(key);
        loadVersions(first(q, "from").orElse(null), first(q, "to").orElse(null));
    }

    private static Optional<String> first(QueryParameters q, String name) {
        return q.getParameters().getOrDefault(name, List.of()).stream().filter(s -> !s.isBlank()).findFirst();
    }

    private void loadVersions(String fromId, String toId) {
        String key = process.getValue();
        List<Version> versions = key == null ? List.of() : migrations.versions(key);
        from.setItems(versions);
        to.setItems(versions);
        from.setValue(versions.stream().filter(v -> v.definitionId().equals(fromId)).findFirst()
                .orElse(versions.stream().filter(v -> v.running() > 0).reduce((a, b) -> b).orElse(null)));
        to.setValue(versions.stream().filter(v -> v.definitionId().equals(toId)).findFirst()
                .orElse(versions.isEmpty() ? null : versions.get(0)));
        runs.setItems(key == null ? List.of() : migrations.runs(key));
    }

    /** Checks the two versions chosen and shows the report in words. */
    void check() {
        current = null;
        problems.removeAll();
        blocked.removeAll();
        Version f = from.getValue();
        Version t = to.getValue();
        if (f == null || t == null || f.definitionId().equals(t.definitionId())) {
            report.setVisible(f != null && t != null);
            summary.setText(f == null || t == null ? "" : getTranslation("migration.SAME_VERSION", f.version()));
            mappings.setItems(List.of());
            start.setEnabled(false);
            start.setText(getTranslation("migration.start", 0, t == null ? "" : t.version()));
            return;
        }
        try {
            current = migrations.check(process.getValue(), f.definitionId(), t.definitionId());
        } catch (BusinessRuleException e) {
            Notifications.error(getTranslation(e.code(), e.args().toArray()));
            return;
        }
        report.setVisible(true);
        int stay = current.blocked().stream().mapToInt(b -> b.instances().size()).sum();
        summary.setText(getTranslation("migration.summary", f.running(), f.version(), current.movable().size(),
                t.version(), stay));
        mappings.setItems(current.mappings());
        for (MigrationEngine.PlanProblem p : current.problems()) {
            problems.add(new ListItem(getTranslation("migration.problem", p.sourceId() == null ? "-"
                    : stepName(p.sourceId(), p.sourceName()), p.sourceId() == null ? "-" : p.sourceId(),
                    String.join("; ", p.reasons()))));
        }
        for (Blocked b : current.blocked()) {
            List<String> keys = b.instances().stream().map(i -> i.businessKey() == null ? i.id() : i.businessKey())
                    .toList();
            String shown = String.join(", ", keys.subList(0, Math.min(KEYS_SHOWN, keys.size())))
                    + (keys.size() > KEYS_SHOWN ? ", …" : "");
            blocked.add(new ListItem(getTranslation("migration.blocked." + b.reason().name(), b.instances().size(),
                    stepName(b.activityId(), b.activityName()), b.activityId(), t.version(), f.version(), shown)));
        }
        start.setText(getTranslation("migration.start", current.movable().size(), t.version()));
        start.setEnabled(current.canMigrate() && runningId == null);
    }

    private void migrate() {
        if (current == null) {
            return;
        }
        try {
            Run run = migrations.migrate(process.getValue(), current.from().definitionId(),
                    current.to().definitionId());
            runningId = run.id();
            Notifications.success(getTranslation("migration.started", run.instances(), run.toVersion()));
            start.setEnabled(false);
            bar.setVisible(true);
            poll();
            UI ui = UI.getCurrent();
            ui.setPollInterval(POLL_MS);
            polling = ui.addPollListener(e -> poll());
        } catch (BusinessRuleException e) {
            Notifications.error(getTranslation(e.code(), e.args().toArray()));
            check();
        }
    }

    /** Reads the running batch's progress; stops polling when it has ended. */
    void poll() {
        if (runningId == null) {
            return;
        }
        MigrationEngine.Progress p = migrations.progress(runningId);
        bar.setValue(p.total() == 0 ? 1 : (double) p.done() / p.total());
        progress.setText(getTranslation("migration.progress", p.done(), p.total(), p.failed()));
        if (p.ended()) {
            stopPolling();
            runningId = null;
            progress.setText(getTranslation("migration.finished", p.done(), p.total(), p.failed()));
            from.getOptionalValue().ifPresent(v -> loadVersions(v.definitionId(), to.getValue() == null ? null
                    : to.getValue().definitionId()));
        }
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    boolean polling() {
        return polling != null;
    }

    /**
     * A step in the reader's language; a multi-instance body ({@code Task_X#multiInstanceBody}) is
     * named after its task.
     */
    private String stepName(String id, String modelName) {
        if (id == null) {
            return modelName == null ? "-" : modelName;
        }
        int hash = id.indexOf('#');
        String element = hash < 0 ? id : id.substring(0, hash);
        String name = ModelNames.step(element, modelName, getLocale());
        return hash < 0 ? name : getTranslation("migration.multiInstance", name);
    }

    private String step(String id, String modelName) {
        return stepName(id, modelName) + (id == null ? "" : " (" + id + ")");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("migration.title") + " | " + getTranslation("app.name");
    }
}
