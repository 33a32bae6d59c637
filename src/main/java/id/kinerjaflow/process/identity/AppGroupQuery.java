package id.kinerjaflow.process.identity;

import java.util.List;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** Camunda's group query, answered from KinerjaFlow's roles. */
class AppGroupQuery extends GroupQueryImpl {

    AppGroupQuery() {
    }

    AppGroupQuery(CommandExecutor executor) {
        super(executor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return provider(commandContext).groups(this).size();
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
        return Paging.page(provider(commandContext).groups(this), page, this);
    }

    private static AppIdentityProvider provider(CommandContext commandContext) {
        return (AppIdentityProvider) commandContext.getReadOnlyIdentityProvider();
    }
}
