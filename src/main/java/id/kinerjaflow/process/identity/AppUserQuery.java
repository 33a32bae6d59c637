package id.kinerjaflow.process.identity;

import java.util.List;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** Camunda's user query, answered from KinerjaFlow's accounts. Ordered by user id. */
class AppUserQuery extends UserQueryImpl {

    AppUserQuery() {
    }

    AppUserQuery(CommandExecutor executor) {
        super(executor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return provider(commandContext).users(this).size();
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
        List<User> users = provider(commandContext).users(this).stream()
                .map(AppIdentityProvider::toUser).map(User.class::cast).toList();
        return Paging.page(users, page, this);
    }

    private static AppIdentityProvider provider(CommandContext commandContext) {
        return (AppIdentityProvider) commandContext.getReadOnlyIdentityProvider();
    }
}
