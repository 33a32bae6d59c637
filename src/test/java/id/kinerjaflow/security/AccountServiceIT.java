package id.kinerjaflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import id.kinerjaflow.IntegrationTest;
import id.kinerjaflow.TestData;
import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.demo.DemoOrganisation;
import id.kinerjaflow.org.ImportReport;
import id.kinerjaflow.org.OrganisationImportService;
import id.kinerjaflow.org.OrganisationImportService.ImportFiles;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.security.AccountService.AccountQuery;
import id.kinerjaflow.security.AccountService.AccountRow;
import id.kinerjaflow.security.AccountService.FormResult;
import id.kinerjaflow.security.AccountService.Letter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Accounts of employees end to end (issue 23): the import creates them by NIP, waiting; HR's
 * letters carry one-time codes; activation with a code and a password under the policy; bad
 * input changes nothing; leavers lose access and returners wait for a new code; roles, locks and
 * the last administrator; throttled guessing; each change in the audit trail.
 */
@IntegrationTest
class AccountServiceIT {

    static final String GOOD_PASSWORD = "kopi hujan sepeda jendela";
    static final String UNITS = "code,name,level,parent_code\n";
    static final String EMPLOYEES =
            "nip,name,employment_type,golongan,unit_code,position,jabatan_type,supervisor_nip,email,active\n";

    @Autowired AccountService accounts;
    @Autowired UserDirectory users;
    @Autowired OrganisationImportService importer;
    @Autowired OrganisationService organisation;
    @Autowired DemoOrganisation demo;
    @Autowired ActivationLetterPdf letterPdf;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    String unit;
    String head;
    String staff;
    String other;

    @BeforeEach
    void aSmallUnit() {
        demo.load();
        unit = TestData.unitCode("AKUN");
        head = TestData.pnsNip();
        staff = TestData.pnsNip();
        other = TestData.pnsNip();
        ImportReport r = importAs(UNITS + unit + ",Dinas Akun " + unit + ",AGENCY,PROV-GTO\n",
                EMPLOYEES + row(head, "Kepala Uji", null, true) + row(staff, "Staf Uji Pertama", head, true)
                        + row(other, "Staf Uji Kedua", head, true));
        assertThat(r.problems()).isEmpty();
    }

    private String row(String nip, String name, String supervisor, boolean active) {
        String position = supervisor == null ? "Kepala Dinas,JPT_PRATAMA" : "Pengolah Data,PELAKSANA";
        return nip + "," + name + ",PNS,III/a," + unit + "," + position + "," + (supervisor == null ? "" : supervisor)
                + ",," + active + "\n";
    }

    private ImportReport importAs(String units, String employees) {
        return SystemAuthentication.runAsSystem(() -> importer.importFiles(new ImportFiles(
                units == null ? null : units.getBytes(StandardCharsets.UTF_8),
                employees.getBytes(StandardCharsets.UTF_8))));
    }

    private <T> T as(String username, Supplier<T> work) {
        return SystemAuthentication.runAs(users.find(username).orElseThrow(), work);
    }

    private void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    private AccountRow account(String username) {
        return as("admin", () -> accounts.account(username).orElseThrow());
    }

    private Long unitId() {
        return organisation.unitByCode(unit).orElseThrow().getId();
    }

    private Map<String, Letter> letters(boolean renew) {
        List<Letter> letters = as("hr", () -> accounts.issueLetters(unitId(), renew));
        return letters.stream().collect(java.util.stream.Collectors.toMap(Letter::nip, l -> l));
    }

    private List<Map<String, Object>> audit(String username) {
        return jdbc.queryForList("select kind, actor, detail from audit_log where detail like ? order by id",
                "%account " + username + "%");
    }

    @Test
    void theImportGivesEveryEmployeeAnAccountByNipThatWaitsForActivation() {
        for (String nip : List.of(head, staff, other)) {
            AccountRow row = account(nip);
            assertThat(row.state()).as(nip).isEqualTo(AccountState.WAITING);
            assertThat(row.unitName()).isEqualTo("Dinas Akun " + unit);
            assertThat(users.find(nip).orElseThrow().enabled()).as("cannot sign in yet").isFalse();
            assertThat(users.checkPassword(nip, "")).isFalse();
        }
        assertThat(as("admin", () -> accounts.search(new AccountQuery(null, unitId(), null), 100)))
                .extracting(AccountRow::username).containsExactlyInAnyOrder(head, staff, other);
        assertThat(as("admin", () -> accounts.search(new AccountQuery("Staf Uji", unitId(), AccountState.WAITING), 100)))
                .extracting(AccountRow::username).containsExactlyInAnyOrder(staff, other);
    }

