package id.kinerjaflow.base.ui;

import id.kinerjaflow.base.DisplayNamed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The shell of every view: a header with the language switch and the user menu, and a side
 * navigation built from the views' {@code @Menu} entries. Vaadin lists only the entries the
 * current user may open, so each role sees only what it may use.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final transient List<NavCounter> counters;
    private final Map<String, Span> badges = new HashMap<>();

    public MainLayout(AuthenticationContext authentication, List<NavCounter> counters) {
        this.authentication = authentication;
        this.counters = counters;
        setPrimarySection(Section.DRAWER);
        addToNavbar(true, header());
        addToDrawer(brand(), new Scroller(navigation()), footer());
    }

    private HorizontalLayout header() {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        Div spacer = new Div();
        HorizontalLayout header = new HorizontalLayout(toggle, spacer, new LanguageSwitch(), userMenu());
        header.setFlexGrow(1, spacer);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.addClassNames(LumoUtility.Padding.End.MEDIUM);
        return header;
    }

    private Div brand() {
        Span logo = new Span(new Icon(VaadinIcon.CHART_GRID));
        logo.addClassNames(LumoUtility.TextColor.PRIMARY);
        Span name = new Span(getTranslation("app.name"));
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.LARGE);
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        Div text = new Div(name, new Div(tagline));
        Div brand = new Div(logo, text);
        brand.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER,
                LumoUtility.Padding.MEDIUM);
        return brand;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            String path = entry.path().replaceFirst("^/", "");
            if (counters.stream().anyMatch(c -> c.path().equals(path))) {
                Span badge = new Span();
                badge.getElement().getThemeList().add("badge pill small primary");
                badge.setId("nav-count-" + path);
                badge.setVisible(false);
                item.setSuffixComponent(badge);
                badges.put(path, badge);
            }
            nav.addItem(item);
        }
        return nav;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        updateCounts();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // views that poll (the inbox) keep the numbers current too
        event.getUI().addPollListener(e -> updateCounts());
    }

    /** Reads every count beside the navigation again. */
    public void updateCounts() {
        if (authentication.getAuthenticatedUser(UserDetails.class).isEmpty()) {
            return;
        }
        for (NavCounter counter : counters) {
            Span badge = badges.get(counter.path());
            if (badge != null) {
                long n = counter.count();
                badge.setText(Long.toString(n));
                badge.setVisible(n > 0);
            }
        }
    }

    private Footer footer() {
        Footer footer = new Footer(new Span(getTranslation("app.footer")));
        footer.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.TERTIARY, LumoUtility.Padding.MEDIUM);
        return footer;
    }

    /** Two initials, skipping academic titles such as "dr." or "Dra.". */
    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[\\s,]+")) {
            if (!word.isEmpty() && !word.endsWith(".") && Character.isLetter(word.charAt(0))) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
            if (initials.length() == 2) {
                break;
            }
        }
        return initials.isEmpty() ? "?" : initials.toString();
    }

    private MenuBar userMenu() {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        authentication.getAuthenticatedUser(UserDetails.class).ifPresent(user -> {
            String shown = user instanceof DisplayNamed named ? named.displayName() : user.getUsername();
            Avatar avatar = new Avatar(shown);
            avatar.setAbbreviation(initials(shown));
            avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
            Span name = new Span(shown);
            name.addClassName("kf-hide-narrow");
            HorizontalLayout label = new HorizontalLayout(avatar, name);
            label.setAlignItems(FlexComponent.Alignment.CENTER);
            label.setSpacing(true);
            MenuItem root = menu.addItem(label);
            SubMenu sub = root.getSubMenu();
            String roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .map(a -> getTranslation("role." + a.replace("ROLE_", ""))).sorted()
                    .collect(Collectors.joining(", "));
            MenuItem who = sub.addItem(getTranslation("user.signedInAs", user.getUsername(), roles));
            who.setEnabled(false);
            sub.addItem(getTranslation("user.logout"), e -> authentication.logout()).setId("logout");
        });
        return menu;
    }
}
