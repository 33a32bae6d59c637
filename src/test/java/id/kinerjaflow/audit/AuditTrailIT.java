package id.kinerjaflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import id.kinerjaflow.IntegrationTest;
import id.kinerjaflow.appeal.AppealService;
import id.kinerjaflow.appraisal.AgreementService;
import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.AppraisalTestUnit;
import id.kinerjaflow.appraisal.UnitUnderCalibration;
import id.kinerjaflow.calibration.CalibrationService;
import id.kinerjaflow.demo.DemoOrganisation;
import id.kinerjaflow.security.SystemAuthentication;
import id.kinerjaflow.security.UserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail: a whole appraisal (an agreement returned once, a rating changed by the board,
 * an appeal decided) leaves every step and every actor in the trail, from the engine and from the
 * domain; the chain, sealed, finds a row altered, deleted or inserted directly in the database.
 */
@IntegrationTest
class AuditTrailIT {

    @Autowired ApplicationContext context;
    @Autowired DemoOrganisation demo;
    @Autowired UserDirectory users;
    @Autowired AuditTrail trail;
    @Autowired AgreementService agreements;
    @Autowired AppraisalService appraisals;
    @Autowired CalibrationService calibrations;
    @Autowired AppealService appeals;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void demo() {
        demo.load();
    }

    @Test
    void aWholeAppraisalLeavesEveryStepAndEveryActorInTheTrail() {
        FullAppraisal full = FullAppraisal.of(context);
        UnitUnderCalibration u = full.unit;
        Appraisal a = full.appraisal;
        String staff = u.unit.staffUser(0);
        String head = u.unit.headUser();

        List<AuditEntry> entries = SystemAuthentication.runAsSystem(
                () -> trail.entriesOf(a.getProcessInstanceId(), a.getId()));
        List<String> lines = entries.stream().map(e -> e.source() + " " + e.kind() + " " + e.actor() + " "
                + e.detail()).toList();

        // the engine: the instance, every task created and completed by whom, the decision with its inputs
        assertThat(lines).anyMatch(l -> l.startsWith("ENGINE process.start"));
        assertThat(lines).anyMatch(l -> l.startsWith("ENGINE process.end"));
        assertThat(lines.stream().filter(l -> l.startsWith("ENGINE task.complete " + staff)
                && l.contains("task=" + "Task_DraftAgreement"))).hasSize(2);
        assertThat(lines.stream().filter(l -> l.startsWith("ENGINE task.complete " + head)
                && l.contains("task=Task_ReviewAgreement"))).hasSize(2);
        for (String[] step : new String[][]{{staff, "Task_SelfReview"}, {head, "Task_SupervisorReview"},
                {staff, "Task_ExplainAppealEmployee"}, {head, "Task_ExplainAppealAppraiser"},
                {"hr", "Task_DecideAppeal"}}) {
            assertThat(lines).as(step[1] + " completed by " + step[0])
                    .anyMatch(l -> l.startsWith("ENGINE task.complete " + step[0]) && l.contains("task=" + step[1]));
        }
        assertThat(lines).anyMatch(l -> l.startsWith("ENGINE activity.start") && l.contains("type=businessRuleTask"));
        // the start's variables, folded into one entry, each with its value
        assertThat(lines).anyMatch(l -> l.startsWith("ENGINE variable.create") && l.contains("name=appraisalId value="
                + a.getId() + ";") && l.contains("; name=employeeUser value=" + staff) && l.contains("name=agreementDeadline"));
        assertThat(lines).anyMatch(l -> l.startsWith("ENGINE decision ") && l.contains("decision=performance-rating")
                && l.contains("inputs={") && l.contains("outputs={"));
        // the domain: both rounds, the board's change with its reason, the appeal decided, the final rating
        assertThat(lines).anyMatch(l -> l.startsWith("DOMAIN AgreementRound.changed " + head)
                && l.contains("RETURNED") && l.contains("Target kuantitas terlalu rendah."));
        assertThat(lines).anyMatch(l -> l.startsWith("DOMAIN AgreementRound.changed " + head) && l.contains("APPROVED"));
        assertThat(lines).anyMatch(l -> l.startsWith("DOMAIN CalibrationChange.created board")
                && l.contains("VERY_GOOD") && l.contains("Inovasi layanan diakui provinsi."));
        assertThat(lines).anyMatch(l -> l.startsWith("DOMAIN Appeal.created " + staff));
        assertThat(lines).anyMatch(l -> l.startsWith("DOMAIN Appeal.changed hr") && l.contains("Penilaian sesuai bukti."));
        assertThat(lines).anyMatch(l -> l.startsWith("DOMAIN Appraisal.changed") && l.contains("finalRating"));
        assertThat(entries.stream().map(AuditEntry::actor)).contains(staff, head, "hr", "board");

        AuditTrail.Verification v = SystemAuthentication.runAsSystem(() -> {
            trail.seal(Instant.now().plusSeconds(1));
            return trail.verify();
        });
        assertThat(v.intact()).as(v.toString()).isTrue();
    }

