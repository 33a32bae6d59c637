package id.kinerjaflow.org.ui;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kinerjaflow.org.Employee;
import id.kinerjaflow.org.OrgUnit;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.org.OrganisationService.EmployeeQuery;
import id.kinerjaflow.security.CurrentUser;
import id.kinerjaflow.security.Role;
import id.kinerjaflow.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;

/**
 * HR's view of the organisation: the unit tree beside a searchable grid of employees (of the
 * selected unit and its sub-units). HR and administrators add and edit employees; auditors only read.
 */
@Route("organisasi")
@RolesAllowed({Roles.HR, Roles.ADMIN, Roles.AUDITOR})
@Menu(order = 50, icon = "vaadin:sitemap", title = "nav.organisation")
public class OrganisationView extends VerticalLayout implements HasDynamicTitle {

    private final OrganisationService organisation;
    private final boolean canEdit;
    final TreeGrid<OrgUnit> units = new TreeGrid<>();
    final Grid<Employee> employees = new Grid<>();
    final TextField search = new TextField();
    final Button add = new Button();
    final Span total = new Span();

    public OrganisationView(OrganisationService organisation, CurrentUser currentUser) {
        this.organisation = organisation;
        this.canEdit = currentUser.hasRole(Role.HR) || currentUser.hasRole(Role.ADMIN);
        setSizeFull();

        H2 title = new H2(getTranslation("organisation.title"));
        title.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);

        search.setId("employee-search");
        search.setPlaceholder(getTranslation("organisation.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refreshEmployees());
        search.setMinWidth("14rem");

        add.setText(getTranslation("organisation.addEmployee"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("add-employee");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> openEditor(null));
        add.setVisible(canEdit);

        Button importExport = new Button(getTranslation("organisation.importExport"), VaadinIcon.EXCHANGE.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ImportView.class)));
        importExport.setVisible(canEdit);

        HorizontalLayout toolbar = new HorizontalLayout(title, search, add, importExport);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, search);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.getStyle().set("flex-wrap", "wrap");

        configureUnits();
        configureEmployees();

        VerticalLayout right = new VerticalLayout(total, employees);
        right.setPadding(false);
        right.setSpacing(false);
        right.getStyle().set("flex", "3 1 30rem").set("min-width", "18rem");
        right.setHeightFull();
        units.getStyle().set("flex", "1 1 15rem").set("min-width", "14rem").set("max-width", "24rem");
        units.setHeightFull();
        total.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        total.setId("employee-total");

        FlexLayout body = new FlexLayout(units, right);
        body.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        body.addClassNames(LumoUtility.Gap.MEDIUM);
        body.setWidthFull();
        body.getStyle().set("flex", "1 1 auto").set("min-height", "24rem");

        add(toolbar, body);
        // phones: keep the two-line name and position columns only
        addAttachListener(e -> {
            e.getUI().getPage().retrieveExtendedClientDetails(d -> fitColumns(d.getWindowInnerWidth()));
            e.getUI().getPage().addBrowserWindowResizeListener(r -> fitColumns(r.getWidth()));
        });
        refreshUnits();
        refreshEmployees();
    }

    private void configureUnits() {
        units.setId("unit-tree");
        units.addThemeVariants(GridVariant.LUMO_COMPACT);
        units.addHierarchyColumn(OrgUnit::getName).setHeader(getTranslation("organisation.units")).setFlexGrow(1);
        units.addSelectionListener(e -> refreshEmployees());
    }

    private void configureEmployees() {
        employees.setId("employee-grid");
        employees.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        // two lines per cell: fits a 1366x768 laptop with the navigation open
        employees.addColumn(LitRenderer.<Employee>of(
                        "<div style='line-height:1.3'><div>${item.name}</div>"
                        + "<div style='font-size:var(--lumo-font-size-s);color:var(--lumo-secondary-text-color)'>"
                        + "${item.nip}${item.inactive}</div></div>")
                        .withProperty("name", Employee::getName)
                        .withProperty("nip", Employee::getNip)
                        .withProperty("inactive", e -> e.isActive() ? "" : " \u00b7 " + getTranslation("employee.inactive")))
                .setHeader(getTranslation("employee.nameAndNip")).setKey("name").setSortProperty("name")
                .setFlexGrow(3).setResizable(true);
        employees.addColumn(LitRenderer.<Employee>of(
                        "<div style='line-height:1.3;white-space:normal'><div>${item.title}</div>"
                        + "<div style='font-size:var(--lumo-font-size-s);color:var(--lumo-secondary-text-color)'>"
                        + "${item.unit}</div></div>")
                        .withProperty("title", e -> e.getPosition().getTitle())
                        .withProperty("unit", e -> e.getUnit().getName()))
                .setHeader(getTranslation("employee.positionAndUnit")).setKey("position").setFlexGrow(4)
                .setResizable(true);
        employees.addColumn(Employee::getGolongan).setHeader(getTranslation("employee.golonganShort"))
                .setKey("golongan").setSortProperty("golongan").setWidth("5.5rem").setFlexGrow(0);
        employees.addColumn(e -> e.getSupervisor() == null ? "\u2014" : e.getSupervisor().getName())
                .setHeader(getTranslation("employee.appraiser")).setKey("supervisor").setFlexGrow(2)
                .setResizable(true);
        employees.setHeightFull();
        employees.addItemClickListener(e -> openEditor(e.getItem()));
    }

    void fitColumns(int windowWidth) {
        boolean wide = windowWidth >= 700;
        employees.getColumnByKey("golongan").setVisible(wide);
        employees.getColumnByKey("supervisor").setVisible(wide);
    }

    void refreshUnits() {
        List<OrgUnit> all = organisation.units();
        Map<Long, Long> counts = organisation.activeEmployeesPerUnit();
        Map<Long, OrgUnit> byId = new HashMap<>();
        all.forEach(u -> byId.put(u.getId(), u));
        TreeData<OrgUnit> data = new TreeData<>();
        // parents first, so that every child finds its parent in the tree
        all.stream().sorted(Comparator.comparingInt((OrgUnit u) -> u.getLevel().ordinal()).thenComparing(OrgUnit::getName))
                .forEach(u -> data.addItem(u.getParentId() == null ? null : byId.get(u.getParentId()), u));
        units.setDataProvider(new TreeDataProvider<>(data));
        units.expandRecursively(data.getRootItems(), 1);
        units.getColumns().get(0).setTooltipGenerator(u -> getTranslation("organisation.unitTooltip",
                getTranslation("unitLevel." + u.getLevel().name()), counts.getOrDefault(u.getId(), 0L)));
    }

    void refreshEmployees() {
        OrgUnit unit = units.asSingleSelect().getValue();
        EmployeeQuery query = new EmployeeQuery(unit == null ? null : unit.getId(), search.getValue());
        employees.setItems(q -> organisation.searchEmployees(query, q.getOffset(), q.getLimit(),
                VaadinSpringDataHelpers.toSpringDataSort(q)).stream());
        total.setText(getTranslation("organisation.count", organisation.countEmployees(query)));
    }

    private void openEditor(Employee employee) {
        Employee fresh = employee == null ? null : organisation.employee(employee.getId()).orElse(null);
        EmployeeDialog dialog = new EmployeeDialog(organisation, fresh, !canEdit, saved -> {
            refreshUnits();
            refreshEmployees();
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.organisation") + " | " + getTranslation("app.name");
    }
}
