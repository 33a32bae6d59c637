package id.kinerjaflow.home.ui;

import java.util.List;
import java.util.Optional;

import id.kinerjaflow.org.Employee;
import id.kinerjaflow.org.Golongan;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.security.CurrentUser;
import id.kinerjaflow.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

/**
 * Beranda: who I am in the organisation (unit, position, golongan), who appraises me and who
 * decides my appeals; my team if I am an appraiser; what my roles let me do.
 */
@Route("")
@PermitAll
@Menu(order = 0, icon = "vaadin:home", title = "nav.home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(CurrentUser currentUser, OrganisationService organisation) {
        setPadding(true);
        setMaxWidth("72rem");
        AppUser user = currentUser.require();
        add(new H2(getTranslation("home.greeting", user.displayName())));

        Optional<Employee> me = organisation.employee(user.employeeId());
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassNames(LumoUtility.Gap.MEDIUM);
        cards.setWidthFull();
        me.ifPresent(employee -> {
            cards.add(profileCard(employee));
            cards.add(appraisersCard(organisation, employee));
        });
        cards.add(rolesCard(user));
        add(cards);

        if (me.isPresent() && user.hasRole(Role.APPRAISER)) {
            add(teamSection(organisation.subordinates(me.get().getId())));
        }
    }

    private Component profileCard(Employee e) {
        Div card = card(getTranslation("home.profile"));
        card.setId("profile-card");
        card.add(line(getTranslation("employee.nip"), e.getNip()));
        card.add(line(getTranslation("employee.position"), e.getPosition().getTitle() + " ("
                + e.getPosition().getJabatanType().label() + ")"));
        String gol = e.getGolongan() + Golongan.pangkat(e.getGolongan()).map(p -> " - " + p).orElse("");
        card.add(line(getTranslation("employee.golongan"), gol + " (" + e.getEmploymentType().name() + ")"));
        card.add(line(getTranslation("employee.unit"), e.getUnit().getName()));
        return card;
    }

    private Component appraisersCard(OrganisationService organisation, Employee e) {
        Div card = card(getTranslation("home.appraisers"));
        card.setId("appraisers-card");
        String outside = getTranslation("home.headOfRegion");
        card.add(line(getTranslation("home.appraiser"), organisation.appraiserOf(e.getId())
                .map(a -> a.getName() + ", " + a.getPosition().getTitle()).orElse(outside)));
        card.add(line(getTranslation("home.seniorAppraiser"), organisation.seniorAppraiserOf(e.getId())
                .map(a -> a.getName() + ", " + a.getPosition().getTitle()).orElse(outside)));
        return card;
    }

    private Component rolesCard(AppUser user) {
        Div card = card(getTranslation("home.roles"));
        card.setId("roles-card");
        for (Role role : user.roles()) {
            Paragraph p = new Paragraph();
            Span name = new Span(getTranslation("role." + role.name()));
            name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            p.add(name, new Span(" \u2014 " + getTranslation("role." + role.name() + ".help")));
            p.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
            card.add(p);
        }
        if (user.hasRole(Role.ADMIN)) {
            Anchor cockpit = new Anchor("/camunda/app/cockpit/", getTranslation("home.cockpit"));
            cockpit.setRouterIgnore(true);
            card.add(cockpit);
        }
        return card;
    }

    private Component teamSection(List<Employee> team) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.add(new H3(getTranslation("home.team", team.size())));
        Grid<Employee> grid = new Grid<>();
        grid.setId("team-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(Employee::getName).setHeader(getTranslation("employee.name")).setAutoWidth(true);
        grid.addColumn(Employee::getNip).setHeader(getTranslation("employee.nip")).setAutoWidth(true);
        grid.addColumn(e -> e.getPosition().getTitle()).setHeader(getTranslation("employee.position"));
        grid.setItems(team);
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }

    private static Div card(String title) {
        Div card = new Div();
        card.addClassNames(LumoUtility.Background.CONTRAST_5, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Padding.MEDIUM);
        card.getStyle().set("flex", "1 1 20rem").set("min-width", "16rem");
        H3 h = new H3(title);
        h.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Top.NONE);
        card.add(h);
        return card;
    }

    private static Div line(String label, String value) {
        Span l = new Span(label);
        l.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Span v = new Span(value);
        Div d = new Div(l, new Div(v));
        d.addClassNames(LumoUtility.Margin.Bottom.SMALL);
        return d;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " | " + getTranslation("app.name");
    }
}
