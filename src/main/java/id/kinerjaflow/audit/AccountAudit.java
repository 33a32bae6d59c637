package id.kinerjaflow.audit;

import id.kinerjaflow.security.AccountEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes what happens to accounts and sign-ins into the audit trail (issues 17.4 and 23): failed
 * and blocked sign-ins, activations, codes issued, locks, roles granted and revoked, with who and
 * when. In the transaction of the change where there is one; a failed sign-in has none and is
 * written at once.
 */
@Component
class AccountAudit {

    private final AuditTrail trail;

    AccountAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(AccountEvent event) {
        String detail = event.subject() == null || event.subject().isEmpty() ? event.detail()
                : "account " + event.subject() + (event.detail().isEmpty() ? "" : ": " + event.detail());
        trail.append(AuditEntry.of(AuditEntry.Source.DOMAIN, event.kind(), null, null, event.actor(), detail));
    }
}
