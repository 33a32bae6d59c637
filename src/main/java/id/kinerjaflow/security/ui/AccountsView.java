package id.kinerjaflow.security.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.base.ui.Notifications;
import id.kinerjaflow.security.AccountService;
import id.kinerjaflow.security.AccountService.AccountQuery;
import id.kinerjaflow.security.AccountService.AccountRow;
import id.kinerjaflow.security.AccountState;
import id.kinerjaflow.security.CurrentUser;
import id.kinerjaflow.security.EmployeeFacts.UnitRef;
import id.kinerjaflow.security.Role;
import id.kinerjaflow.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;

/**
 * Account administration (issue 23): the administrator (and HR, where the administrator allows
 * it) finds accounts by name, NIP or unit, sees each one's state and last sign-in, issues a new
 * activation code, locks, unlocks, disables, enables, and grants or revokes HR, BOARD, AUDITOR and
 * ADMIN. The service refuses what would lock everyone out, and changes to one's own roles.
 */
@Route("akun")
@RolesAllowed({Roles.ADMIN, Roles.HR})
@Menu(order = 55, icon = "vaadin:key", title = "nav.accounts")
public class AccountsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int LIMIT = 500;
    static final List<Role> GRANTED = List.of(Role.HR, Role.BOARD, Role.AUDITOR, Role.ADMIN);

    final TextField search = new TextField();
    final ComboBox<UnitRef> unit = new ComboBox<>();
    final ComboBox<AccountState> state = new ComboBox<>();
    final Grid<AccountRow> grid = new Grid<>();
    final Span count = new Span();
    final Div detail = new Div();
    final Span detailTitle = new Span();
    final Span detailFacts = new Span();
    final Button newCode = new Button();
    final Button lock = new Button();
    final Button unlock = new Button();
    final Button disable = new Button();
    final Button enable = new Button();
    final Map<Role, Checkbox> roles = new EnumMap<>(Role.class);
    final Checkbox hrManages = new Checkbox();
    private final transient AccountService accounts;
    private final transient CurrentUser currentUser;
    private AccountRow selected;

    public AccountsView(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        setMaxWidth("90rem");
        add(new H2(getTranslation("accounts.title")));
        Paragraph intro = new Paragraph(getTranslation("accounts.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(intro);

        search.setPlaceholder(getTranslation("accounts.search"));
        search.setId("accounts-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        unit.setPlaceholder(getTranslation("accounts.unit"));
        unit.setId("accounts-unit");
        unit.setItemLabelGenerator(UnitRef::name);
        unit.setClearButtonVisible(true);
        unit.addValueChangeListener(e -> refresh());
        state.setPlaceholder(getTranslation("accounts.state"));
        state.setId("accounts-state");
        state.setItems(AccountState.values());
        state.setItemLabelGenerator(s -> getTranslation("accounts.state." + s.name()));
        state.setClearButtonVisible(true);
        state.addValueChangeListener(e -> refresh());
        RouterLink letters = new RouterLink(getTranslation("accounts.letters"), ActivationLettersView.class);
        letters.setId("accounts-letters");
        FlexLayout filters = new FlexLayout(search, unit, state, letters);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.addClassNames(LumoUtility.Gap.MEDIUM);
        add(filters);

        hrManages.setLabel(getTranslation("accounts.hrManages"));
        hrManages.setId("accounts-hr-manages");
        hrManages.setVisible(currentUser.hasRole(Role.ADMIN));
        hrManages.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                accounts.setHrManagesAccounts(e.getValue());
                Notifications.success(getTranslation("accounts.hrManages.saved"));
            }
        });
        add(hrManages);

        grid.setId("accounts-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(AccountRow::displayName).setHeader(getTranslation("accounts.name")).setFlexGrow(2)
                .setSortable(true);
        grid.addColumn(AccountRow::username).setHeader(getTranslation("accounts.username")).setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(r -> r.unitName() == null ? "" : r.unitName()).setHeader(getTranslation("accounts.unit"))
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation("accounts.state." + r.state().name())).setHeader(getTranslation(
                "accounts.state")).setAutoWidth(true).setSortable(true);
        grid.addColumn(r -> String.join(", ", r.grantedRoles().stream().sorted().map(Role::name).toList()))
                .setHeader(getTranslation("accounts.roles")).setAutoWidth(true);
        grid.addColumn(r -> FormKit.dateTime(r.lastSignIn())).setHeader(getTranslation("accounts.lastSignIn"))
                .setAutoWidth(true);
        grid.setHeight("28rem");
        grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));
        count.setId("accounts-count");
        count.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        add(grid, count);

        add(detailPanel());
    }

    private Div detailPanel() {
        detail.setId("account-detail");
        detail.addClassNames(LumoUtility.Background.CONTRAST_5, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Padding.MEDIUM);
        detail.setWidthFull();
        detail.setVisible(false);
        detailTitle.setId("account-detail-title");
        detailTitle.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        detailFacts.setId("account-detail-facts");
        detailFacts.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        action(newCode, "accounts.newCode", "account-new-code", () -> {
            AccountService.IssuedCode code = accounts.issueCode(selected.username());
            showCode(code);
        });
        action(lock, "accounts.lock", "account-lock", () -> accounts.lock(selected.username()));
        action(unlock, "accounts.unlock", "account-unlock", () -> accounts.unlock(selected.username()));
        action(disable, "accounts.disable", "account-disable", () -> accounts.disable(selected.username()));
        action(enable, "accounts.enable", "account-enable", () -> accounts.enable(selected.username()));
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(newCode, lock, unlock, disable, enable);
        actions.getStyle().set("flex-wrap", "wrap");

        H3 rolesTitle = new H3(getTranslation("accounts.roles"));
        rolesTitle.addClassNames(LumoUtility.FontSize.MEDIUM);
        HorizontalLayout roleBoxes = new HorizontalLayout();
        roleBoxes.getStyle().set("flex-wrap", "wrap");
        for (Role role : GRANTED) {
            Checkbox box = new Checkbox(getTranslation("role." + role.name()));
            box.setId("account-role-" + role.name());
            box.addValueChangeListener(e -> {
                if (e.isFromClient() && selected != null) {
                    boolean done = FormKit.attempt(() -> accounts.setRole(selected.username(), role, e.getValue()));
                    if (done) {
                        Notifications.success(getTranslation(e.getValue() ? "accounts.granted" : "accounts.revoked",
                                getTranslation("role." + role.name()), selected.displayName()));
                    }
                    reselect();
                }
            });
            roles.put(role, box);
            roleBoxes.add(box);
        }
        detail.add(new Div(detailTitle), new Div(detailFacts), actions, rolesTitle, roleBoxes);
        return detail;
    }

    private void action(Button button, String key, String id, Runnable work) {
        button.setText(getTranslation(key));
        button.setId(id);
        button.addClickListener(e -> {
            if (selected != null && FormKit.attempt(work)) {
                Notifications.success(getTranslation(key + ".done", selected.displayName()));
                reselect();
            }
        });
    }

    private void showCode(AccountService.IssuedCode code) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("account-code-dialog");
        dialog.setHeader(getTranslation("accounts.code.title", code.displayName()));
        dialog.setText(getTranslation("accounts.code.text", code.code(), code.username(), FormKit.dateTime(code.expires())));
        dialog.setConfirmText(getTranslation("accounts.code.close"));
        dialog.open();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!accounts.mayManage()) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        unit.setItems(accounts.units());
        hrManages.setValue(accounts.hrManagesAccounts());
        refresh();
    }

    void refresh() {
        List<AccountRow> rows = accounts.search(new AccountQuery(search.getValue(),
                unit.getValue() == null ? null : unit.getValue().id(), state.getValue()), LIMIT + 1);
        boolean more = rows.size() > LIMIT;
        grid.setItems(more ? rows.subList(0, LIMIT) : rows);
        count.setText(getTranslation(more ? "accounts.count.more" : "accounts.count", Math.min(rows.size(), LIMIT)));
        if (selected != null) {
            String username = selected.username();
            select(rows.stream().filter(r -> r.username().equals(username)).findFirst().orElse(null));
        }
    }

    private void reselect() {
        String username = selected == null ? null : selected.username();
        refresh();
        if (username != null) {
            accounts.account(username).ifPresent(this::select);
        }
    }

    void select(AccountRow row) {
        selected = row;
        detail.setVisible(row != null);
        if (row == null) {
            return;
        }
        detailTitle.setText(row.displayName() + " (" + row.username() + ")");
        StringBuilder facts = new StringBuilder(getTranslation("accounts.state." + row.state().name()));
        if (row.blockedUntil() != null) {
            facts.append(" · ").append(getTranslation("accounts.blockedUntil", FormKit.dateTime(row.blockedUntil())));
        }
        if (row.codeIssued()) {
            facts.append(" · ").append(getTranslation("accounts.codeValid", FormKit.dateTime(row.codeExpires())));
        }
        detailFacts.setText(facts.toString());
        boolean self = currentUser.get().map(u -> u.username().equalsIgnoreCase(row.username())).orElse(false);
        lock.setEnabled(row.state() != AccountState.LOCKED && row.state() != AccountState.DISABLED);
        unlock.setEnabled(row.state() == AccountState.LOCKED);
        disable.setEnabled(row.state() != AccountState.DISABLED);
        enable.setEnabled(row.state() == AccountState.DISABLED);
        newCode.setEnabled(row.state() != AccountState.DISABLED);
        boolean admin = currentUser.hasRole(Role.ADMIN);
        roles.forEach((role, box) -> {
            box.setValue(row.grantedRoles().contains(role));
            box.setEnabled(!self && (role != Role.ADMIN || admin));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.accounts") + " | " + getTranslation("app.name");
    }
}
