package id.kinerjaflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole application starts on the profile's database: migrations applied, engine running. */
@IntegrationTest
class ApplicationIT {

    @Autowired
    Flyway flyway;
    @Autowired
    ProcessEngine engine;
    @Autowired
    DataSource dataSource;
    @Autowired
    Environment environment;

    @Test
    void theDomainSchemaComesFromTheMigrationsAndTheEngineIsUp() {
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).isNotEmpty();
        assertThat(applied[applied.length - 1].getVersion().getVersion()).isEqualTo(
                flyway.info().current().getVersion().getVersion());
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(engine.getName()).isEqualTo("default");
        assertThat(engine.getManagementService().getTableCount()).containsKey("ACT_RU_TASK");
    }

    @Test
    void everyProcessAndDecisionOfBpmnIsDeployedAtStart() {
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list())
                .extracting(d -> d.getKey()).contains("employee-appraisal", "unit-calibration");
        assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().latestVersion().list())
                .extracting(d -> d.getKey()).contains("performance-rating", "indicator-rating", "results-rating",
                        "distribution-curve", "unit-leader-results-rating");
    }

    @Test
    void theSuiteRunsOnTheDatabaseOfItsProfile() throws Exception {
        String product;
        try (var connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        boolean postgres = List.of(environment.getActiveProfiles()).contains("postgres");
        assertThat(product).isEqualTo(postgres ? "PostgreSQL" : "H2");
        assertThat(new JdbcTemplate(dataSource).queryForObject("select count(*) from app_user", Long.class))
                .isNotNull();
    }
}
