package id.kinerjaflow.audit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import id.kinerjaflow.KaribuTest;
import id.kinerjaflow.audit.AppraisalTimeline.Entry;
import id.kinerjaflow.audit.AppraisalTimeline.Kind;
import id.kinerjaflow.audit.FullAppraisal;
import id.kinerjaflow.base.ui.BpmnDiagram;
import id.kinerjaflow.base.ui.DiagramEvents;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.security.UserDirectory;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The auditor opens an appraisal from the search and reads its story: the path on its process
 * version (done, counted loops), a click on a step filters the timeline to that step, the kind
 * filter, the decisions and the revisions, the unit's calibration path; in Indonesian and English,
 * and nothing to press that changes anything.
 */
class AppraisalTimelineViewIT extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired UserDirectory users;

    FullAppraisal full;

    @BeforeEach
    void fullAppraisal() {
        full = FullAppraisal.of(context);
    }

    private AppraisalTimelineView open() {
        UI.getCurrent().navigate("audit/" + full.appraisal.getId());
        return LocatorJ._get(AppraisalTimelineView.class);
    }

    private String headName() {
        return users.find(full.headUser()).orElseThrow().displayName();
    }

    private static List<Entry> rows(AppraisalTimelineView view) {
        List<Entry> rows = new ArrayList<>();
        for (int i = 0; i < _size(view.entries); i++) {
            rows.add(_get(view.entries, i));
        }
        return rows;
    }

    @Test
    void theAuditorFollowsTheAppraisalOnItsPathAndFiltersTheTimelineByStepAndKind() {
        login("auditor");
        UI.getCurrent().navigate(AuditSearchView.class);
        AuditSearchView search = LocatorJ._get(AuditSearchView.class);
        search.text.setValue(full.staffUser());
        _clickItem(search.grid, 0);
        AppraisalTimelineView view = LocatorJ._get(AppraisalTimelineView.class);

        assertThat(view.title.getText()).isEqualTo("Riwayat penilaian " + full.appraisal.getId());
        assertThat(view.subject.getText()).contains(full.staffUser()).contains("Final");
        // the process, its steps and decisions by their Indonesian names, on the diagram too
        assertThat(view.version.getText()).contains("Penilaian kinerja pegawai v").doesNotContain("employee-appraisal");
        assertThat(view.diagram.getXml()).contains("Task_DraftAgreement_di").contains("name=\"Susun SKP")
                .doesNotContain("Draft the performance agreement");
        assertThat(view.diagram.getMarkers()).containsEntry(ProcessIds.Appraisal.TASK_DECIDE_APPEAL,
                Set.of(BpmnDiagram.Marker.DONE));
        assertThat(view.diagram.getBadges()).containsEntry(ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT, "×2");
        int all = _size(view.entries);
        assertThat(all).isGreaterThan(40);
        assertThat(view.count.getText()).isEqualTo(all + " entri");

        // a click on the agreement step: its tasks and its rounds only
        DiagramEvents.click(view.diagram, ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT);
        assertThat(view.step.getValue()).isEqualTo(ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT);
        assertThat(rows(view)).isNotEmpty().allMatch(e -> e.stepId().equals(ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT));
        assertThat(rows(view)).filteredOn(e -> "task.completed".equals(e.action())).hasSize(2);
        assertThat(_getFormatted(view.entries, 0, "what")).startsWith("Susun SKP (perjanjian kinerja): ");
        // a click on something that is not a step of the story shows everything again
        DiagramEvents.click(view.diagram, "Flow_AgreementReturned");
        assertThat(view.step.getValue()).isNull();
        assertThat(_size(view.entries)).isEqualTo(all);

        // by kind: the agreement rounds (two submitted, one returned, one approved)
        view.kinds.setValue(Set.of(Kind.AGREEMENT));
        assertThat(rows(view)).extracting(Entry::action).containsExactly("round.submitted", "round.returned",
                "round.submitted", "round.approved");
        assertThat(_getFormatted(view.entries, 1, "what")).isEqualTo("Periksa dan setujui SKP: SKP dikembalikan");
        // people by name, times in the reader's words and the organisation's zone
        assertThat(_getFormatted(view.entries, 1, "actor")).isEqualTo(headName());
        assertThat(_getFormatted(view.entries, 1, "at")).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}\\.\\d{2}\\.\\d{2} WIB");
        assertThat(_getFormatted(view.entries, 1, "detail")).contains(FullAppraisal.RETURN_COMMENT);
        view.kinds.setValue(Set.of(Kind.CALIBRATION, Kind.APPEAL));
        assertThat(rows(view)).anyMatch(e -> e.detail().contains(FullAppraisal.CHANGE_REASON))
                .anyMatch(e -> e.detail().contains(FullAppraisal.APPEAL_DECISION));
        view.kinds.clear();
        // a task's due date in words, not "due=2027-03-03T17:00:00Z"
        int created = rows(view).indexOf(rows(view).stream().filter(e -> "task.created".equals(e.action())
                && e.detail() != null).findFirst().orElseThrow());
        assertThat(_getFormatted(view.entries, created, "detail")).startsWith("Tenggat: ").doesNotContain("T17:");

        // the decisions with inputs and outputs, the revisions with before and after
        assertThat(_size(view.decisions)).isGreaterThanOrEqualTo(2);
        assertThat(_getFormatted(view.decisions, 0, "inputs")).contains(" = ");
        assertThat(java.util.stream.IntStream.range(0, _size(view.decisions))
                .mapToObj(i -> _getFormatted(view.decisions, i, "table")))
                .contains("Predikat kinerja pegawai").noneMatch(t -> t.startsWith("performance-rating"));
        assertThat(_size(view.revisions)).isGreaterThan(5);

        // the unit's calibration path
        view.diagramTabs.setSelectedTab(view.calibrationPath);
        assertThat(view.diagram.getXml()).contains("Task_CalibrateUnit_di");
        assertThat(view.diagram.getMarkers()).containsKey(ProcessIds.Calibration.TASK_CALIBRATE_UNIT);

        // only reading: no button, and the bundle to download
        assertThat(_find(view, Button.class)).isEmpty();
        assertThat(view.download.getHref()).isNotBlank();
    }

    @Test
    void inEnglishOnAPhone() {
        login("hr");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        AppraisalTimelineView view = open();
        view.compact(true);
        view.kinds.setValue(Set.of(Kind.AGREEMENT));
        assertThat(view.title.getText()).isEqualTo("History of appraisal " + full.appraisal.getId());
        assertThat(view.entries.getColumnByKey("actor").isVisible()).isFalse();
        assertThat(_getFormatted(view.entries, 1, "what")).isEqualTo("Review and approve the SKP: Agreement returned ("
                + headName() + ")");
        assertThat(view.version.getText()).contains("Employee appraisal v");
        assertThat(view.download.getText()).isEqualTo("Download audit bundle (ZIP)");
    }
}
