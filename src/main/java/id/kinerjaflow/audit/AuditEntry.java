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

    /** This entry, recorded at the given time. */
    public AuditEntry at(Instant when) {
        return new AuditEntry(id, when, source, kind, processInstanceId, appraisalId, actor, detail, seq, prevHash,
                hash);
    }

    /**
     * This entry joined to the one recorded just before it, when both say the same thing of
     * several values: the engine's variable events ({@code variable.*}) of one kind, process
     * instance and actor, as one command sets them (a process start sets nine). The details are
     * joined with "; " in their order, and the earlier entry's time is kept. Null when they do not
     * fold, or when the joined details would be longer than {@code maxDetail}.
     */
    public AuditEntry foldInto(AuditEntry previous, int maxDetail) {
        boolean same = previous.id == null && id == null && source == Source.ENGINE && previous.source == Source.ENGINE
                && kind.startsWith("variable.") && kind.equals(previous.kind)
                && java.util.Objects.equals(processInstanceId, previous.processInstanceId)
                && java.util.Objects.equals(appraisalId, previous.appraisalId)
                && java.util.Objects.equals(actor, previous.actor);
        if (!same) {
            return null;
        }
        String joined = previous.detail + "; " + detail;
        if (joined.length() > maxDetail) {
            return null;
        }
        return new AuditEntry(null, previous.recordedAt, source, kind, processInstanceId, appraisalId, actor, joined,
                null, null, null);
    }

    public boolean sealed() {
        return seq != null;
    }
}
