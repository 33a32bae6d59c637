package id.kinerjaflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import id.kinerjaflow.IntegrationTest;
import id.kinerjaflow.audit.AppraisalTimeline.Entry;
import id.kinerjaflow.audit.AppraisalTimeline.Kind;
import id.kinerjaflow.audit.AppraisalTimeline.Process;
import id.kinerjaflow.audit.AppraisalTimeline.Timeline;
import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.base.Messages;
import id.kinerjaflow.demo.DemoOrganisation;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.security.SystemAuthentication;
import id.kinerjaflow.security.UserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * One appraisal's history is complete: a whole appraisal with a returned agreement, a rating the
 * board changed and an appeal shows every step and every actor on its timeline, its decisions with
 * inputs and outputs, its data revisions, its path with the loop counted; and its audit bundle holds
 * each of these as a file, listed with its SHA-256 in the manifest.
 */
@IntegrationTest
class AppraisalTimelineIT {

    @Autowired ApplicationContext context;
    @Autowired DemoOrganisation demo;
    @Autowired UserDirectory users;
    @Autowired AppraisalTimeline timelines;
    @Autowired AuditBundle bundles;

    FullAppraisal full;

    @BeforeEach
    void fullAppraisal() {
        demo.load();
        full = FullAppraisal.of(context);
    }

    private <T> T asAuditor(java.util.function.Supplier<T> work) {
        return SystemAuthentication.runAs(users.find("auditor").orElseThrow(), work::get);
    }

    private static boolean has(List<Entry> entries, Process process, String stepId, String action, String actor) {
        return entries.stream().anyMatch(e -> e.process() == process && stepId.equals(e.stepId())
                && action.equals(e.action()) && (actor == null || actor.equals(e.actor())));
    }

