package id.kinerjaflow.process;

import id.kinerjaflow.security.SystemAuthentication;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The guard of the services' steps that only the process takes (a delegate records a rating,
 * releases a calibration, keeps the inbox in step ...). Such a step runs inside an engine command
 * (a delegate or listener, also when a person's task completion triggered it), on a background
 * thread where no person is signed in (job executor, start-up), or as the system. A signed-in
 * person calling it from outside the engine, an auditor above all, is refused: nobody goes around
 * the process.
 */
public final class EngineSteps {

    private EngineSteps() {
    }

    /** Refuses the call unless the engine, a background thread or the system makes it. */
    public static void requireEngine() {
        if (Context.getCommandContext() != null) {
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || SystemAuthentication.SYSTEM_USER.equals(auth.getName())) {
            return;
        }
        throw new AccessDeniedException("Only the process takes this step");
    }
}
