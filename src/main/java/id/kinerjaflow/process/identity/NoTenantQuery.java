package id.kinerjaflow.process.identity;

import java.util.List;

import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** KinerjaFlow runs one organisation per installation: there are no tenants. */
class NoTenantQuery extends TenantQueryImpl {

    NoTenantQuery() {
    }

    NoTenantQuery(CommandExecutor executor) {
        super(executor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return 0;
    }

    @Override
    public List<Tenant> executeList(CommandContext commandContext, Page page) {
        return List.of();
    }
}