    @Test
    void theChainFindsARowAlteredDeletedOrInsertedInTheDatabase() {
        // something to seal: a round of an agreement
        UnitUnderCalibration u = new UnitUnderCalibration(context);
        u.unit.as(u.unit.staffUser(0), () -> {
            agreements.submit(u.staff.get(0).getId(), AppraisalTestUnit.simpleDraft());
            return null;
        });
        SystemAuthentication.runAsSystem(() -> trail.seal(Instant.now().plusSeconds(1)));
        assertThat(verify().intact()).as(verify().toString()).isTrue();
        Map<String, Object> row = jdbc.queryForMap("select * from audit_log where seq = "
                + "(select max(seq) - 2 from audit_log)");
        long id = ((Number) row.get("ID")).longValue();
        long seq = ((Number) row.get("SEQ")).longValue();

        // altered
        jdbc.update("update audit_log set detail = 'nilai diubah' where id = ?", id);
        try {
            assertThat(verify()).extracting(AuditTrail.Verification::problem, AuditTrail.Verification::seq)
                    .containsExactly(AuditTrail.Problem.ALTERED, seq);
        } finally {
            jdbc.update("update audit_log set detail = ? where id = ?", row.get("DETAIL"), id);
        }
        assertThat(verify().intact()).isTrue();

        // deleted
        jdbc.update("delete from audit_log where id = ?", id);
        try {
            assertThat(verify()).extracting(AuditTrail.Verification::problem, AuditTrail.Verification::seq)
                    .containsExactly(AuditTrail.Problem.MISSING, seq);
        } finally {
            jdbc.update("insert into audit_log (id, recorded_at, source, kind, process_instance_id, appraisal_id, actor,"
                            + " detail, seq, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id,
                    row.get("RECORDED_AT"), row.get("SOURCE"), row.get("KIND"), row.get("PROCESS_INSTANCE_ID"),
                    row.get("APPRAISAL_ID"), row.get("ACTOR"), row.get("DETAIL"), seq, row.get("PREV_HASH"),
                    row.get("HASH"));
        }
        assertThat(verify().intact()).isTrue();

        // inserted: a row made to look chained, in the middle
        long forged = jdbc.queryForObject("select max(id) from audit_log", Long.class) + 1000;
        jdbc.update("insert into audit_log (id, recorded_at, source, kind, actor, detail, seq, prev_hash, hash)"
                        + " values (?, ?, 'DOMAIN', 'Appraisal.changed', 'hr', 'finalRating: GOOD -> VERY_GOOD', ?, ?, ?)",
                forged, Timestamp.from(Instant.now()), seq, row.get("PREV_HASH"), row.get("HASH"));
        try {
            assertThat(verify()).extracting(AuditTrail.Verification::problem, AuditTrail.Verification::entryId)
                    .containsExactly(AuditTrail.Problem.INSERTED, forged);
        } finally {
            jdbc.update("delete from audit_log where id = ?", forged);
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void aVerificationSealsWhatWasJustWrittenAndSaysHowManyItCheckedFromWhenToWhen() {
        UnitUnderCalibration u = new UnitUnderCalibration(context);
        u.unit.as(u.unit.staffUser(0), () -> {
            agreements.submit(u.staff.get(0).getId(), AppraisalTestUnit.simpleDraft());
            return null;
        });
        // written a moment ago, well inside the sealer's grace period
        long newest = jdbc.queryForObject("select max(id) from audit_log", Long.class);
        Instant written = jdbc.queryForObject("select recorded_at from audit_log where id = ?", Timestamp.class,
                newest).toInstant();
        assertThat(jdbc.queryForObject("select seq from audit_log where id = ?", Long.class, newest)).isNull();

        AuditTrail.Verification v = SystemAuthentication.runAs(users.find("auditor").orElseThrow(), trail::verify);

        assertThat(jdbc.queryForObject("select seq from audit_log where id = ?", Long.class, newest))
                .as("sealed before the check").isNotNull();
        assertThat(v.intact()).as(v.toString()).isTrue();
        assertThat(v.nothingToCheck()).isFalse();
        assertThat(v.checked()).isEqualTo(jdbc.queryForObject("select max(seq) from audit_log", Long.class));
        assertThat(v.total()).isGreaterThanOrEqualTo(v.checked());
        assertThat(v.first()).isBeforeOrEqualTo(written);
        assertThat(v.last()).isAfterOrEqualTo(written);
        assertThat(AuditTexts.verification(v, java.util.Locale.forLanguageTag("id-ID")))
                .startsWith("Rantai hash jejak audit utuh: ").contains(" entri diperiksa, dari ");
    }

    /** Checks the chain as the auditor would (nothing is sealed meanwhile: the grace period is not over). */
    private AuditTrail.Verification verify() {
        return SystemAuthentication.runAs(users.find("auditor").orElseThrow(), trail::check);
    }
}
