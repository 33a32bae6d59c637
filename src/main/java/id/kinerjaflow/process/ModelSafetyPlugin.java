package id.kinerjaflow.process;

import java.util.ArrayList;
import java.util.List;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.spi.transform.DmnTransformListener;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;
import org.springframework.stereotype.Component;

/**
 * The engine's own wall against models that run code, behind the designer's check (which HR sees)
 * and whatever way a model reaches the engine (the designer, {@code RepositoryService} directly, a
 * deployment that was in the database before the check existed):
 * <ul>
 * <li>decisions: the default expression language of input expressions, input entries, output
 *     entries and literal expressions is FEEL; a decision that names any other language is refused
 *     when it is parsed ({@link DmnSafetyListener}), and JUEL and scripts cannot be evaluated in a
 *     decision at all;</li>
 * <li>processes: no script engine is available, and a process with a script, {@code camunda:class},
 *     a connector, a delegate that is not one of the application's beans, or an expression outside
 *     the {@link Expressions} grammar is refused when it is parsed ({@link BpmnSafetyListener}).</li>
 * </ul>
 */
@Component
class ModelSafetyPlugin extends AbstractProcessEnginePlugin {

    private final AppBeans beans;

    ModelSafetyPlugin(AppBeans beans) {
        this.beans = beans;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setScriptEngineResolver(new NoScripts());
        configuration.setEnableExpressionsInAdhocQueries(false);
        configuration.setEnableExpressionsInStoredQueries(false);

        List<BpmnParseListener> bpmn = configuration.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        bpmn.add(new BpmnSafetyListener(beans));
        configuration.setCustomPreBPMNParseListeners(bpmn);

        DefaultDmnEngineConfiguration dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        dmn.defaultInputExpressionExpressionLanguage(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE)
                .defaultInputEntryExpressionLanguage(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE)
                .defaultOutputEntryExpressionLanguage(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE)
                .defaultLiteralExpressionLanguage(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE);
        // set here, so the engine keeps them instead of giving the DMN engine its own (it sets only missing ones)
        dmn.setScriptEngineResolver(language -> {
            throw new ProcessEngineException("KinerjaFlow: decisions may not run scripts (" + language + ")");
        });
        dmn.setElProvider(expression -> {
            throw new ProcessEngineException("KinerjaFlow: decisions are evaluated in FEEL only");
        });
        List<DmnTransformListener> dmnListeners = new ArrayList<>(dmn.getTransformer().getTransformListeners());
        dmnListeners.add(new DmnSafetyListener());
        dmn.getTransformer().setTransformListeners(dmnListeners);
        configuration.setDmnEngineConfiguration(dmn);
    }

    /** The engine's scripting with no script engine: every script in a process fails. */
    static final class NoScripts implements ScriptEngineResolver {

        private final ScriptEngineManager none = new ScriptEngineManager(null);

        @Override
        public void addScriptEngineFactory(ScriptEngineFactory factory) {
            // no script engine is ever added
        }

        @Override
        public ScriptEngineManager getScriptEngineManager() {
            return none;
        }

        @Override
        public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
            throw new ProcessEngineException("KinerjaFlow: processes may not run scripts (" + language + ")");
        }
    }
}
