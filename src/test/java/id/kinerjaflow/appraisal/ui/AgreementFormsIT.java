package id.kinerjaflow.appraisal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import id.kinerjaflow.KaribuTest;
import id.kinerjaflow.appraisal.AgreementRound;
import id.kinerjaflow.appraisal.AgreementRow;
import id.kinerjaflow.appraisal.AgreementService;
import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.AppraisalTestUnit;
import id.kinerjaflow.appraisal.Aspect;
import id.kinerjaflow.appraisal.Indicator;
import id.kinerjaflow.appraisal.RowKind;
import id.kinerjaflow.appraisal.Stage;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.org.OrganisationImportService;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.process.Workflow;
import id.kinerjaflow.security.SystemAuthentication;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The three agreement forms driven as users drive them: the employee drafts and submits (or saves
 * and comes back), the appraiser approves or returns with a comment, the senior appraiser follows
 * up an overdue agreement. Each on a fresh unit of its own.
 */
class AgreementFormsIT extends KaribuTest {

    private static final String FIX_ERRORS = "Periksa kembali isian yang ditandai.";

    @Autowired OrganisationImportService importer;
    @Autowired OrganisationService organisation;
    @Autowired CycleService cycles;
    @Autowired AppraisalService appraisals;
    @Autowired AgreementService agreements;
    @Autowired Workflow workflow;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired HistoryService history;

    AppraisalTestUnit unit;
    Appraisal appraisal;
    String staff;

