package id.kinerjaflow.process.identity;

import java.util.ArrayList;
import java.util.List;

import id.kinerjaflow.security.Role;
import id.kinerjaflow.security.UserDirectory;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
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

    /**
     * With a read-only identity provider the engine never creates the administrators' grants that
     * its own admin setup would; without them Cockpit refuses even an administrator ("missing
     * access rights to application"). Grant the ADMIN group everything, once.
     */
    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (Resource resource : Resources.values()) {
            boolean granted = authorizations.createAuthorizationQuery().groupIdIn(Role.ADMIN.name())
                    .resourceType(resource).resourceId(Authorization.ANY).count() > 0;
            if (!granted) {
                Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                all.setGroupId(Role.ADMIN.name());
                all.setResource(resource);
                all.setResourceId(Authorization.ANY);
                all.addPermission(Permissions.ALL);
                authorizations.saveAuthorization(all);
            }
        }
    }
}