    @Test
    void anEmployeeActivatesWithTheLettersCodeOnceAndBadInputChangesNothing() {
        Map<String, Letter> letters = letters(false);
        assertThat(letters).containsOnlyKeys(head, staff, other);
        String code = letters.get(staff).code();
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(letters(false)).as("a second run leaves out those whose code still works").isEmpty();

        byte[] pdf = letterPdf.render(List.copyOf(letters.values()), "http://localhost/aktivasi");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // each bad input is named next to its field, and nothing is saved
        assertThat(accounts.activate(staff, "AAAA-BBBB-CCCC", GOOD_PASSWORD, GOOD_PASSWORD, null).errors())
                .containsOnlyKeys("code");
        assertThat(accounts.activate(staff, code, "pendek", "pendek", null).errors()).containsOnlyKeys("password");
        assertThat(accounts.activate(staff, code, "password123", "password123", null).errors().get("password")
                .messageKey()).isEqualTo("password.COMMON");
        assertThat(accounts.activate(staff, code, "Staf Uji Pertama 2026", "Staf Uji Pertama 2026", null).errors()
                .get("password").messageKey()).isEqualTo("password.PERSONAL");
        assertThat(accounts.activate(staff, code, GOOD_PASSWORD, GOOD_PASSWORD + "x", null).errors())
                .containsOnlyKeys("repeat");
        assertThat(accounts.activate(head, code, GOOD_PASSWORD, GOOD_PASSWORD, null).errors())
                .as("the code of another person").containsOnlyKeys("code");
        assertThat(account(staff).state()).isEqualTo(AccountState.WAITING);

        // typed in lower case without dashes it works; then it stops working
        FormResult ok = accounts.activate(" " + staff + " ", code.replace("-", "").toLowerCase(), GOOD_PASSWORD,
                GOOD_PASSWORD, null);
        assertThat(ok.ok()).as(ok.errors().toString()).isTrue();
        assertThat(account(staff).state()).isEqualTo(AccountState.ACTIVE);
        assertThat(users.checkPassword(staff, GOOD_PASSWORD)).isTrue();
        assertThat(users.find(staff).orElseThrow().roles()).contains(Role.EMPLOYEE);
        assertThat(accounts.activate(staff, code, "lain sekali kata sandinya", "lain sekali kata sandinya", null)
                .errors().get("code").messageKey()).isEqualTo("activation.CODE_WRONG");
        assertThat(users.checkPassword(staff, GOOD_PASSWORD)).as("the used code changed nothing").isTrue();
        assertThat(audit(staff)).extracting(m -> m.get("KIND") == null ? m.get("kind") : m.get("KIND"))
                .contains("account.activated");
    }

    @Test
    void aNewCodeReplacesTheOldOne() {
        String first = letters(false).get(other).code();
        String second = letters(true).get(other).code();
        assertThat(accounts.activate(other, first, GOOD_PASSWORD, GOOD_PASSWORD, null).errors()).containsOnlyKeys("code");
        assertThat(accounts.activate(other, second, GOOD_PASSWORD, GOOD_PASSWORD, null).ok()).isTrue();
    }

    @Test
    void aLeaverLosesAccessAtOnceAndAReturnerWaitsForANewCode() {
        String code = letters(false).get(other).code();
        assertThat(accounts.activate(other, code, GOOD_PASSWORD, GOOD_PASSWORD, null).ok()).isTrue();
        assertThat(users.checkPassword(other, GOOD_PASSWORD)).isTrue();

        assertThat(importAs(null, EMPLOYEES + row(other, "Staf Uji Kedua", head, false)).problems()).isEmpty();
        assertThat(account(other).state()).isEqualTo(AccountState.DISABLED);
        assertThat(users.checkPassword(other, GOOD_PASSWORD)).isFalse();
        assertThat(letters(true)).doesNotContainKey(other);

        assertThat(importAs(null, EMPLOYEES + row(other, "Staf Uji Kedua", head, true)).problems()).isEmpty();
        assertThat(account(other).state()).isEqualTo(AccountState.WAITING);
        assertThat(users.checkPassword(other, GOOD_PASSWORD)).as("the old password is gone").isFalse();
        String newCode = letters(false).get(other).code();
        assertThat(accounts.activate(other, code, GOOD_PASSWORD, GOOD_PASSWORD, null).ok()).isFalse();
        assertThat(accounts.activate(other, newCode, GOOD_PASSWORD, GOOD_PASSWORD, null).ok()).isTrue();
    }

