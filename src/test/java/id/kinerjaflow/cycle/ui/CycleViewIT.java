package id.kinerjaflow.cycle.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import id.kinerjaflow.KaribuTest;
import id.kinerjaflow.appraisal.AgreementService;
import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.AppraisalTestUnit;
import id.kinerjaflow.appraisal.Stage;
import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.cycle.CycleBatchJobs;
import id.kinerjaflow.cycle.CycleProblem;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.cycle.CycleStatus;
import id.kinerjaflow.cycle.LaunchOrganisation;
import id.kinerjaflow.cycle.ScopeUnit;
import id.kinerjaflow.org.OrgUnit;
import id.kinerjaflow.org.OrganisationImportService;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.security.SystemAuthentication;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * HR's cycles view: create a cycle with its units and dates, check it before launch (the findings
 * as a list and as CSV), launch it and follow the progress, open the review phase; auditors only
 * look.
 */
class CycleViewIT extends KaribuTest {

    @Autowired OrganisationImportService importer;
    @Autowired OrganisationService organisation;
    @Autowired CycleService cycles;
    @Autowired AppraisalService appraisals;
    @Autowired AgreementService agreements;
    CycleBatchJobs jobs;

    @BeforeEach
    void jobs() {
        jobs = new CycleBatchJobs(context);
    }

    private <T> T asHr(Supplier<T> work) {
        return SystemAuthentication.runAs(users.find("hr").orElseThrow(), work);
    }

    private CycleView open(String user, Long cycleId) {
        login(user);
        UI.getCurrent().navigate(CycleView.class);
        CycleView view = _get(CycleView.class);
        if (cycleId != null) {
            view.grid.select(_fetch(view.grid, 0, 1000).stream().filter(c -> c.getId().equals(cycleId)).findFirst()
                    .orElseThrow());
        }
        return view;
    }

    private Button action(CycleView view, String id) {
        return _get(view.actions, Button.class, spec -> spec.withId(id));
    }

    @Test
    void hrCreatesACycleWithItsUnitsAndDates() {
        LaunchOrganisation org = new LaunchOrganisation(context);
        OrgUnit agency = organisation.unit(org.agencyId).orElseThrow();
        CycleView view = open("hr", null);
        _click(view.create);
        CycleEditor editor = _get(CycleEditor.class);
        assertThat(editor.appealWindowDays.getValue()).as("14 days by default").isEqualTo(14);
        editor.name.setValue("Periode Uji Layar " + org.agencyCode);
        editor.year.setValue(2026);
        editor.units.setValue(Set.of(agency));
        editor.agreementDeadline.setValue(LocalDate.of(2026, 1, 31));
        editor.reviewPhaseStart.setValue(LocalDate.of(2026, 12, 1));
        editor.calibrationDate.setValue(LocalDate.of(2027, 1, 15));
        _click(editor.save);

        AppraisalCycle created = cycles.cycles().stream()
                .filter(c -> c.getName().equals("Periode Uji Layar " + org.agencyCode)).findFirst().orElseThrow();
        assertThat(created.getStatus()).isEqualTo(CycleStatus.DRAFT);
        assertThat(created.getScope()).containsExactly(new ScopeUnit(org.agencyId, true));
        assertThat(created.getAgreementDeadline()).isEqualTo(
                LocalDate.of(2026, 1, 31).atTime(23, 59, 59).atZone(java.time.ZoneId.of("Asia/Jakarta")).toInstant());
        assertThat(created.getCreatedBy()).isEqualTo("hr");
        assertThat(_find(CycleEditor.class)).isEmpty();
        assertThat(view.grid.asSingleSelect().getValue().getId()).isEqualTo(created.getId());
    }

