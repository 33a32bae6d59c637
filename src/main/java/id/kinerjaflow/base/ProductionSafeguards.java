package id.kinerjaflow.base;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the production profile ({@code postgres}) with a shipped secret or the demo
 * (issue 17, item 3): the database password must be given explicitly (an empty value is allowed,
 * for a server with trust authentication such as CI's), and the demo organisation with its
 * {@code demo} passwords must be off. Runs before any bean is created, so the message naming the
 * variable comes before any database error.
 */
@Component
class ProductionSafeguards implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String PRODUCTION_PROFILE = "postgres";
    static final String DB_PASSWORD = "KINERJAFLOW_DB_PASSWORD";
    static final String DEMO = "kinerjaflow.demo.enabled";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        check(environment);
    }

    /** Throws, naming every variable to set, when the production profile would start unsafe. */
    static void check(Environment environment) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains(PRODUCTION_PROFILE)) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (environment.getProperty(DB_PASSWORD) == null) {
            problems.add(DB_PASSWORD + " is not set: set it to the database password (an empty value only for a "
                    + "server with trust authentication); no default password is shipped");
        }
        if (environment.getProperty(DEMO, Boolean.class, false)) {
            problems.add(DEMO + " (KINERJAFLOW_DEMO_ENABLED) is true: the demo organisation and its 'demo' "
                    + "passwords never run under the " + PRODUCTION_PROFILE + " profile");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("KinerjaFlow refuses to start under the '" + PRODUCTION_PROFILE
                    + "' profile: " + String.join("; ", problems) + ". See README, Running on PostgreSQL.");
        }
    }
}