    @Test
    void everyStepAndEveryActorOfAWholeAppraisalIsOnItsTimeline() {
        Long id = full.appraisal.getId();
        String staff = full.staffUser();
        String head = full.headUser();

        Timeline t = asAuditor(() -> timelines.of(id));
        List<Entry> e = t.entries();

        // the appraisal's tasks, each completed by its person; the agreement twice
        assertThat(t.at(ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT).stream()
                .filter(x -> "task.completed".equals(x.action()) && staff.equals(x.actor()))).hasSize(2);
        assertThat(t.at(ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT).stream()
                .filter(x -> "task.completed".equals(x.action()) && head.equals(x.actor()))).hasSize(2);
        for (String[] step : new String[][]{{staff, ProcessIds.Appraisal.TASK_SELF_REVIEW},
                {head, ProcessIds.Appraisal.TASK_SUPERVISOR_REVIEW},
                {staff, ProcessIds.Appraisal.TASK_EXPLAIN_APPEAL_EMPLOYEE},
                {head, ProcessIds.Appraisal.TASK_EXPLAIN_APPEAL_APPRAISER},
                {"hr", ProcessIds.Appraisal.TASK_DECIDE_APPEAL}}) {
            assertThat(has(e, Process.APPRAISAL, step[1], "task.created", null)).as(step[1] + " created").isTrue();
            assertThat(has(e, Process.APPRAISAL, step[1], "task.completed", step[0]))
                    .as(step[1] + " completed by " + step[0]).isTrue();
        }
        assertThat(e).filteredOn(x -> "task.completed".equals(x.action())).allMatch(x -> x.durationMs() != null);
        assertThat(e).anyMatch(x -> "task.assigned".equals(x.action()) || "task.candidate".equals(x.action()));
        // the engine's own steps, started and ended
        assertThat(has(e, Process.APPRAISAL, "Task_RecordRating", "step.passed", null)
                || has(e, Process.APPRAISAL, "Task_RecordRating", "step.ended", null)).isTrue();
        assertThat(e).anyMatch(x -> "process.started".equals(x.action()) && x.process() == Process.APPRAISAL);
        assertThat(e).anyMatch(x -> "process.ended".equals(x.action()) && x.process() == Process.APPRAISAL);
        // the unit's calibration: HR's unit rating, the board's calibration and its change with the reason
        assertThat(has(e, Process.CALIBRATION, ProcessIds.Calibration.TASK_SET_UNIT_RATING, "task.completed", "hr"))
                .isTrue();
        assertThat(has(e, Process.CALIBRATION, ProcessIds.Calibration.TASK_CALIBRATE_UNIT, "task.completed", "board"))
                .isTrue();
        assertThat(e).anyMatch(x -> x.kind() == Kind.CALIBRATION && "calibration.changed".equals(x.action())
                && "board".equals(x.actor()) && x.detail().contains("GOOD → VERY_GOOD")
                && x.detail().contains(FullAppraisal.CHANGE_REASON));
        assertThat(e).anyMatch(x -> "calibration.released".equals(x.action()));
        // both agreement rounds
        assertThat(e).anyMatch(x -> "round.returned".equals(x.action()) && head.equals(x.actor())
                && x.detail().contains(FullAppraisal.RETURN_COMMENT));
        assertThat(e).anyMatch(x -> "round.approved".equals(x.action()) && head.equals(x.actor()));
        assertThat(e.stream().filter(x -> "round.submitted".equals(x.action()) && staff.equals(x.actor()))).hasSize(2);
        // the appeal with its reasons and decision
        assertThat(e).anyMatch(x -> "appeal.filed".equals(x.action()) && staff.equals(x.actor())
                && FullAppraisal.APPEAL_REASONS.equals(x.detail()));
        assertThat(e).anyMatch(x -> "appeal.confirmed".equals(x.action()) && "hr".equals(x.actor())
                && x.detail().contains(FullAppraisal.APPEAL_DECISION));
        // the decisions with inputs and outputs: the rating matrix in the appraisal, the curve in the calibration
        assertThat(t.decisions()).anySatisfy(d -> {
            assertThat(d.key()).isEqualTo("performance-rating");
            assertThat(d.preview()).isFalse();
            assertThat(d.inputs()).isNotEmpty();
            assertThat(d.outputs()).isNotEmpty();
        });
        assertThat(e).anyMatch(x -> x.kind() == Kind.DECISION && x.detail().contains("→")
                && x.process() == Process.APPRAISAL);
        assertThat(e).anyMatch(x -> x.kind() == Kind.DECISION && x.process() == Process.CALIBRATION);
        // the data's revisions, before and after
        assertThat(e).anyMatch(x -> x.kind() == Kind.DATA && staff.equals(x.actor()));
        assertThat(e).anyMatch(x -> x.kind() == Kind.DATA && "hr".equals(x.actor()) && x.detail().contains("finalRating"));
        // every actor of the story
        assertThat(e).extracting(Entry::actor).contains(staff, head, "hr", "board");
        assertThat(e).extracting(Entry::at).isSortedAccordingTo(java.util.Comparator.naturalOrder());

        // the path: the loop counted, everything done, nothing running; the calibration's path too
        assertThat(t.path().definitionKey()).isEqualTo(ProcessIds.Appraisal.PROCESS);
        assertThat(t.path().runs()).containsEntry(ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT, 2)
                .containsEntry(ProcessIds.Appraisal.TASK_SELF_REVIEW, 1);
        assertThat(t.path().done()).contains(ProcessIds.Appraisal.TASK_DECIDE_APPEAL, "Event_AppraisalFinal");
        assertThat(t.path().current()).isEmpty();
        assertThat(t.calibrationPath().done()).contains(ProcessIds.Calibration.TASK_CALIBRATE_UNIT);
        assertThat(asAuditor(() -> timelines.diagramXml(t.path()))).contains("Task_DraftAgreement_di");
    }

