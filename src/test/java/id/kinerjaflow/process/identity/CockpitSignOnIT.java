package id.kinerjaflow.process.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerjaflow.IntegrationTest;
import id.kinerjaflow.demo.DemoOrganisation;
import id.kinerjaflow.security.AppSession;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Cockpit, Tasklist and Admin for the administrator signed in to the app, with no second login. */
@IntegrationTest
class CockpitSignOnIT {

    private static final String STATISTICS = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";

    @LocalServerPort
    int port;
    @Autowired
    DemoOrganisation demo;
    @Autowired
    RepositoryService repository;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void demoAccounts() {
        demo.load();
    }

    @Test
    void theAdministratorsAppSessionGetsCockpitsRealStatistics() throws Exception {
        AppSession admin = new AppSession(port).signIn("admin", "demo");

        HttpResponse<String> user = admin.get("/camunda/api/admin/auth/user/default");
        assertThat(user.statusCode()).isEqualTo(200);
        JsonNode signedIn = json.readTree(user.body());
        assertThat(signedIn.get("userId").asText()).isEqualTo("admin");
        assertThat(signedIn.get("authorizedApps").toString()).contains("cockpit", "tasklist", "admin");

        HttpResponse<String> statistics = admin.get(STATISTICS);
        assertThat(statistics.statusCode()).isEqualTo(200);
        JsonNode definitions = json.readTree(statistics.body());
        assertThat(definitions.size()).isGreaterThan(0)
                .isEqualTo((int) repository.createProcessDefinitionQuery().latestVersion().count());

        assertThat(admin.get("/camunda/api/engine/engine/default/process-definition/count").statusCode()).isEqualTo(200);
        assertThat(admin.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"hr", "board", "auditor", "staf"})
    void otherRolesAreRefusedNeverRedirected(String user) throws Exception {
        AppSession session = new AppSession(port).signIn(user, "demo");
        assertThat(session.get(STATISTICS).statusCode()).isEqualTo(403);
        assertThat(session.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(403);
        assertThat(session.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
    }

    @Test
    void anonymousApiCallsAnswer401NeverARedirect() throws Exception {
        assertThat(new AppSession(port).get(STATISTICS).statusCode()).isEqualTo(401);
    }

    @Test
    void theWebappsOwnLoginIsRefused() throws Exception {
        AppSession admin = new AppSession(port).signIn("admin", "demo");
        HttpResponse<String> login = admin.send(HttpRequest.newBuilder(URI.create(admin.url(
                        "/camunda/api/admin/auth/user/default/login/cockpit")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", String.valueOf(admin.cookie("XSRF-TOKEN")))
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo")));
        assertThat(login.statusCode()).isEqualTo(403);
    }

    @Test
    void cockpitsLogoutEndsTheAppSessionToo() throws Exception {
        AppSession admin = new AppSession(port).signIn("admin", "demo");
        assertThat(admin.get(STATISTICS).statusCode()).isEqualTo(200);

        HttpResponse<String> logout = admin.send(HttpRequest.newBuilder(URI.create(admin.url(
                        "/camunda/api/admin/auth/user/default/logout")))
                .header("X-XSRF-TOKEN", String.valueOf(admin.cookie("XSRF-TOKEN")))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(logout.statusCode()).isEqualTo(200);

        assertThat(admin.get(STATISTICS).statusCode()).isEqualTo(401);
        HttpResponse<String> home = admin.get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }
}
