/**
 * Audit: who did what, when and why, for any appraisal, and proof that the record was not changed.
 *
 * <h2>The trail ({@link id.kinerjaflow.audit.AuditTrail}, table {@code audit_log}, migration V6)</h2>
 * Two feeds append to it, each in the transaction that makes the change, so an entry exists exactly
 * when the change committed:
 * <ul>
 *   <li>the engine's history events ({@code audit/process/AuditHistoryPlugin}): a
 *       {@code HistoryEventHandler} added next to Camunda's own database handler (the engine builds a
 *       composite, Camunda's history stays): process instances, activities, tasks (created, assigned,
 *       completed), candidate groups, variables (those one command sets in one entry), decisions
 *       with inputs and outputs (one outside a process instance, kind {@code decision.standalone};
 *       a form's previews are not recorded, see {@code Workflow.preview}), people's operations
 *       (claim, release);</li>
 *   <li>the domain's changes ({@link id.kinerjaflow.audit.DomainChanges}): Hibernate's post-insert,
 *       update and delete events of the appraisal's file (appraisal, agreement rounds, calibrations and
 *       their changes, appeals, cycles), with the changed properties before and after.</li>
 * </ul>
 *
 * <h2>Why the chain is sealed afterwards</h2>
 * Chaining on insert would need the previous entry's hash, i.e. one global lock held by every
 * business transaction until it commits; a cycle launch runs many chunk transactions in parallel on
 * the job executor and would be serialized by it. So business transactions only insert rows without
 * a hash. The sealer ({@code AuditSchedule}, every minute, and before every verification) locks the
 * one row of {@code audit_seal} (the chain's head; nobody else touches it), takes the unsealed rows
 * older than the grace period ({@code kinerjaflow.audit.seal-grace}, 5 minutes: longer than any
 * transaction, so no transaction holding an earlier id can still commit) in id order, and gives each
 * its {@code seq}, the previous hash and {@code hash = SHA-256(prev_hash|seq|id|recorded_at|source|kind|
 * process_instance_id|appraisal_id|actor|detail)}. A transaction that commits even later is sealed
 * by the next run (its seq then follows a higher id; the chain's order is seq).
 *
 * <h2>Verification</h2>
 * {@link id.kinerjaflow.audit.AuditTrail#verify} seals what is due, walks the chain by seq and reports
 * the first problem: ALTERED (the content no longer gives the hash), MISSING (a gap in seq, or the head
 * points past the last row), INSERTED (a row with a seq already taken, or rows beyond the head),
 * BROKEN_LINK (a row that does not link to the previous hash). It runs every night too
 * ({@code kinerjaflow.audit.verify-cron}) and logs an error when the chain is broken.
 *
 * <h2>Retention</h2>
 * Every process and decision has {@code historyTimeToLive} P3650D (ten years, the retention assumed
 * for an appraisal file, which backs promotions and disciplinary decisions long after its cycle).
 * The history cleanup is configured on purpose in {@code application.yaml}: removal time set when an
 * instance ends ({@code end}), the removal-time-based strategy, a night window 01:00-05:00, so the
 * engine's history goes only after the retention period. The audit trail is never cleaned up.
 */
package id.kinerjaflow.audit;
