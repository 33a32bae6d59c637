package id.kinerjaflow.designer;

import java.util.Set;
import java.util.function.Predicate;

/**
 * What the application provides, against which a model is checked: the task forms it can show, the
 * delegate and listener beans a model may name, the bean methods an expression may call, the process
 * variables it sets, the groups (roles), the message names it correlates, the decisions and processes
 * that exist (deployed, or in a draft), and the users an assignee may name.
 */
record CheckContext(Set<String> formKeys, Set<String> delegateBeans, Set<String> allowedCalls,
                    Set<String> variables, Set<String> groups, Set<String> messages, Set<String> decisionKeys,
                    Set<String> processKeys, Predicate<String> userExists) {
}
