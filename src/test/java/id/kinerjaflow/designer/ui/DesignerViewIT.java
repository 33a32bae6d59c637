package id.kinerjaflow.designer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import id.kinerjaflow.KaribuTest;
import id.kinerjaflow.base.ui.BpmnDiagram.Marker;
import id.kinerjaflow.base.ui.DiagramEvents;
import id.kinerjaflow.designer.DesignDraft;
import id.kinerjaflow.designer.DesignerFixture;
import id.kinerjaflow.designer.DesignerService;
import id.kinerjaflow.designer.DraftState;
import id.kinerjaflow.designer.ModelDiff;
import id.kinerjaflow.designer.Problem;
import id.kinerjaflow.security.SystemAuthentication;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The designer view: hr edits the appraisal in the browser editor, checks, admin approves and deploys. */
class DesignerViewIT extends KaribuTest {

    @Autowired DesignerService designer;
    @Autowired RepositoryService repository;

    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void removeTheVersionsDeployedHere() {
        deployments.forEach(id -> repository.deleteDeployment(id, true));
    }

    private DesignerView openAppraisal(String user) {
        login(user);
        UI.getCurrent().navigate(DesignerView.class);
        DesignerView view = _get(DesignerView.class);
        DesignerService.Definition appraisal = view.definitions.getListDataView().getItems()
                .filter(d -> d.key().equals(DesignerFixture.APPRAISAL)).findFirst().orElseThrow();
        view.definitions.select(appraisal);
        assertThat(view.detail.isVisible()).isTrue();
        return view;
    }

