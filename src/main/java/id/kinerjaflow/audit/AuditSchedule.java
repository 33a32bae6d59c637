package id.kinerjaflow.audit;

import id.kinerjaflow.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The trail's schedule: the sealer chains what is old enough every minute; the whole chain is
 * verified every night, and a broken chain is logged as an error for the operators.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "kinerjaflow.audit.schedule.enabled", havingValue = "true", matchIfMissing = true)
class AuditSchedule {

    private static final Logger log = LoggerFactory.getLogger(AuditSchedule.class);

    private final AuditTrail trail;

    AuditSchedule(AuditTrail trail) {
        this.trail = trail;
    }

    @Scheduled(fixedDelayString = "${kinerjaflow.audit.seal-every:PT1M}",
            initialDelayString = "${kinerjaflow.audit.seal-every:PT1M}")
    void seal() {
        int sealed = trail.seal();
        if (sealed > 0) {
            log.debug("Audit trail: {} entries sealed", sealed);
        }
    }

    @Scheduled(cron = "${kinerjaflow.audit.verify-cron:0 30 2 * * *}")
    void verify() {
        AuditTrail.Verification v = SystemAuthentication.runAsSystem(trail::verify);
        if (v.intact()) {
            log.info("Audit trail verified: {} entries intact", v.checked());
        } else {
            log.error("Audit trail BROKEN: {} at seq {} (entry {}), after {} intact entries", v.problem(), v.seq(),
                    v.entryId(), v.checked());
        }
    }
}
