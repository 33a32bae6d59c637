package id.kinerjaflow.audit;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import id.kinerjaflow.security.Roles;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

/**
 * The check of the trail's hash chain that a user asks for (the audit search's Verify). It reads
 * every sealed entry, millions after a few cycles, so it runs in the background, on behalf of the
 * user who asked, while the page shows how far it has come. One check runs at a time: asking again
 * while one runs joins it. It seals everything pending first (in its own transaction, so the sealer's lock
 * is not held during the walk).
 */
@Service
public class TrailVerification {

    private static final Logger log = LoggerFactory.getLogger(TrailVerification.class);

    private final AuditTrail trail;
    private final Executor worker;
    private Run current;

    @Autowired
    TrailVerification(AuditTrail trail) {
        this(trail, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "audit-verify");
            t.setDaemon(true);
            return t;
        }));
    }

    /** With the executor that runs the checks (one thread in the application). */
    TrailVerification(AuditTrail trail, Executor worker) {
        this.trail = trail;
        this.worker = worker;
    }

    /** Starts a check, or returns the one still running. */
    @Secured({Roles.AUTH_AUDITOR, Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public synchronized Run start() {
        if (current != null && !current.done()) {
            return current;
        }
        Run run = new Run();
        current = run;
        worker.execute(new DelegatingSecurityContextRunnable(() -> run.execute(trail)));
        return run;
    }

    @PreDestroy
    void stop() {
        if (worker instanceof ExecutorService service) {
            service.shutdownNow();
        }
    }

    /** One check: its progress while it runs, then its verification or why it failed. */
    public static final class Run {

        private volatile long checked;
        private volatile long total;
        private final CompletableFuture<AuditTrail.Verification> result = new CompletableFuture<>();

        private void execute(AuditTrail trail) {
            try {
                trail.sealPending();
                result.complete(trail.check((c, t) -> {
                    checked = c;
                    total = t;
                }));
            } catch (RuntimeException | Error e) {
                log.error("The check of the audit trail failed", e);
                result.completeExceptionally(e);
            }
        }

        public long checked() {
            return checked;
        }

        /** The chain's length when the check began (0 until it has read it). */
        public long total() {
            return total;
        }

        public boolean done() {
            return result.isDone();
        }

        /** The verification, once the check is done and did not fail. */
        public Optional<AuditTrail.Verification> verification() {
            return done() && !result.isCompletedExceptionally() ? Optional.of(result.join()) : Optional.empty();
        }

        /** True when the check could not be completed (the database failed, say). */
        public boolean failed() {
            return result.isCompletedExceptionally();
        }

        /** Completes when the check does (for tests and callers that may wait). */
        public CompletableFuture<AuditTrail.Verification> result() {
            return result.copy();
        }
    }
}