    @BeforeEach
    void oneStaffAppraisal() {
        unit = AppraisalTestUnit.create(importer, organisation, users, cycles);
        appraisal = SystemAuthentication.runAsSystem(() -> appraisals.start(unit.cycleId(), unit.staffId(0)));
        staff = unit.staffUser(0);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private Long id() {
        return appraisal.getId();
    }

    private boolean open(String taskKey) {
        return workflow.openTask(ProcessIds.Appraisal.PROCESS, id().toString(), taskKey).isPresent();
    }

    /** Signs in as the user and opens the appraisal's task of this kind in the task view. */
    private <P extends Component> P openTask(String user, String taskKey, Class<P> form) {
        login(user);
        String taskId = workflow.openTask(ProcessIds.Appraisal.PROCESS, id().toString(), taskKey).orElseThrow().id();
        UI.getCurrent().navigate("tugas/" + taskId);
        return _get(form);
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static void fill(IndicatorEditor ind, String description, String target, String unit, Aspect aspect) {
        _setValue(ind.description, description);
        _setValue(ind.target, new BigDecimal(target));
        _setValue(ind.unit, unit);
        _setValue(ind.aspect, aspect);
    }

    private void submitDraftByService() {
        unit.as(staff, () -> {
            agreements.submit(id(), AppraisalTestUnit.simpleDraft());
            return null;
        });
    }

    private boolean backInTheInbox() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath().startsWith("kotak-masuk");
    }

    // ---- agreement-draft -------------------------------------------------------------------------

    @Test
    void theEmployeeFillsInRowsAndIndicatorsAndSubmitsToTheAppraiser() {
        AgreementDraftPanel form = openTask(staff, ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT, AgreementDraftPanel.class);
        assertThat(form.rows).hasSize(1);
        RowEditor first = form.rows.get(0);
        assertThat(first.kind.getValue()).isEqualTo(RowKind.MAIN);
        // the appraiser has no approved SKP yet: there is nothing to cascade from
        assertThat(first.parent.isVisible()).isFalse();
        assertThat(form.status.getText()).isEqualTo("Belum disimpan");

        _setValue(first.description, "Pengolahan data layanan kependudukan");
        fill(first.indicators.get(0), "Jumlah berkas yang diolah", "120", "berkas", Aspect.QUANTITY);
        _click(first.addIndicator);
        fill(first.indicators.get(1), "Rata-rata waktu pengolahan berkas", "3", "hari", Aspect.TIME);
        _click(form.addRow);
        RowEditor second = form.rows.get(1);
        _setValue(second.kind, RowKind.ADDITIONAL);
        _setValue(second.description, "Dokumentasi kegiatan bidang");
        fill(second.indicators.get(0), "Laporan dokumentasi", "12", "laporan", Aspect.QUANTITY);
        _setValue(form.resources, "Komputer dan akses aplikasi SIAK");
        _setValue(form.accountability, "Laporan bulanan kepada kepala bidang");
        _setValue(form.consequences, "Sesuai ketentuan disiplin PNS");

        _click(button("submit"));

        assertThat(open(ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT)).isTrue();
        assertThat(open(ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT)).isFalse();
        assertThat(backInTheInbox()).isTrue();
        List<AgreementRow> rows = SystemAuthentication.runAsSystem(() -> appraisals.rows(id()));
        assertThat(rows).extracting(AgreementRow::getKind).containsExactly(RowKind.MAIN, RowKind.ADDITIONAL);
        assertThat(rows.get(0).getDescription()).isEqualTo("Pengolahan data layanan kependudukan");
        assertThat(rows.get(0).getIndicators()).extracting(Indicator::getAspect)
                .containsExactly(Aspect.QUANTITY, Aspect.TIME);
        assertThat(rows.get(0).getIndicators().get(0).getTargetValue()).isEqualByComparingTo("120");
        assertThat(rows.get(0).getIndicators().get(1).getUnitLabel()).isEqualTo("hari");
        Appraisal saved = appraisals.find(id()).orElseThrow();
        assertThat(saved.getResourcesNote()).isEqualTo("Komputer dan akses aplikasi SIAK");
        assertThat(saved.getConsequencesNote()).isEqualTo("Sesuai ketentuan disiplin PNS");
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.rounds(id()))).singleElement().satisfies(r -> {
            assertThat(r.getRowCount()).isEqualTo(2);
            assertThat(r.getDecision()).isNull();
        });
    }

    @Test
    void invalidFieldsShowTheirErrorNextToThemAndNothingIsSubmitted() {
        AgreementDraftPanel form = openTask(staff, ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT, AgreementDraftPanel.class);
        RowEditor first = form.rows.get(0);
        IndicatorEditor ind = first.indicators.get(0);
        _setValue(ind.description, "Jumlah berkas yang diolah");
        _setValue(ind.target, BigDecimal.ZERO);

        _click(button("submit"));

        expectNotifications(FIX_ERRORS);
        assertThat(first.description.isInvalid()).isTrue();
        assertThat(first.description.getErrorMessage()).isEqualTo("Wajib diisi");
        assertThat(ind.target.isInvalid()).isTrue();
        assertThat(ind.target.getErrorMessage()).isEqualTo("Target harus lebih dari nol");
        assertThat(ind.unit.isInvalid()).isTrue();
        assertThat(ind.description.isInvalid()).isFalse();
        assertThat(open(ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT)).isTrue();
        assertThat(open(ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT)).isFalse();
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.rows(id()))).isEmpty();
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.rounds(id()))).isEmpty();

        // corrected, but with additional rows only: every kind says a main row is missing
        _setValue(first.description, "Pengolahan data layanan");
        _setValue(ind.target, new BigDecimal("50"));
        _setValue(ind.unit, "berkas");
        _setValue(first.kind, RowKind.ADDITIONAL);
        _click(button("submit"));

        expectNotifications(FIX_ERRORS);
        assertThat(first.kind.isInvalid()).isTrue();
        assertThat(first.kind.getErrorMessage()).isEqualTo("SKP harus memuat setidaknya satu RHK utama");
        assertThat(ind.target.isInvalid()).isFalse();
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.rounds(id()))).isEmpty();

        _setValue(first.kind, RowKind.MAIN);
        assertThat(first.kind.isInvalid()).isFalse();
        _click(button("submit"));
        assertThat(open(ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT)).isTrue();
    }

    @Test
    void aMainRowCascadesFromTheAppraisersApprovedRhk() {
        Appraisal head = SystemAuthentication.runAsSystem(() -> appraisals.start(unit.cycleId(), unit.headId()));
        unit.as(unit.headUser(), () -> {
            agreements.submit(head.getId(), AppraisalTestUnit.simpleDraft());
            return null;
        });
        unit.as("hr", () -> {
            agreements.approve(head.getId());
            return null;
        });
        Long headRow = SystemAuthentication.runAsSystem(() -> appraisals.rows(head.getId())).get(0).getId();

        AgreementDraftPanel form = openTask(staff, ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT, AgreementDraftPanel.class);
        RowEditor first = form.rows.get(0);
        assertThat(first.parent.isVisible()).isTrue();
        assertThat(first.parent.getListDataView().getItems()).extracting(AgreementRow::getId).containsExactly(headRow);
        _setValue(first.description, "Pengolahan data layanan");
        fill(first.indicators.get(0), "Jumlah berkas yang diolah", "120", "berkas", Aspect.QUANTITY);

        _click(button("submit"));

        expectNotifications(FIX_ERRORS);
        assertThat(first.parent.isInvalid()).isTrue();
        assertThat(first.parent.getErrorMessage()).isEqualTo("Pilih RHK atasan yang diintervensi");
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.rounds(id()))).isEmpty();
        // an additional row cascades from nothing: the choice goes away
        _setValue(first.kind, RowKind.ADDITIONAL);
        assertThat(first.parent.isVisible()).isFalse();
        _setValue(first.kind, RowKind.MAIN);

        _setValue(first.parent, first.parent.getListDataView().getItem(0));
        _click(button("submit"));

        assertThat(open(ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT)).isTrue();
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.rows(id())).get(0).getParentRow().getId()).isEqualTo(headRow);
    }

    @Test
    void aSavedDraftIsThereAgainWhenTheTaskIsReopened() {
        AgreementDraftPanel form = openTask(staff, ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT, AgreementDraftPanel.class);
        RowEditor first = form.rows.get(0);
        _setValue(first.description, "Pengolahan data layanan");
        fill(first.indicators.get(0), "Jumlah berkas yang diolah", "120.5", "berkas", Aspect.QUANTITY);
        _click(form.addRow);
        // a second row begun: its description only, the indicator still empty
        RowEditor second = form.rows.get(1);
        _setValue(second.kind, RowKind.ADDITIONAL);
        _setValue(second.description, "Dokumentasi kegiatan");
        _setValue(form.resources, "Komputer dan akses aplikasi");

        _click(button("save-draft"));

        assertThat(form.status.getText()).startsWith("Draf disimpan pukul");
        assertThat(open(ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT)).isTrue();
        assertThat(open(ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT)).isFalse();
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.rounds(id()))).isEmpty();

        AgreementDraftPanel again = openTask(staff, ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT,
                AgreementDraftPanel.class);
        assertThat(again).isNotSameAs(form);
        assertThat(again.status.getText()).isEqualTo("Melanjutkan SKP yang tersimpan");
        assertThat(again.rows).hasSize(2);
        RowEditor r1 = again.rows.get(0);
        assertThat(r1.description.getValue()).isEqualTo("Pengolahan data layanan");
        assertThat(r1.indicators).singleElement().satisfies(i -> {
            assertThat(i.description.getValue()).isEqualTo("Jumlah berkas yang diolah");
            assertThat(i.target.getValue()).isEqualByComparingTo("120.5");
            assertThat(i.unit.getValue()).isEqualTo("berkas");
            assertThat(i.aspect.getValue()).isEqualTo(Aspect.QUANTITY);
        });
        RowEditor r2 = again.rows.get(1);
        assertThat(r2.kind.getValue()).isEqualTo(RowKind.ADDITIONAL);
        assertThat(r2.description.getValue()).isEqualTo("Dokumentasi kegiatan");
        assertThat(r2.indicators).singleElement().satisfies(i -> assertThat(i.isBlank()).isTrue());
        assertThat(again.resources.getValue()).isEqualTo("Komputer dan akses aplikasi");

        // a half-filled indicator is not saved: the draft stays as it was
        _setValue(r2.indicators.get(0).description, "Laporan dokumentasi");
        _click(button("save-draft"));
        expectNotifications(FIX_ERRORS);
        assertThat(r2.indicators.get(0).target.isInvalid()).isTrue();
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.rows(id())).get(1).getIndicators()).isEmpty();
    }

    // ---- agreement-review ------------------------------------------------------------------------

    @Test
    void theAppraiserSeesTheDraftAndApprovesIt() {
        submitDraftByService();
        AgreementReviewPanel review = openTask(unit.headUser(), ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT,
                AgreementReviewPanel.class);
        assertThat(text("agreement-row-1")).contains("Pengolahan data layanan", "dokumen", "Kuantitas");
        assertThat(text("attachment-resources-view")).contains("Anggaran dan perangkat kerja");
        assertThat(text("agreement-round-1")).contains("Menunggu keputusan");

        _click(review.approve);

        assertThat(backInTheInbox()).isTrue();
        assertThat(appraisals.find(id()).orElseThrow().getStage()).isEqualTo(Stage.AWAITING_REVIEW_PHASE);
        assertThat(appraisals.find(id()).orElseThrow().getAgreementApprovedAt()).isNotNull();
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.rounds(id()))).extracting(AgreementRound::getDecision)
                .containsExactly(AgreementRound.Decision.APPROVED);
        assertThat(open(ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT)).isFalse();
    }

    @Test
    void returningNeedsACommentWhichTheEmployeeThenSeesOnTop() {
        submitDraftByService();
        AgreementReviewPanel review = openTask(unit.headUser(), ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT,
                AgreementReviewPanel.class);

        _click(review.returnForRework);

        assertThat(review.comment.area.isInvalid()).isTrue();
        assertThat(review.comment.area.getErrorMessage()).isEqualTo("Tuliskan apa yang perlu diperbaiki");
        expectNotifications(FIX_ERRORS);
        assertThat(open(ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT)).isTrue();
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.rounds(id()))).singleElement().satisfies(r -> assertThat(r.getDecision()).isNull());

        _setValue(review.comment.area, "Tambahkan indikator waktu layanan.");
        _click(review.returnForRework);

        assertThat(backInTheInbox()).isTrue();
        assertThat(open(ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT)).isTrue();
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.rounds(id()))).singleElement().satisfies(r -> {
            assertThat(r.getDecision()).isEqualTo(AgreementRound.Decision.RETURNED);
            assertThat(r.getComment()).isEqualTo("Tambahkan indikator waktu layanan.");
        });

        AgreementDraftPanel draft = openTask(staff, ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT,
                AgreementDraftPanel.class);
        assertThat(text("returned-comment")).isEqualTo("Tambahkan indikator waktu layanan.");
        assertThat(text("returned-notice")).contains("Hendra Gunawan");
        // the submitted agreement is there to rework
        assertThat(draft.rows).singleElement()
                .satisfies(r -> assertThat(r.description.getValue()).isEqualTo("Pengolahan data layanan"));

        // reworked and submitted again: the appraiser sees the earlier round with its comment
        RowEditor row = draft.rows.get(0);
        _click(row.addIndicator);
        fill(row.indicators.get(1), "Waktu layanan per berkas", "2", "hari", Aspect.TIME);
        _click(button("submit"));
        openTask(unit.headUser(), ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT, AgreementReviewPanel.class);
        assertThat(text("agreement-round-1")).contains("Dikembalikan", "Tambahkan indikator waktu layanan.");
        assertThat(text("agreement-round-2")).contains("Menunggu keputusan");
        assertThat(text("agreement-row-1")).contains("Waktu layanan per berkas");
    }

    @Test
    void theReturnCommentIsKeptAsADraftUntilSent() {
        submitDraftByService();
        AgreementReviewPanel review = openTask(unit.headUser(), ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT,
                AgreementReviewPanel.class);
        assertThat(review.comment.status.getText()).isEqualTo("Belum disimpan");
        _setValue(review.comment.area, "Target jumlah dokumen perlu dinaikkan.");

        _click(review.comment.saveDraft);

        assertThat(review.comment.status.getText()).startsWith("Draf disimpan pukul");
        assertThat(SystemAuthentication.runAsSystem(() -> appraisals.rounds(id()))).singleElement().satisfies(r -> assertThat(r.getDecision()).isNull());
        AgreementReviewPanel again = openTask(unit.headUser(), ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT,
                AgreementReviewPanel.class);
        assertThat(again.comment.area.getValue()).isEqualTo("Target jumlah dokumen perlu dinaikkan.");
        assertThat(again.comment.status.getText()).startsWith("Melanjutkan draf yang disimpan");
    }

    // ---- agreement-overdue -----------------------------------------------------------------------

    /** The agreement deadline passes: its timer fires now (as AppraisalJourneyIT does). */
    private void deadlinePasses() {
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessIds.Appraisal.PROCESS)
                .processInstanceBusinessKey(id().toString()).singleResult().getId();
        Job job = management.createJobQuery().processInstanceId(instance)
                .activityId(ProcessIds.Appraisal.EVENT_AGREEMENT_OVERDUE).singleResult();
        assertThat(job).as("the agreement deadline timer").isNotNull();
        management.executeJob(job.getId());
    }

    @Test
    void theSeniorAppraiserSeesWhereTheAgreementStandsAndFollowsItUp() {
        unit.as(staff, () -> {
            agreements.saveDraft(id(), AppraisalTestUnit.simpleDraft());
            return null;
        });
        deadlinePasses();

        // HR acts as the staff's senior appraiser: a group task, claimed first
        AgreementOverduePanel form = openTask("hr", ProcessIds.Appraisal.TASK_FOLLOW_UP_OVERDUE_AGREEMENT,
                AgreementOverduePanel.class);
        _click(button("task-claim"));
        assertThat(text("agreement-state")).contains("Sedang disusun, belum diajukan");
        assertThat(text("agreement-counts")).contains("1 RHK");
        assertThat(text("agreement-deadline")).isNotBlank();
        assertThat(text("agreement-row-1")).contains("Pengolahan data layanan");

        _click(form.followUp);
        assertThat(form.note.area.isInvalid()).isTrue();
        assertThat(form.note.area.getErrorMessage()).isEqualTo("Tuliskan tindak lanjut yang sudah dilakukan");
        expectNotifications(FIX_ERRORS);
        assertThat(open(ProcessIds.Appraisal.TASK_FOLLOW_UP_OVERDUE_AGREEMENT)).isTrue();

        _setValue(form.note.area, "Pegawai sudah diingatkan melalui telepon.");
        _click(form.note.saveDraft);
        assertThat(form.note.status.getText()).startsWith("Draf disimpan pukul");

        AgreementOverduePanel again = openTask("hr", ProcessIds.Appraisal.TASK_FOLLOW_UP_OVERDUE_AGREEMENT,
                AgreementOverduePanel.class);
        _assertNone(Button.class, spec -> spec.withId("task-claim"));
        assertThat(again.note.area.getValue()).isEqualTo("Pegawai sudah diingatkan melalui telepon.");
        _setValue(again.note.area, "Pegawai sudah diingatkan melalui telepon; SKP diajukan pekan ini.");
        _click(again.followUp);

        assertThat(backInTheInbox()).isTrue();
        assertThat(open(ProcessIds.Appraisal.TASK_FOLLOW_UP_OVERDUE_AGREEMENT)).isFalse();
        assertThat(open(ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT)).isTrue();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(appraisal.getProcessInstanceId())
                .variableName(ProcessIds.Vars.OVERDUE_FOLLOW_UP_NOTE).singleResult().getValue())
                .isEqualTo("Pegawai sudah diingatkan melalui telepon; SKP diajukan pekan ini.");
    }
}
