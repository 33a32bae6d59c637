package id.kinerjaflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import id.kinerjaflow.IntegrationTest;
import id.kinerjaflow.demo.DemoOrganisation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Camunda's REST API and webapps over real HTTP: administrators only. */
@IntegrationTest
class HttpSecurityIT {

    @LocalServerPort
    int port;
    @Autowired
    DemoOrganisation demo;

    /** No redirects followed, no cookies kept: each request stands alone. */
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void demoAccounts() {
        demo.load();
    }

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest(name = "{0} as {1}: {3}")
    @CsvSource(nullValues = "-", value = {
            "/engine-rest/engine,            -,        -,    401",
            "/engine-rest/engine,            staf,     demo, 403",
            "/engine-rest/engine,            hr,       demo, 403",
            "/engine-rest/engine,            board,    demo, 403",
            "/engine-rest/engine,            auditor,  demo, 403",
            "/engine-rest/engine,            admin,    salah, 401",
            "/engine-rest/engine,            admin,    demo, 200",
            "/engine-rest/task,              -,        -,    401",
            "/engine-rest/task,              kabid,    demo, 403",
            "/engine-rest/task,              admin,    demo, 200",
            // the webapps take the app's session only (single sign-on), never HTTP basic
            "/camunda/api/engine/engine/,    -,        -,    401",
            "/camunda/api/engine/engine/,    hr,       demo, 401",
            "/camunda/api/engine/engine/,    admin,    demo, 401",
            "/camunda/api/cockpit/plugin/base/default/process-definition/statistics, admin, demo, 401",
            "/camunda/api/admin/auth/user/default, -, -, 401",
    })
    void camundaIsForAdministratorsOnly(String path, String user, String password, int status) throws Exception {
        assertThat(get(path, user, password).statusCode()).isEqualTo(status);
    }

    @Test
    void theEngineRestApiNeverBrowserChallenges() throws Exception {
        assertThat(get("/engine-rest/engine", null, null).headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @Test
    void aRequestWithOnlyTheSessionCookieIsRefusedByTheEngineRestApi() throws Exception {
        AppSession admin = new AppSession(port).signIn("admin", "demo");
        assertThat(admin.cookie("JSESSIONID")).isNotNull();

        // a forged cross-site write: the browser sends the administrator's session cookie, no basic
        HttpResponse<String> forged = admin.send(HttpRequest.newBuilder(URI.create(admin.url("/engine-rest/deployment/create")))
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nforged\r\n--x--\r\n")));
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(admin.get("/engine-rest/engine").statusCode()).isEqualTo(401);
        // the session itself is good: the same administrator's session reaches the app
        assertThat(admin.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);
    }

    @Test
    void theEngineRestApiKeepsNoSession() throws Exception {
        HttpResponse<String> response = get("/engine-rest/engine", "admin", "demo");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> login = get("/login", null, null);
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax"));
    }

    @ParameterizedTest(name = "{0} anonymous goes to the login page")
    @CsvSource({"/camunda/app/cockpit/default/", "/", "/organisasi"})
    void anonymousBrowsersAreSentToTheLoginPage(String path) throws Exception {
        HttpResponse<String> response = get(path, null, null);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(URI.create(response.headers().firstValue("Location").orElseThrow())).hasPath("/login");
    }

    @ParameterizedTest(name = "{0} answers")
    @CsvSource({"/login"})
    void theLoginPageAnswers(String path) throws Exception {
        HttpResponse<String> response = get(path, null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<html");
    }
}
