package id.kinerjaflow.process.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The engine knows who acts (issue 17, item 8): every engine command the app runs for a signed-in
 * user (claims, completions, process starts, message correlations, deployments, migrations, the
 * REST API's calls) runs with that user as the engine's authenticated user
 * ({@code IdentityService.setAuthenticatedUserId}), cleared when the command ends. So the engine's
 * own history names the person: the user operation log, the assigner of an identity link, the
 * start user of a process instance, the creator of a deployment's or migration's batch; Cockpit
 * shows them.
 *
 * <p>One interceptor rather than a call around every engine call, so no path is forgotten. It
 * acts only on the outermost command and only when no engine authentication is set yet (Cockpit's
 * requests set their own, with the engine's authorization checks). For the app's own commands
 * the engine's authorization checks stay off, as they were before a user was set: the app checks
 * roles and ownership itself (Workflow, the services' {@code @Secured}), and the engine's grants
 * cover only the administrators of Cockpit. Jobs run without a user (the job executor has no
 * signed-in user), as before.
 */
@Component
class ActingUser extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> required = new ArrayList<>(orEmpty(configuration.getCustomPostCommandInterceptorsTxRequired()));
        required.add(new Interceptor());
        configuration.setCustomPostCommandInterceptorsTxRequired(required);
        List<CommandInterceptor> requiresNew = new ArrayList<>(orEmpty(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
        requiresNew.add(new Interceptor());
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(requiresNew);
    }

    private static List<CommandInterceptor> orEmpty(List<CommandInterceptor> list) {
        return list == null ? List.of() : list;
    }

    /** The signed-in user's name, or null when nobody is signed in on this thread. */
    static String signedInUser() {
        org.springframework.security.core.Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return user.getName();
    }

    static final class Interceptor extends CommandInterceptor {

        /** Whether this thread's engine authentication is the one this interceptor set. */
        private static final ThreadLocal<Boolean> SET_HERE = new ThreadLocal<>();

        @Override
        public <T> T execute(Command<T> command) {
            CommandContext context = Context.getCommandContext();
            ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
            Authentication current = configuration.getIdentityService().getCurrentAuthentication();
            if (current != null) {
                if (context != null && Boolean.TRUE.equals(SET_HERE.get())) {
                    // a nested command in a context of its own (e.g. a new transaction) for the same user
                    uncheckedAsBefore(context);
                }
                return next.execute(command);
            }
            String user = signedInUser();
            if (user == null || context == null) {
                return next.execute(command);
            }
            configuration.getIdentityService().setAuthenticatedUserId(user);
            SET_HERE.set(Boolean.TRUE);
            uncheckedAsBefore(context);
            try {
                return next.execute(command);
            } finally {
                SET_HERE.remove();
                configuration.getIdentityService().clearAuthentication();
            }
        }

        /**
         * The app's commands were never checked against the engine's grants or tenants; naming the
         * user must not start to (the app checks roles and ownership itself). The context ends
         * with the command.
         */
        private static void uncheckedAsBefore(CommandContext context) {
            context.disableAuthorizationCheck();
            context.disableTenantCheck();
        }
    }
}
