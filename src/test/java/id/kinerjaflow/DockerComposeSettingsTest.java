package id.kinerjaflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so docker-compose.yml cannot be started in CI. This test keeps it
 * in step with the postgres profile instead: the variables the app service sets are exactly those
 * application-postgres.yaml reads, and they point at the database service. CI's PostgreSQL run
 * (.ci/run) sets the same variables against the local server.
 */
class DockerComposeSettingsTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> compose() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("docker-compose.yml"))) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(Map<String, Object> compose, String name) {
        return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAppServiceSetsExactlyTheVariablesOfThePostgresProfile() throws IOException {
        Map<String, Object> compose = compose();
        Map<String, Object> app = service(compose, "app");
        Map<String, Object> db = service(compose, "db");
        Map<String, String> env = (Map<String, String>) app.get("environment");

        String profile = Files.readString(Path.of("src/main/resources/application-postgres.yaml"));
        Set<String> read = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{(KINERJAFLOW_[A-Z_]+)").matcher(profile);
        while (m.find()) {
            read.add(m.group(1));
        }
        Set<String> set = new TreeSet<>(env.keySet());
        set.remove("SPRING_PROFILES_ACTIVE");

        assertThat(env.get("SPRING_PROFILES_ACTIVE")).isEqualTo("postgres");
        assertThat(set).isEqualTo(read);

        Map<String, String> dbEnv = (Map<String, String>) db.get("environment");
        assertThat(env.get("KINERJAFLOW_DB_URL")).isEqualTo("jdbc:postgresql://db:5432/" + dbEnv.get("POSTGRES_DB"));
        assertThat(env.get("KINERJAFLOW_DB_USER")).isEqualTo(dbEnv.get("POSTGRES_USER"));
        assertThat(env.get("KINERJAFLOW_DB_PASSWORD")).isEqualTo(dbEnv.get("POSTGRES_PASSWORD"));
        assertThat(app.get("volumes").toString()).contains("./target/kinerjaflow.jar");
    }

    @Test
    void ciRunsThePostgresSuiteWithTheSameVariables() throws IOException {
        String ci = Files.readString(Path.of(".ci/run"));
        assertThat(ci).contains("KINERJAFLOW_DB_URL=", "KINERJAFLOW_DB_USER=", "KINERJAFLOW_DB_PASSWORD=",
                "-Dit.profiles=postgres", "./mvnw -B -ntp verify");
    }

    @Test
    @SuppressWarnings("unchecked")
    void noPasswordShipsEveryPasswordIsRequiredFromTheEnvironment() throws IOException {
        Map<String, Object> compose = compose();
        Map<String, String> db = (Map<String, String>) service(compose, "db").get("environment");
        Map<String, String> app = (Map<String, String>) service(compose, "app").get("environment");
        assertThat(db.get("POSTGRES_PASSWORD")).isEqualTo("${KINERJAFLOW_DB_PASSWORD:?set KINERJAFLOW_DB_PASSWORD}");
        assertThat(app.get("KINERJAFLOW_DB_PASSWORD")).isEqualTo("${KINERJAFLOW_DB_PASSWORD:?set KINERJAFLOW_DB_PASSWORD}");
        assertThat(app.get("KINERJAFLOW_ADMIN_PASSWORD"))
                .isEqualTo("${KINERJAFLOW_ADMIN_PASSWORD:?set KINERJAFLOW_ADMIN_PASSWORD}");
        // no literal value and no fallback (":-") for anything secret, in any service
        String text = Files.readString(Path.of("docker-compose.yml"));
        assertThat(text).doesNotContain(":-").doesNotContainIgnoringCase("ganti-kata-sandi");
        Pattern secret = Pattern.compile("^\\s*[A-Z_]*PASSWORD[A-Z_]*:\\s*(.*)$", Pattern.MULTILINE);
        Matcher m = secret.matcher(text);
        int found = 0;
        while (m.find()) {
            found++;
            assertThat(m.group(1)).matches("\\$\\{[A-Z_]+:\\?set [A-Z_]+\\}");
        }
        assertThat(found).isEqualTo(3);
    }

    @Test
    void theEnvExampleListsTheRequiredVariablesWithNoValue() throws IOException {
        String example = Files.readString(Path.of(".env.example"));
        assertThat(example).containsPattern("(?m)^KINERJAFLOW_DB_PASSWORD=$").containsPattern("(?m)^KINERJAFLOW_ADMIN_PASSWORD=$");
        assertThat(Files.readString(Path.of(".gitignore"))).containsPattern("(?m)^\\.env$");
    }
}