    @Test
    void hrEditsTheCurrentVersionChecksItAndAdminApprovesAndDeploysIt() {
        DesignerView view = openAppraisal("hr");
        assertThat(_size(view.definitions)).isGreaterThanOrEqualTo(8);
        assertThat(_size(view.versions)).isGreaterThanOrEqualTo(1);
        DesignerService.VersionInfo current = _get(view.versions, 0);
        assertThat(current.deployedBy()).isEqualTo(DesignerService.SYSTEM_DEPLOYER);

        view.editor.openVersion(current.version());
        assertThat(view.editor.bpmn).isNotNull();
        assertThat(view.editor.bpmn.getXml()).contains("Task_SelfReview");
        String changed = DesignerFixture.withAddedStepAndChangedDeadline(view.editor.bpmn.getXml());

        // Check first saves what the editor holds (the browser answers requestSave with the XML)
        _click(view.editor.check);
        DiagramEvents.save(view.editor.bpmn, changed);
        DesignDraft draft = _get(view.drafts, 0);
        assertThat(draft.getAuthor()).isEqualTo("hr");
        assertThat(draft.getState()).isEqualTo(DraftState.CHECKED);
        assertThat(view.editor.report.problems.isVisible()).isFalse();
        assertThat(view.noDrafts.isVisible()).isFalse();
        // four eyes: approval is not even offered to the author
        assertThat(view.editor.approve.isVisible()).isFalse();
        assertThat(view.editor.reject.isVisible()).isFalse();

        // the comparison with the base marks the new step in the diagram
        _click(view.editor.compare);
        assertThat(view.editor.report.changes.isVisible()).isTrue();
        assertThat(view.editor.report.changeMarkers().get(DesignerFixture.ADDED_STEP)).containsExactly(Marker.ADDED);
        assertThat(view.editor.bpmn.getMarkers().get("Event_PeerFeedbackDeadline")).containsExactly(Marker.CHANGED);

        DesignerView adminView = openAppraisal("admin");
        adminView.drafts.select(adminView.drafts.getListDataView().getItems()
                .filter(d -> d.getId().equals(draft.getId())).findFirst().orElseThrow());
        assertThat(adminView.editor.bpmn.getXml()).isEqualTo(changed);
        assertThat(adminView.editor.approve.isVisible()).isTrue();
        _click(adminView.editor.approve);
        assertThat(adminView.editor.deploy.isVisible()).isTrue();
        // deploying asks first; cancelled, nothing is deployed
        _click(adminView.editor.deploy);
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class));
        assertThat(SystemAuthentication.runAsSystem(() -> designer.draft(draft.getId())).getState())
                .isEqualTo(DraftState.APPROVED);
        _click(adminView.editor.deploy);
        ConfirmDialogKt._fireConfirm(_find(ConfirmDialog.class).get(_find(ConfirmDialog.class).size() - 1));
        DesignDraft deployed = SystemAuthentication.runAsSystem(() -> designer.draft(draft.getId()));
        deployments.add(deployed.getDeploymentId());
        assertThat(deployed.getState()).isEqualTo(DraftState.DEPLOYED);
        assertThat(deployed.getApprover()).isEqualTo("admin");
        DesignerService.VersionInfo newCurrent = _get(adminView.versions, 0);
        assertThat(newCurrent.version().definitionId()).isEqualTo(deployed.getDefinitionId());
        assertThat(newCurrent.deployedBy()).isEqualTo("admin");
        assertThat(adminView.editor.record.getText()).contains("admin");
    }

    @Test
    void eachProblemOfTheCheckIsListedAndHighlightsItsElement() {
        DesignerView view = openAppraisal("hr");
        view.editor.openVersion(_get(view.versions, 0).version());
        _click(view.editor.check);
        DiagramEvents.save(view.editor.bpmn, DesignerFixture.withCodeInIt(view.editor.bpmn.getXml()));

        assertThat(view.editor.report.problems.isVisible()).isTrue();
        assertThat(_size(view.editor.report.problems)).isEqualTo(2);
        Problem first = _get(view.editor.report.problems, 0);
        assertThat(first.elementId()).isEqualTo("Task_DraftAgreement");
        assertThat(view.editor.bpmn.getMarkers().get("Task_DraftAgreement")).contains(Marker.PROBLEM);
        view.editor.report.problems.select(first);
        assertThat(view.editor.bpmn.getMarkers().get("Task_DraftAgreement")).contains(Marker.PROBLEM, Marker.SELECTED);
        assertThat(view.editor.approve.isVisible()).isFalse();
        assertThat(_get(view.drafts, 0).getState()).isEqualTo(DraftState.DRAFT);
    }

    /** Issue 22: opening a decision failed with "Choose read-only before the editor is shown". */
    @Test
    void aDecisionIsOpenedChangedCheckedApprovedByASecondPersonAndDeployed() {
        login("hr");
        UI.getCurrent().navigate(DesignerView.class);
        DesignerView view = _get(DesignerView.class);
        view.definitions.select(view.definitions.getListDataView().getItems()
                .filter(d -> d.key().equals("indicator-rating")).findFirst().orElseThrow());
        view.editor.openVersion(_get(view.versions, 0).version());
        assertThat(view.editor.dmn).isNotNull();
        assertThat(view.editor.dmn.isReadOnly()).isFalse();
        String xml = view.editor.dmn.getXml();
        // as expected from 90 % on, no longer from 80 %
        String changed = xml.replace("<text>[80..100]</text>", "<text>[90..100]</text>")
                .replace("<text>&lt; 80</text>", "<text>&lt; 90</text>");
        assertThat(changed).isNotEqualTo(xml);

        _click(view.editor.check);
        DiagramEvents.save(view.editor.dmn, changed);
        DesignDraft draft = _get(view.drafts, 0);
        assertThat(draft.getState()).isEqualTo(DraftState.CHECKED);
        assertThat(view.editor.report.problems.isVisible()).isFalse();
        assertThat(view.editor.approve.isVisible()).isFalse();
        assertThat(view.editor.dmn.isReadOnly()).isFalse();

        login("admin");
        UI.getCurrent().navigate(DesignerView.class);
        DesignerView adminView = _get(DesignerView.class);
        adminView.definitions.select(adminView.definitions.getListDataView().getItems()
                .filter(d -> d.key().equals("indicator-rating")).findFirst().orElseThrow());
        adminView.drafts.select(adminView.drafts.getListDataView().getItems()
                .filter(d -> d.getId().equals(draft.getId())).findFirst().orElseThrow());
        assertThat(adminView.editor.approve.isVisible()).isTrue();
        _click(adminView.editor.approve);
        _click(adminView.editor.deploy);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        DesignDraft deployed = SystemAuthentication.runAsSystem(() -> designer.draft(draft.getId()));
        deployments.add(deployed.getDeploymentId());
        assertThat(deployed.getState()).isEqualTo(DraftState.DEPLOYED);
        // a deployed draft is final: its editor is now the read-only viewer
        assertThat(adminView.editor.dmn.isReadOnly()).isTrue();
        assertThat(adminView.editor.save.isEnabled()).isFalse();
    }

    @Test
    void anOlderVersionIsComparedWithTheCurrentOneAndOffersTheMigration() {
        DesignerView view = openAppraisal("hr");
        List<ModelDiff.Change> none = designer.compareVersions(_get(view.versions, 0).version().definitionId(),
                _get(view.versions, 0).version().definitionId());
        assertThat(none).isEmpty();
        view.editor.openVersion(_get(view.versions, 0).version());
        assertThat(view.editor.save.isEnabled()).isTrue();
        assertThat(view.editor.deploy.isVisible()).isFalse();
    }
}
