package id.kinerjaflow.process;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The application's code a model may name: its own {@link JavaDelegate}, {@link ExecutionListener}
 * and {@link TaskListener} beans (by {@code camunda:delegateExpression="${bean}"}) and the bean
 * methods an expression may call ({@code kinerjaflow.designer.allowed-calls}). Nothing else.
 */
@Component
public class AppBeans {

    private final ApplicationContext context;
    private final Set<String> allowedCalls;

    AppBeans(ApplicationContext context,
             @Value("${kinerjaflow.designer.allowed-calls:appraisalStage.enter,actingFor.groups}") String allowedCalls) {
        this.context = context;
        this.allowedCalls = Arrays.stream(allowedCalls.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The names of the delegate and listener beans of the application (not of a library). */
    public Set<String> delegateBeans() {
        Set<String> names = new LinkedHashSet<>();
        for (Class<?> type : List.of(JavaDelegate.class, ExecutionListener.class, TaskListener.class)) {
            for (String name : context.getBeanNamesForType(type, false, false)) {
                Class<?> beanType = context.getType(name, false);
                if (beanType != null && ClassUtils.getUserClass(beanType).getName().startsWith("id.kinerjaflow.")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** {@code bean.method} pairs an expression may call. */
    public Set<String> allowedCalls() {
        return allowedCalls;
    }
}
