package id.kinerjaflow.base;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionSafeguardsTest {

    private static MockEnvironment postgres() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("postgres");
        return environment;
    }

    @Test
    void thePostgresProfileRefusesToStartWithoutTheDatabasePasswordAndNamesTheVariable() {
        assertThatThrownBy(() -> ProductionSafeguards.check(postgres()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("KINERJAFLOW_DB_PASSWORD is not set");
    }

    @Test
    void anEmptyDatabasePasswordIsAllowedForTrustAuthentication() {
        assertThatCode(() -> ProductionSafeguards.check(postgres().withProperty("KINERJAFLOW_DB_PASSWORD", "")))
                .doesNotThrowAnyException();
        assertThatCode(() -> ProductionSafeguards.check(postgres().withProperty("KINERJAFLOW_DB_PASSWORD", "s3cret")
                .withProperty("kinerjaflow.demo.enabled", "false"))).doesNotThrowAnyException();
    }

    @Test
    void thePostgresProfileRefusesTheDemo() {
        assertThatThrownBy(() -> ProductionSafeguards.check(postgres().withProperty("KINERJAFLOW_DB_PASSWORD", "x")
                .withProperty("kinerjaflow.demo.enabled", "true")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("kinerjaflow.demo.enabled")
                .hasMessageNotContaining("KINERJAFLOW_DB_PASSWORD is not set");
    }

    @Test
    void theEmbeddedDefaultKeepsItsDemo() {
        assertThatCode(() -> ProductionSafeguards.check(new MockEnvironment().withProperty("kinerjaflow.demo.enabled", "true")))
                .doesNotThrowAnyException();
    }
}
