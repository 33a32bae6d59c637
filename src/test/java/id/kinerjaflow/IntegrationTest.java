package id.kinerjaflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The integration suite: the whole application on a real port, against the database of the active
 * profile (h2test by default, postgres in CI). Every integration test uses this one configuration,
 * so the suite starts one application context (one process engine) and reuses it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// the first administrator (created before the demo accounts) gets the demo password too; no
// development tools over the pages the browser journeys click through; no job executor: tests run
// the engine's jobs themselves (ProcessJobs), so nothing waits
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kinerjaflow.admin.initial-password=demo", "kinerjaflow.admin.must-change-password=false",
                "vaadin.devmode.devTools.enabled=false",
                "camunda.bpm.job-execution.enabled=false", "kinerjaflow.cycle.batch-chunk-size=3"})
public @interface IntegrationTest {
}
