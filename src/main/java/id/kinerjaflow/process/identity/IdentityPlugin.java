package id.kinerjaflow.process.identity;

import java.util.ArrayList;
import java.util.List;

import id.kinerjaflow.security.Role;
import id.kinerjaflow.security.UserDirectory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Plugs KinerjaFlow's user store into the engine, and makes the ADMIN role the engine's
 * administrator group (Cockpit, Admin, the REST API).
 */
@Component
class IdentityPlugin extends AbstractProcessEnginePlugin {

    private final UserDirectory directory;

    IdentityPlugin(@Lazy UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ReadOnlyIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new AppIdentityProvider(directory);
            }
        });
        // mutable: the engine adds its own default group to the list
        configuration.setAdminGroups(new ArrayList<>(List.of(Role.ADMIN.name())));
    }
}
