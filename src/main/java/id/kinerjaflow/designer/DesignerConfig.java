package id.kinerjaflow.designer;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import id.kinerjaflow.base.ui.TaskForm;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The designer learns the known form keys from the task forms the features declare as beans (the
 * inbox routes a task to the form whose keys hold the task's form key), so a new form is known to
 * the check as soon as it exists.
 */
@Configuration
class DesignerConfig {

    @Bean
    KnownForms knownForms(List<TaskForm> forms) {
        Set<String> keys = forms.stream().flatMap(f -> f.formKeys().stream()).collect(Collectors.toSet());
        return new KnownForms(keys);
    }
}
