package id.kinerjaflow.process;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionLiteralExpressionImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableOutputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.DmnExpressionImpl;
import org.camunda.bpm.dmn.engine.impl.spi.transform.DmnTransformListener;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * Refuses, while the engine reads a decision, every expression whose language is not FEEL: the
 * language the transformation resolved (the expression's own, else the file's), so a language set
 * at any level and in any letter case is seen. Without a language the engine's default applies,
 * which is FEEL.
 */
final class DmnSafetyListener implements DmnTransformListener {

    @Override
    public void transformDecision(Decision dmnDecision, DmnDecision decision) {
        if (decision.getDecisionLogic() instanceof DmnDecisionLiteralExpressionImpl literal) {
            require(literal.getExpression(), dmnDecision.getId());
        }
    }

    @Override
    public void transformDecisionTableInput(Input input, DmnDecisionTableInputImpl decisionTableInput) {
        require(decisionTableInput.getExpression(), input.getId());
    }

    @Override
    public void transformDecisionTableOutput(Output output, DmnDecisionTableOutputImpl decisionTableOutput) {
        // an output declares a name and a type; its values come from the rules' output entries
    }

    @Override
    public void transformDecisionTableRule(Rule rule, DmnDecisionTableRuleImpl decisionTableRule) {
        decisionTableRule.getConditions().forEach(e -> require(e, rule.getId()));
        decisionTableRule.getConclusions().forEach(e -> require(e, rule.getId()));
    }

    @Override
    public void transformDecisionRequirementsGraph(Definitions definitions, DmnDecisionRequirementsGraph graph) {
        // every decision of the graph has been read (and checked) one by one
    }

    private static void require(DmnExpressionImpl expression, String elementId) {
        if (expression != null && !ModelSafety.isFeel(expression.getExpressionLanguage())) {
            throw new ProcessEngineException("KinerjaFlow: decision element " + elementId
                    + " uses expression language '" + expression.getExpressionLanguage() + "'; only FEEL is allowed");
        }
    }
}