    @Test
    void guessingCodesIsThrottledAndAnAdministratorUnlocks() {
        String code = letters(false).get(head).code();
        for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT; i++) {
            accounts.activate(head, "ZZZZ-ZZZZ-ZZZ" + (i + 2), GOOD_PASSWORD, GOOD_PASSWORD, null);
        }
        assertThat(accounts.activate(head, code, GOOD_PASSWORD, GOOD_PASSWORD, null).errors().get("code").messageKey())
                .isEqualTo("activation.THROTTLED");
        assertThat(account(head).state()).isEqualTo(AccountState.LOCKED);
        as("admin", () -> accounts.unlock(head));
        assertThat(accounts.activate(head, code, GOOD_PASSWORD, GOOD_PASSWORD, null).ok()).isTrue();
        assertThat(audit(head)).extracting(m -> String.valueOf(m.get("KIND") == null ? m.get("kind") : m.get("KIND")))
                .contains("activation.failed", "signin.blocked", "account.unlocked", "account.activated");
    }

    @Test
    void rolesAreGrantedAndRevokedWithWhoInTheAuditTrail() {
        as("admin", () -> accounts.setRole(staff, Role.BOARD, true));
        assertThat(account(staff).grantedRoles()).containsExactly(Role.BOARD);
        assertThat(users.find(staff).orElseThrow().roles()).contains(Role.BOARD, Role.EMPLOYEE);
        as("admin", () -> accounts.setRole(staff, Role.BOARD, false));
        assertThat(account(staff).grantedRoles()).isEmpty();
        List<Map<String, Object>> entries = audit(staff);
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.values()).contains("account.role.granted", "admin");
        });
        assertThat(entries).anySatisfy(e -> assertThat(e.values()).contains("account.role.revoked", "admin"));

        assertThatThrownBy(() -> as("admin", () -> accounts.setRole("admin", Role.AUDITOR, true)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("account.OWN_ROLES");
    }

    @Test
    void theLastAdministratorCannotBeRemovedLockedOrDisabled() {
        // a second administrator who has not activated yet cannot sign in, so does not count
        as("admin", () -> accounts.setRole(head, Role.ADMIN, true));
        try {
            for (Runnable change : List.<Runnable>of(() -> accounts.setRole("admin", Role.ADMIN, false),
                    () -> accounts.lock("admin"), () -> accounts.disable("admin"))) {
                assertThatThrownBy(() -> as(head, change)).isInstanceOf(BusinessRuleException.class)
                        .hasMessageContaining("account.LAST_ADMIN");
            }
            AccountRow admin = account("admin");
            assertThat(admin.state()).isEqualTo(AccountState.ACTIVE);
            assertThat(admin.grantedRoles()).contains(Role.ADMIN);
        } finally {
            as("admin", () -> accounts.setRole(head, Role.ADMIN, false));
        }
    }

    @Test
    void hrManagesAccountsOnlyWhereTheAdministratorAllowsItAndNeverGrantsAdmin() {
        assertThatThrownBy(() -> as("hr", () -> accounts.search(new AccountQuery(null, null, null), 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("staf", () -> accounts.issueLetters(unitId(), false)))
                .isInstanceOf(AccessDeniedException.class);
        as("admin", () -> accounts.setHrManagesAccounts(true));
        try {
            assertThat(as("hr", () -> accounts.search(new AccountQuery(staff, null, null), 10))).hasSize(1);
            as("hr", () -> accounts.setRole(staff, Role.AUDITOR, true));
            assertThatThrownBy(() -> as("hr", () -> accounts.setRole(staff, Role.ADMIN, true)))
                    .isInstanceOf(BusinessRuleException.class).hasMessageContaining("account.ADMIN_ONLY");
            as("hr", () -> accounts.setRole(staff, Role.AUDITOR, false));
        } finally {
            as("admin", () -> accounts.setHrManagesAccounts(false));
        }
    }

    @Test
    void failedSignInsThroughTheRestApiAreThrottledWithoutTellingWhetherTheAccountExists() throws Exception {
        String code = letters(false).get(staff).code();
        assertThat(accounts.activate(staff, code, GOOD_PASSWORD, GOOD_PASSWORD, null).ok()).isTrue();
        assertThat(rest(staff, GOOD_PASSWORD)).as("signed in, but not an administrator").isEqualTo(403);
        assertThat(rest("tidak-ada-" + staff, "salah")).as("an unknown name gets the same answer").isEqualTo(401);
        for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT; i++) {
            assertThat(rest(staff, "salah " + i)).isEqualTo(401);
        }
        assertThat(rest(staff, GOOD_PASSWORD)).as("the right password while blocked").isEqualTo(401);
        assertThat(account(staff).state()).isEqualTo(AccountState.LOCKED);
        as("admin", () -> accounts.unlock(staff));
        assertThat(rest(staff, GOOD_PASSWORD)).isEqualTo(403);
        assertThat(account(staff).lastSignIn()).isNotNull();

        as("admin", () -> accounts.lock(staff));
        assertThat(rest(staff, GOOD_PASSWORD)).as("locked by an administrator").isEqualTo(401);
        as("admin", () -> accounts.unlock(staff));
        as("admin", () -> accounts.disable(staff));
        assertThat(rest(staff, GOOD_PASSWORD)).as("disabled").isEqualTo(401);
        as("admin", () -> accounts.enable(staff));
        assertThat(rest(staff, GOOD_PASSWORD)).isEqualTo(403);
    }

    private int rest(String user, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/engine"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