    @Test
    void theBundleHoldsTheTimelineTheDecisionsThePathTheRevisionsAndTheVerificationEachWithItsHash()
            throws IOException {
        Long id = full.appraisal.getId();
        Map<String, byte[]> files = unzip(asAuditor(() -> bundles.zip(id, Messages.INDONESIAN)));

        assertThat(files.keySet()).containsExactly(AuditBundle.TIMELINE_CSV, AuditBundle.TIMELINE_HTML,
                AuditBundle.DECISIONS_CSV, AuditBundle.PATH_SVG, AuditBundle.CALIBRATION_PATH_SVG,
                AuditBundle.REVISIONS_CSV, AuditBundle.VERIFICATION_TXT, AuditBundle.MANIFEST_TXT);

        String timeline = text(files, AuditBundle.TIMELINE_CSV);
        assertThat(timeline).startsWith("\uFEFF\"Waktu (WIB)\"").contains("\"SKP dikembalikan\"")
                .contains(FullAppraisal.RETURN_COMMENT).contains(FullAppraisal.CHANGE_REASON)
                .contains(FullAppraisal.APPEAL_DECISION).contains("\"Susun SKP (perjanjian kinerja)\"")
                .contains("\"" + full.staffUser() + "\"").contains("\"board\"");
        assertThat(text(files, AuditBundle.TIMELINE_HTML)).contains("<table>").contains("Paket audit penilaian " + id)
                .contains(full.appraisal.getId().toString()).contains("Keberatan diputus: predikat tetap");
        assertThat(text(files, AuditBundle.DECISIONS_CSV)).contains("\"performance-rating\"")
                .contains("\"distribution-curve\"").contains("=");
        String svg = text(files, AuditBundle.PATH_SVG);
        assertThat(svg).startsWith("<?xml").contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("data-element-id=\"Task_DraftAgreement\" class=\"done userTask\"")
                .contains("data-element-id=\"Gateway_AgreementApproved\" class=\"done exclusiveGateway\"")
                .contains("<circle").contains("<polygon").contains("<polyline").contains(">×2<")
                .contains(">Susun SKP<").contains(">Selesai<");
        assertThat(text(files, AuditBundle.CALIBRATION_PATH_SVG))
                .contains("data-element-id=\"Task_CalibrateUnit\" class=\"done userTask\"");
        assertThat(text(files, AuditBundle.REVISIONS_CSV)).contains("\"AgreementRow #").contains("\"finalRating\"");
        assertThat(text(files, AuditBundle.VERIFICATION_TXT)).contains("INTACT").contains("utuh");

        String manifest = text(files, AuditBundle.MANIFEST_TXT);
        assertThat(manifest).contains("Paket audit penilaian " + id).contains("auditor")
                .contains(full.appraisal.getProcessInstanceId() == null ? "" : "employee-appraisal:");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (!f.getKey().equals(AuditBundle.MANIFEST_TXT)) {
                assertThat(manifest).as("the manifest lists " + f.getKey())
                        .contains(AuditBundle.sha256(f.getValue()) + "  " + f.getValue().length + "  " + f.getKey());
            }
        }
        // in English
        Map<String, byte[]> english = unzip(asAuditor(() -> bundles.zip(id, Messages.ENGLISH)));
        assertThat(text(english, AuditBundle.TIMELINE_CSV)).contains("\"Agreement returned\"");
    }

    @Test
    void onlyAuditorsHrAndAdminsReadIt() {
        Long id = full.appraisal.getId();
        assertThatThrownBy(() -> SystemAuthentication.runAs(users.find(full.staffUser()).orElseThrow(),
                () -> timelines.of(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemAuthentication.runAs(users.find(full.headUser()).orElseThrow(),
                () -> bundles.zip(id, Messages.INDONESIAN))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asAuditor(() -> timelines.of(-1L))).isInstanceOfSatisfying(
                BusinessRuleException.class, ex -> assertThat(ex.code()).isEqualTo("audit.NOT_FOUND"));
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String text(Map<String, byte[]> files, String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }
}