    @Test
    void theNewCycleProposesANameNoCycleHasAndRefusesADuplicateNextToTheField() {
        LaunchOrganisation org = new LaunchOrganisation(context);
        AppraisalCycle existing = asHr(() -> cycles.create(org.settings(2026)));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
        int year = asHr(() -> cycles.proposedYear(today));
        assertThat(year).as("after the latest cycle's year").isGreaterThan(cycles.cycles().stream()
                .mapToInt(AppraisalCycle::getYear).max().orElseThrow() - 1).isGreaterThanOrEqualTo(today.getYear());

        CycleView view = open("hr", null);
        _click(view.create);
        CycleEditor editor = _get(CycleEditor.class);
        assertThat(editor.year.getValue()).isEqualTo(year);
        assertThat(editor.name.getValue()).startsWith("Penilaian Kinerja Tahunan " + year);
        assertThat(cycles.cycles()).extracting(AppraisalCycle::getName).doesNotContain(editor.name.getValue());
        // the proposed name follows the year; a typed one does not
        editor.year.setValue(year + 1);
        assertThat(editor.name.getValue()).startsWith("Penilaian Kinerja Tahunan " + (year + 1));

        // the name of a cycle that exists, in another case: refused next to the name, nothing saved
        int before = cycles.cycles().size();
        editor.name.setValue(" " + existing.getName().toUpperCase(java.util.Locale.ROOT) + " ");
        editor.year.setValue(year);
        assertThat(editor.name.getValue()).as("typed, not proposed").contains(existing.getName().toUpperCase(
                java.util.Locale.ROOT));
        editor.units.setValue(Set.of(organisation.unit(org.agencyId).orElseThrow()));
        _click(editor.save);
        assertThat(editor.name.isInvalid()).isTrue();
        assertThat(editor.name.getErrorMessage()).contains("sudah dipakai periode lain");
        assertThat(editor.isOpened()).isTrue();
        assertThat(cycles.cycles()).hasSize(before);

        // the service refuses it too, with the name in its message
        assertThatThrownBy(() -> asHr(() -> cycles.create(org.settings(2026, existing.getName()))))
                .isInstanceOfSatisfying(id.kinerjaflow.base.BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("cycle.NAME_TAKEN"));
        // a cycle keeps its own name when edited
        AppraisalCycle same = asHr(() -> cycles.update(existing.getId(), existing.getVersion(),
                org.settings(2026, existing.getName())));
        assertThat(same.getName()).isEqualTo(existing.getName());
    }

    @Test
    void datesOutOfOrderAreShownNextToTheFieldAndNothingIsSaved() {
        int before = cycles.cycles().size();
        CycleView view = open("hr", null);
        _click(view.create);
        CycleEditor editor = _get(CycleEditor.class);
        editor.units.setValue(Set.of(organisation.units().get(0)));
        editor.agreementDeadline.setValue(LocalDate.of(2026, 6, 30));
        editor.reviewPhaseStart.setValue(LocalDate.of(2026, 3, 1));
        _click(editor.save);
        assertThat(editor.reviewPhaseStart.isInvalid()).isTrue();
        assertThat(editor.reviewPhaseStart.getErrorMessage()).contains("setelah batas waktu perjanjian kinerja");
        assertThat(editor.isOpened()).isTrue();
        assertThat(cycles.cycles()).hasSize(before);
    }

