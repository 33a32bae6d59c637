package id.kinerjaflow.audit.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import id.kinerjaflow.audit.AuditTrail;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Adds the audit trail's handler to the engine's history events. The engine's own database
 * handler stays (the engine builds a composite of both), so Camunda's history tables are written
 * as before and the trail gets the same events in the same transaction.
 */
@Component
class AuditHistoryPlugin extends AbstractProcessEnginePlugin {

    private final AuditHistoryEvents events;

    AuditHistoryPlugin(@Lazy AuditTrail trail) {
        this.events = new AuditHistoryEvents(trail);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(events);
        configuration.setCustomHistoryEventHandlers(handlers);
        configuration.setEnableDefaultDbHistoryEventHandler(true);
    }
}
