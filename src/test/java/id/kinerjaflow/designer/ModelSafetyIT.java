package id.kinerjaflow.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

import id.kinerjaflow.IntegrationTest;
import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.demo.DemoOrganisation;
import id.kinerjaflow.process.ModelSafety;
import id.kinerjaflow.security.AppSession;
import id.kinerjaflow.security.SystemAuthentication;
import id.kinerjaflow.security.UserDirectory;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every model that could run code, by every route into the engine: HR's designer (the check finds
 * it, so it can be neither approved nor deployed), the engine's RepositoryService directly (the
 * engine's own wall, process/ModelSafetyPlugin, refuses it), and the engine REST API and Cockpit's
 * API as an administrator (deployments are refused there, 403). Nothing of it is ever deployed.
 */
@IntegrationTest
class ModelSafetyIT {

    @LocalServerPort int port;
    @Autowired DesignerService designer;
    @Autowired RepositoryService repository;
    @Autowired ProcessEngineConfigurationImpl engine;
    @Autowired DemoOrganisation demo;
    @Autowired UserDirectory users;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    static List<UnsafeModels.Unsafe> unsafe() {
        return UnsafeModels.all();
    }

    @BeforeEach
    void demoAccounts() {
        demo.load();
    }

    private <T> T as(String user, Supplier<T> work) {
        return SystemAuthentication.runAs(users.find(user).orElseThrow(), work);
    }

    @ParameterizedTest(name = "{0}: the designer finds it and it can never be approved")
    @MethodSource("unsafe")
    void theDesignerRefusesIt(UnsafeModels.Unsafe model) {
        DesignDraft draft = as("hr", () -> designer.upload(model.fileName(), model.xml().getBytes(StandardCharsets.UTF_8)));
        DesignDraft checked = as("hr", () -> designer.check(draft.getId()));
        assertThat(checked.getState()).isEqualTo(DraftState.DRAFT);
        assertThat(designer.report(checked)).extracting(Problem::code).contains("designer.problem." + model.code());
        assertThatThrownBy(() -> as("admin", () -> designer.approve(draft.getId(), checked.getVersion())))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> as("admin", () -> designer.deploy(draft.getId(), checked.getVersion())))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(deployedDecisions()).isZero();
    }

    @ParameterizedTest(name = "{0}: the engine refuses it from RepositoryService")
    @MethodSource("unsafe")
    void theEngineRefusesItFromRepositoryService(UnsafeModels.Unsafe model) {
        long deployments = repository.createDeploymentQuery().count();
        assertThatThrownBy(() -> repository.createDeployment().name("direct").addString(model.fileName(), model.xml())
                .deploy()).hasStackTraceContaining("KinerjaFlow");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(deployedDecisions()).isZero();
    }

    @ParameterizedTest(name = "{0}: the engine REST API refuses it to an administrator")
    @MethodSource("unsafe")
    void theRestApiRefusesIt(UnsafeModels.Unsafe model) throws Exception {
        long deployments = repository.createDeploymentQuery().count();
        for (String path : List.of("/engine-rest/deployment/create", "/engine-rest/engine/default/deployment/create")) {
            HttpResponse<String> response = http.send(deployment(path, model).header("Authorization", basic("admin", "demo"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.body()).isEqualTo(EngineDeploymentGuard.REFUSAL);
        }
        // Cockpit's API, as the administrator signed in to the app (single sign-on)
        AppSession admin = new AppSession(port).signIn("admin", "demo");
        HttpResponse<String> cockpit = admin.send(deployment(
                admin.url("/camunda/api/engine/engine/default/deployment/create"), model));
        assertThat(cockpit.statusCode()).isEqualTo(403);
        assertThat(cockpit.body()).isEqualTo(EngineDeploymentGuard.REFUSAL);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void theRestApiStillAnswersAnAdministratorOtherwise() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/count"))
                .header("Authorization", basic("admin", "demo")).GET().build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    @Test
    void theEngineDecidesInFeelByDefaultAndHasNoScriptEngine() {
        DefaultDmnEngineConfiguration dmn = engine.getDmnEngineConfiguration();
        // the engine spells FEEL by its namespace; any of FEEL's names is FEEL
        assertThat(List.of(dmn.getDefaultInputExpressionExpressionLanguage(), dmn.getDefaultInputEntryExpressionLanguage(),
                dmn.getDefaultOutputEntryExpressionLanguage(), dmn.getDefaultLiteralExpressionLanguage()))
                .allSatisfy(language -> assertThat(language).isNotNull().matches(ModelSafety::isFeel));
        for (String language : List.of("groovy", "javascript", "js", "python", "juel")) {
            // as the engine asks when a script runs: inside one of its commands
            assertThatThrownBy(() -> engine.getCommandExecutorTxRequired().execute(
                    command -> engine.getScriptingEngines().getScriptEngineForLanguage(language)))
                    .as(language).hasStackTraceContaining("may not run scripts");
            assertThatThrownBy(() -> dmn.getScriptEngineResolver().getScriptEngineForLanguage(language))
                    .as(language).hasMessageContaining("may not run scripts");
        }
        assertThatThrownBy(() -> dmn.getElProvider().createExpression("${1}")).hasMessageContaining("FEEL only");
    }

    private long deployedDecisions() {
        return repository.createDecisionDefinitionQuery().decisionDefinitionKey(UnsafeModels.DECISION).count();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A multipart deployment of the model to the path (a path on this server, or a whole URL). */
    private HttpRequest.Builder deployment(String path, UnsafeModels.Unsafe model) {
        String boundary = "----kinerjaflow" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nrest\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + model.fileName()
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + model.xml() + "\r\n--" + boundary + "--\r\n";
        String url = path.startsWith("http") ? path : "http://localhost:" + port + path;
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
}