    @Test
    void hrChecksLaunchesAndFollowsTheLaunchToTheEnd() {
        LaunchOrganisation org = new LaunchOrganisation(context);
        AppraisalCycle cycle = asHr(() -> cycles.create(org.settings(2026)));
        CycleView view = open("hr", cycle.getId());

        _click(action(view, "cycle-check"));
        assertThat(view.preflight.summary.getText()).isEqualTo("0 masalah menghalangi peluncuran, 2 peringatan");
        List<CycleProblem> found = _fetch(view.preflight.problems, 0, 100);
        assertThat(found).extracting(CycleProblem::code).containsExactlyInAnyOrder("HR_FOR_HEAD_OF_REGION",
                "UNIT_EMPTY");
        String csv = new String(PreflightCsv.write(found, view.preflight::problemText, view::getTranslation),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"Tingkat\",\"Masalah\",\"NIP\",\"Nama\",\"Unit kerja\"\r\n")
                .contains("\"Peringatan\",\"Pejabat JPT dinilai Kepala Daerah; BKD bertindak atas namanya\",\""
                        + org.headNip + "\",\"Kepala Badan\"")
                .contains("\"Bidang Kosong " + org.agencyCode + "\"");

        _click(action(view, "cycle-launch"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(view.progress.text.getText()).isEqualTo("Memulai penilaian dan kalibrasi: 0 dari 10 (0 %)");
        assertThat(view.progress.bar.getValue()).isZero();
        assertThat(cycles.cycle(cycle.getId()).getStatus()).isEqualTo(CycleStatus.LAUNCHED);

        var pending = jobs.pending(cycles.latestBatch(cycle.getId()));
        jobs.run(pending.get(0));
        view.onPoll();
        assertThat(view.progress.text.getText()).isEqualTo("Memulai penilaian dan kalibrasi: 3 dari 10 (30 %)");
        jobs.runAll(cycles.latestBatch(cycle.getId()));
        view.onPoll();
        assertThat(view.progress.bar.getValue()).isEqualTo(1.0);
        assertThat(view.progress.text.getText()).startsWith("Selesai: 10 penilaian dan kalibrasi dimulai");
        // launched: no more editing; the review phase can open, missing employees can be started
        assertThat(_find(view.actions, Button.class, spec -> spec.withId("cycle-edit"))).isEmpty();
        assertThat(_find(view.actions, Button.class, spec -> spec.withId("open-review-" + cycle.getId())))
                .hasSize(1);
    }

    @Test
    void blockingProblemsAreListedAndTheLaunchIsRefused() {
        LaunchOrganisation org = new LaunchOrganisation(context, true);
        AppraisalCycle cycle = asHr(() -> cycles.create(org.settings(2026)));
        CycleView view = open("hr", cycle.getId());

        _click(action(view, "cycle-launch"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(cycles.cycle(cycle.getId()).getStatus()).isEqualTo(CycleStatus.DRAFT);
        assertThat(cycles.latestBatch(cycle.getId())).isNull();
        assertThat(view.preflight.summary.getText()).isEqualTo("2 masalah menghalangi peluncuran, 2 peringatan");
        assertThat(_fetch(view.preflight.problems, 0, 100)).filteredOn(CycleProblem::blocks).extracting(CycleProblem::nip)
                .containsExactlyInAnyOrder(org.noSupervisorNip, org.noAccountNip);
    }

    @Test
    void hrOpensTheReviewPhaseAfterConfirming() {
        AppraisalTestUnit unit = AppraisalTestUnit.create(importer, organisation, users, cycles);
        Appraisal staff = SystemAuthentication.runAsSystem(() -> appraisals.start(unit.cycleId(), unit.staffId(0)));
        unit.as(unit.staffUser(0), () -> {
            agreements.submit(staff.getId(), AppraisalTestUnit.simpleDraft());
            return null;
        });
        unit.as(unit.headUser(), () -> {
            agreements.approve(staff.getId());
            return null;
        });
        CycleView view = open("hr", unit.cycleId());

        _click(action(view, "open-review-" + unit.cycleId()));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(cycles.cycle(unit.cycleId()).getStatus()).isEqualTo(CycleStatus.REVIEW_PHASE);
        assertThat(view.progress.text.getText()).isEqualTo("Membuka masa penilaian: 0 dari 1 (0 %)");

        jobs.runAll(cycles.latestBatch(unit.cycleId()));
        view.onPoll();
        assertThat(appraisals.find(staff.getId()).orElseThrow().getStage()).isEqualTo(Stage.SELF_REVIEW);
        assertThat(view.progress.text.getText()).startsWith("Selesai: 1 penilaian masuk ke penilaian diri");
        assertThat(_find(view.actions, Button.class, spec -> spec.withId("open-review-" + unit.cycleId())))
                .as("nothing left to open for this cycle").isEmpty();
    }

    @Test
    void auditorsSeeTheCyclesAndTheCheckWithoutAnyWayToChangeThem() {
        LaunchOrganisation org = new LaunchOrganisation(context);
        AppraisalCycle cycle = asHr(() -> cycles.create(org.settings(2026)));
        CycleView view = open("auditor", cycle.getId());
        assertThat(view.create.isVisible()).isFalse();
        assertThat(_find(view.actions, Button.class)).extracting(Button::getId)
                .containsExactly(java.util.Optional.of("cycle-check"));
        // once launched, auditors follow it on the dashboard
        jobs.runAll(asHr(() -> cycles.launch(cycle.getId())));
        view = open("auditor", cycle.getId());
        assertThat(_find(view.actions, Button.class)).extracting(b -> b.getId().orElseThrow())
                .containsExactly("cycle-check", "cycle-dashboard");
        _click(action(view, "cycle-dashboard"));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("periode/" + cycle.getId() + "/dasbor");
        _click(action(view, "cycle-check"));
        assertThat(_fetch(view.preflight.problems, 0, 100)).hasSize(2);
    }
}
