package id.kinerjaflow.designer;

import java.util.Set;

/** The form keys the inbox can show (every task form bean's keys): a user task must use one of them. */
public record KnownForms(Set<String> keys) {

    public KnownForms {
        keys = Set.copyOf(keys);
    }
}
