package id.kinerjaflow.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import id.kinerjaflow.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tamper-evident audit trail: entries are appended unchained (a plain insert in the caller's
 * transaction, no lock shared with anyone), and a sealer chains them afterwards, in id order, each
 * to the one before by SHA-256. Only rows older than the grace period are sealed, so that a
 * transaction still running with an earlier id cannot commit behind the chain's head; should one
 * commit even later, it is sealed with the next run (its seq then follows a higher id, which the
 * chain allows: the order that counts is seq). {@link #verify} walks the chain and reports the
 * first altered, missing or inserted row, and whether the head still matches.
 */
@Service
public class AuditTrail {

    /** The hash the first entry links to. */
    static final String GENESIS = "0".repeat(64);
    private static final int DETAIL_MAX = 4000;
    private static final int SEAL_BATCH = 500;
    private static final int PROGRESS_EVERY = 1000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration grace;
    private final TransactionTemplate ownTransaction;

    AuditTrail(JdbcTemplate jdbc, Clock clock, @Value("${kinerjaflow.audit.seal-grace:PT5M}") Duration grace,
               PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.grace = grace;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    // ---- append --------------------------------------------------------------------------------

    /**
     * Appends an entry in the caller's transaction (gone with it if it rolls back). Within a
     * transaction the entries are collected and written in one JDBC batch just before it commits
     * (a process start alone brings some twenty history events); whatever arrives after that (the
     * JPA flush at commit) is written at once. An entry that {@link AuditEntry#foldInto folds into}
     * the one collected just before it (the variables one command set) joins that entry.
     */
    public void append(AuditEntry e) {
        AuditEntry stamped = e.recordedAt() != null ? e : e.at(clock.instant().truncatedTo(ChronoUnit.MILLIS));
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // something seen during a read (a failed sign-in checked in a read-only transaction): a fact of
            // its own, written in its own transaction (PostgreSQL refuses writes in a read-only one; H2 did not)
            ownTransaction.executeWithoutResult(status -> insert(java.util.Collections.singletonList(stamped)));
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            insert(java.util.Collections.singletonList(stamped));
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Pending fresh = new Pending();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    fresh.flushed = true;
                    insert(fresh.entries);
                    fresh.entries.clear();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(AuditTrail.this);
                }
            });
            pending = fresh;
        }
        if (pending.flushed) {
            insert(java.util.Collections.singletonList(stamped));
            return;
        }
        List<AuditEntry> entries = pending.entries;
        AuditEntry folded = entries.isEmpty() ? null : stamped.foldInto(entries.get(entries.size() - 1), DETAIL_MAX);
        if (folded != null) {
            entries.set(entries.size() - 1, folded);
        } else {
            entries.add(stamped);
        }
    }

    /** The entries of the running transaction not written yet. */
    private static final class Pending {
        final List<AuditEntry> entries = new java.util.ArrayList<>();
        boolean flushed;
    }

    private static Object[] row(AuditEntry e) {
        return new Object[]{Timestamp.from(e.recordedAt()), e.source().name(), cut(e.kind(), 80),
                e.processInstanceId(), e.appraisalId(), cut(e.actor(), 60), cut(e.detail(), DETAIL_MAX)};
    }

    private void insert(List<AuditEntry> entries) {
        if (!entries.isEmpty()) {
            jdbc.batchUpdate("insert into audit_log (recorded_at, source, kind, process_instance_id, appraisal_id, "
                    + "actor, detail) values (?, ?, ?, ?, ?, ?, ?)", entries.stream().map(AuditTrail::row).toList());
        }
    }

    // ---- seal ----------------------------------------------------------------------------------

    /** Seals what is older than the grace period (the scheduled run, and before a verification). */
    @Transactional
    public int seal() {
        return seal(clock.instant().minus(grace));
    }

    /**
     * Seals every entry written so far, grace period or not (before a verification, so that it
     * checks what the trail holds now, not what it held minutes ago). An entry of a transaction
     * still running commits later and is sealed by the next run, after a higher id, which the chain
     * allows.
     */
    @Transactional
    public int sealPending() {
        return seal(clock.instant().plusMillis(1));
    }

    /**
     * Chains every unsealed entry recorded before {@code olderThan}, in id order. Only the sealer
     * takes the lock on the chain's head, so two sealers never interleave.
     */
    @Transactional
    public int seal(Instant olderThan) {
        Head head = jdbc.queryForObject("select last_seq, last_hash from audit_seal where id = 1 for update",
                (rs, n) -> new Head(rs.getLong(1), rs.getString(2)));
        long seq = head.seq();
        String prev = head.hash();
        int sealed = 0;
        List<AuditEntry> batch;
        do {
            batch = jdbc.query("select * from audit_log where seq is null and recorded_at < ? order by id",
                    ps -> {
                        ps.setTimestamp(1, Timestamp.from(olderThan));
                        ps.setMaxRows(SEAL_BATCH);
                    }, ENTRY);
            for (AuditEntry e : batch) {
                seq++;
                String hash = hash(prev, seq, e);
                jdbc.update("update audit_log set seq = ?, prev_hash = ?, hash = ? where id = ? and seq is null",
                        seq, prev, hash, e.id());
                prev = hash;
                sealed++;
            }
        } while (batch.size() == SEAL_BATCH);
        if (sealed > 0) {
            jdbc.update("update audit_seal set last_seq = ?, last_hash = ?, sealed_at = ? where id = 1", seq, prev,
                    Timestamp.from(clock.instant()));
        }
        return sealed;
    }

    private record Head(long seq, String hash) {
    }

    // ---- verify --------------------------------------------------------------------------------

    /**
     * What a verification found: how many entries of the trail's {@code total} it checked, recorded
     * from {@code first} to {@code last}, and the first problem and where, if any. The chain is
     * {@link #intact} only when at least one entry was checked and no problem found; with nothing
     * sealed there is {@link #nothingToCheck nothing to check}, which is not a clean bill.
     */
    public record Verification(long checked, long total, Instant first, Instant last, Problem problem, Long seq,
                               Long entryId, Instant verifiedAt) {

        public boolean intact() {
            return problem == null && checked > 0;
        }

        public boolean nothingToCheck() {
            return problem == null && checked == 0;
        }
    }

    public enum Problem {
        /** An entry's content no longer gives its hash. */
        ALTERED,
        /** An entry of the chain is gone (a gap in seq, or the head points past the last one). */
        MISSING,
        /** An entry that the sealer did not chain sits in the chain. */
        INSERTED,
        /** An entry does not link to the one before. */
        BROKEN_LINK
    }

    /** Seals everything pending, then checks the whole chain from the first entry to the head. */
    @Transactional
    @Secured({Roles.AUTH_AUDITOR, Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public Verification verify() {
        sealPending();
        return check();
    }

    /** Checks the chain as it stands (sealing nothing). */
    @Transactional(readOnly = true)
    @Secured({Roles.AUTH_AUDITOR, Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public Verification check() {
        return check((checked, total) -> { });
    }

    /** How far a check has come: entries checked, of the chain's length when it began. */
    @FunctionalInterface
    public interface Progress {
        void checked(long checked, long total);
    }

    /**
     * Checks the chain as it stands (sealing nothing), telling {@code progress} every thousand
     * entries and at the end. The rows are streamed (fetched a thousand at a time), not loaded, and
     * the walk stops at the first problem.
     */
    @Transactional(readOnly = true)
    @Secured({Roles.AUTH_AUDITOR, Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public Verification check(Progress progress) {
        Instant now = clock.instant();
        Head head = jdbc.queryForObject("select last_seq, last_hash from audit_seal where id = 1",
                (rs, n) -> new Head(rs.getLong(1), rs.getString(2)));
        long total = jdbc.queryForObject("select count(*) from audit_log", Long.class);
        Walk walk = new Walk();
        progress.checked(0, head.seq());
        jdbc.query(con -> {
            java.sql.PreparedStatement ps = con.prepareStatement(
                    "select * from audit_log where seq is not null order by seq, id");
            ps.setFetchSize(PROGRESS_EVERY);
            return ps;
        }, (org.springframework.jdbc.core.ResultSetExtractor<Void>) rs -> {
            // the walk stops at the first problem: nothing after it is read
            while (walk.problem == null && rs.next()) {
                walk.next(ENTRY.mapRow(rs, 0));
                if (walk.checked % PROGRESS_EVERY == 0) {
                    progress.checked(walk.checked, head.seq());
                }
            }
            return null;
        });
        progress.checked(walk.checked, head.seq());
        if (walk.problem != null) {
            return new Verification(walk.checked, total, walk.first, walk.last, walk.problem, walk.problemSeq,
                    walk.problemId, now);
        }
        if (walk.expected - 1 != head.seq() || !walk.prev.equals(head.hash())) {
            return new Verification(walk.checked, total, walk.first, walk.last,
                    walk.expected - 1 < head.seq() ? Problem.MISSING : Problem.INSERTED, walk.expected, null, now);
        }
        return new Verification(walk.checked, total, walk.first, walk.last, null, null, null, now);
    }

    /** The walk along the chain, stopping at the first problem. */
    private static final class Walk {
        long expected = 1;
        String prev = GENESIS;
        long checked;
        Instant first;
        Instant last;
        Problem problem;
        Long problemSeq;
        Long problemId;

        void next(AuditEntry e) {
            if (e.seq() < expected) {
                fail(Problem.INSERTED, e);
            } else if (e.seq() > expected) {
                fail(Problem.MISSING, new AuditEntry(null, null, null, null, null, null, null, null, expected, null,
                        null));
            } else if (!hash(e.prevHash(), e.seq(), e).equals(e.hash())) {
                fail(Problem.ALTERED, e);
            } else if (!prev.equals(e.prevHash())) {
                fail(Problem.BROKEN_LINK, e);
            } else {
                prev = e.hash();
                expected++;
                checked++;
                first = first == null || e.recordedAt().isBefore(first) ? e.recordedAt() : first;
                last = last == null || e.recordedAt().isAfter(last) ? e.recordedAt() : last;
            }
        }

        private void fail(Problem p, AuditEntry e) {
            problem = p;
            problemSeq = e.seq();
            problemId = e.id();
        }
    }

    // ---- read ----------------------------------------------------------------------------------

    /** The entries of one appraisal: its process instance's and its own, in the order recorded. */
    @Transactional(readOnly = true)
    @Secured({Roles.AUTH_AUDITOR, Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public List<AuditEntry> entriesOf(String processInstanceId, Long appraisalId) {
        return jdbc.query("select * from audit_log where process_instance_id = ? or appraisal_id = ? order by id",
                ENTRY, processInstanceId, appraisalId);
    }

    // ---- the hash ------------------------------------------------------------------------------

    static String hash(String prevHash, long seq, AuditEntry e) {
        String text = String.join("|", String.valueOf(prevHash), Long.toString(seq), String.valueOf(e.id()),
                Long.toString(e.recordedAt().toEpochMilli()), String.valueOf(e.source()), String.valueOf(e.kind()),
                String.valueOf(e.processInstanceId()), String.valueOf(e.appraisalId()), String.valueOf(e.actor()),
                String.valueOf(e.detail()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static final RowMapper<AuditEntry> ENTRY = AuditTrail::entry;

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        long appraisal = rs.getLong("appraisal_id");
        Long appraisalId = rs.wasNull() ? null : appraisal;
        long seq = rs.getLong("seq");
        Long seqOrNull = rs.wasNull() ? null : seq;
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("recorded_at").toInstant(),
                AuditEntry.Source.valueOf(rs.getString("source")), rs.getString("kind"),
                rs.getString("process_instance_id"), appraisalId, rs.getString("actor"), rs.getString("detail"),
                seqOrNull, rs.getString("prev_hash"), rs.getString("hash"));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
