package id.kinerjaflow.security.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import id.kinerjaflow.KaribuTest;
import id.kinerjaflow.security.AccountService;
import id.kinerjaflow.security.AccountService.AccountRow;
import id.kinerjaflow.security.AccountState;
import id.kinerjaflow.security.Role;
import id.kinerjaflow.security.SystemAuthentication;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The account screen in Karibu: find, act, grant and revoke; who may open it; the activation page. */
class AccountsViewIT extends KaribuTest {

    /** A demo employee who signs in with the NIP. */
    static final String NIP = "199307122018032006";

    @Autowired
    AccountService accounts;

    private AccountsView open(String username) {
        login(username);
        UI.getCurrent().navigate(AccountsView.class);
        return _get(AccountsView.class);
    }

    private List<AccountRow> rows(AccountsView view) {
        return _fetch(view.grid, 0, 1000);
    }

    private AccountRow find(AccountsView view, String text) {
        _setValue(view.search, text);
        view.refresh();
        List<AccountRow> rows = rows(view);
        assertThat(rows).extracting(AccountRow::username).containsExactly(text);
        view.grid.asSingleSelect().setValue(rows.get(0));
        return rows.get(0);
    }

    @Test
    void theAdministratorFindsAnAccountLocksUnlocksAndGrantsARole() {
        AccountsView view = open("admin");
        AccountRow row = find(view, NIP);
        assertThat(row.state()).isEqualTo(AccountState.ACTIVE);
        assertThat(view.detail.isVisible()).isTrue();
        assertThat(view.detailTitle.getText()).contains("Yulianti Paputungan");

        _click(view.lock);
        assertThat(view.detailFacts.getText()).startsWith("Terkunci");
        assertThat(users.find(NIP).orElseThrow().enabled()).as("a locked account cannot sign in").isFalse();
        _click(view.unlock);
        assertThat(view.detailFacts.getText()).startsWith("Aktif");

        _setValue(view.roles.get(Role.AUDITOR), true);
        assertThat(users.find(NIP).orElseThrow().roles()).contains(Role.AUDITOR);
        assertThat(rows(view).get(0).grantedRoles()).containsExactly(Role.AUDITOR);
        _setValue(view.roles.get(Role.AUDITOR), false);
        assertThat(users.find(NIP).orElseThrow().roles()).doesNotContain(Role.AUDITOR);

        _click(view.newCode);
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(dialog.getElement().getProperty("message")).matches("Kode: [A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4} .*");
    }

    @Test
    void nobodyChangesTheirOwnRoles() {
        AccountsView view = open("admin");
        find(view, "admin");
        assertThat(view.roles.values()).allSatisfy(box -> assertThat(box.isEnabled()).isFalse());
    }

    @Test
    void theStateFilterShowsOnlyThatState() {
        AccountsView view = open("admin");
        _setValue(view.state, AccountState.ACTIVE);
        view.refresh();
        assertThat(rows(view)).isNotEmpty().allSatisfy(r -> assertThat(r.state()).isEqualTo(AccountState.ACTIVE));
    }

    @Test
    void hrOpensTheScreenOnlyWhileTheAdministratorAllowsIt() {
        login("hr");
        assertThatThrownBy(() -> UI.getCurrent().navigate(AccountsView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(menu()).doesNotContain("akun");

        SystemAuthentication.runAsSystem(() -> accounts.setHrManagesAccounts(true));
        try {
            AccountsView view = open("hr");
            assertThat(menu()).contains("akun");
            assertThat(view.hrManages.isVisible()).as("only the administrator decides").isFalse();
            find(view, NIP);
            assertThat(view.roles.get(Role.ADMIN).isEnabled()).as("HR never grants ADMIN").isFalse();
            assertThat(view.roles.get(Role.BOARD).isEnabled()).isTrue();
        } finally {
            SystemAuthentication.runAsSystem(() -> accounts.setHrManagesAccounts(false));
        }
    }

    private static Set<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getPath).collect(Collectors.toSet());
    }

    @Test
    void aWrongActivationCodeIsShownNextToTheCodeField() {
        login("staf");
        UI.getCurrent().navigate(ActivationView.class);
        ActivationView view = _get(ActivationView.class);
        _setValue(view.nip, NIP);
        _setValue(view.code, "AAAA-BBBB-CCCC");
        _setValue(view.password, "kopi hujan sepeda jendela");
        _setValue(view.repeat, "kopi hujan sepeda");
        _click(view.submit);
        assertThat(view.repeat.isInvalid()).isTrue();
        assertThat(view.code.isInvalid()).as("the code is checked only once the form is complete").isFalse();

        _setValue(view.repeat, "kopi hujan sepeda jendela");
        _click(view.submit);
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).contains("kode aktivasi salah");
        assertThat(view.done.isVisible()).isFalse();
        assertThat(users.checkPassword(NIP, "demo")).as("nothing changed").isTrue();
    }
}
