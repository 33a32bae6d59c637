package id.kinerjaflow.audit;

import java.time.Instant;

/**
 * One entry of the audit trail: where it comes from (the engine's history or the domain's own
 * tables), what happened, in which process instance or appraisal, who did it and the details.
 * {@code seq}, {@code prevHash} and {@code hash} are empty until the sealer chains the entry.
 */
public record AuditEntry(Long id, Instant recordedAt, Source source, String kind, String processInstanceId,
                         Long appraisalId, String actor, String detail, Long seq, String prevHash, String hash) {

    public enum Source {
        ENGINE, DOMAIN
    }

    /** A new, unchained entry. */
    public static AuditEntry of(Source source, String kind, String processInstanceId, Long appraisalId, String actor,
                                String detail) {
        return new AuditEntry(null, null, source, kind, processInstanceId, appraisalId, actor, detail, null, null,
                null);
    }

    public boolean sealed() {
        return seq != null;
    }
}
