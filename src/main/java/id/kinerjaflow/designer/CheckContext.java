package id.kinerjaflow.designer;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the application provides, against which a model is checked: the task forms it can show, the
 * delegate and listener beans a model may name, the bean methods an expression may call, the process
 * variables it sets, the groups (roles), the message names it correlates, the decisions and processes
 * that exist (deployed, or in a draft), the users an assignee may name, and the steps of the process
 * the application's code refers to by id (so a Modeler file whose ids differ is told which).
 */
record CheckContext(Set<String> formKeys, Set<String> delegateBeans, Set<String> allowedCalls,
                    Set<String> variables, Set<String> groups, Set<String> messages, Set<String> decisionKeys,
                    Set<String> processKeys, Predicate<String> userExists, List<Step> appSteps) {

    /** A step of the process the application's code refers to by its id, with its label and form in the current version. */
    record Step(String id, String label, String formKey) {
    }

    CheckContext(Set<String> formKeys, Set<String> delegateBeans, Set<String> allowedCalls, Set<String> variables,
                 Set<String> groups, Set<String> messages, Set<String> decisionKeys, Set<String> processKeys,
                 Predicate<String> userExists) {
        this(formKeys, delegateBeans, allowedCalls, variables, groups, messages, decisionKeys, processKeys, userExists,
                List.of());
    }
}
