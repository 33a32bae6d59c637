package id.kinerjaflow.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import id.kinerjaflow.IntegrationTest;
import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.rating.Expectation;
import id.kinerjaflow.appraisal.ReviewJourney;
import id.kinerjaflow.appraisal.SupervisorReviewService;
import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.demo.DemoOrganisation;
import id.kinerjaflow.process.decision.DecisionIds;
import id.kinerjaflow.security.SystemAuthentication;
import id.kinerjaflow.security.UserDirectory;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * HR redesigns the scoring without a developer (issue 22): a rule of the indicator rating is changed
 * in a draft of the deployed decision, checked, approved by a second person and deployed, and the
 * very next suggestion in an appraisal that is already running comes from the new version.
 */
@IntegrationTest
class DecisionChangeIT {

    @Autowired ApplicationContext context;
    @Autowired DesignerService designer;
    @Autowired RepositoryService repository;
    @Autowired DemoOrganisation demo;
    @Autowired UserDirectory users;
    @Autowired SupervisorReviewService reviews;
    @Autowired AppraisalService appraisals;

    private String deployment;

    @BeforeEach
    void demoAccounts() {
        demo.load();
    }

    @AfterEach
    void backToTheDecisionOfBpmn() {
        if (deployment != null) {
            repository.deleteDeployment(deployment, true);
        }
    }

    private <T> T as(String user, Supplier<T> work) {
        return SystemAuthentication.runAs(users.find(user).orElseThrow(), work);
    }

    @Test
    void aChangedRuleDecidesTheNextSuggestionOfARunningAppraisal() {
        ReviewJourney journey = new ReviewJourney(context);
        Appraisal running = journey.agreed(0);
        journey.openReviewPhase();
        // 9 of 10 documents: 90 %, as expected under the rule of bpmn/ (80 % to 100 %)
        journey.selfReview(running, 0, 9, 10, List.of());
        Long mainRow = SystemAuthentication.runAsSystem(() -> appraisals.rows(running.getId())).get(0).getId();
        assertThat(suggestions(journey, running).get(mainRow)).isEqualTo(Expectation.AS_EXPECTED);

        ModelVersion current = as("hr", () -> designer.versions(DraftKind.DMN, DecisionIds.INDICATOR_RATING_DECISION))
                .get(0).version();
        String xml = as("hr", () -> designer.xml(current.definitionId()));
        String changed = xml.replace("<text>[80..100]</text>", "<text>[95..100]</text>")
                .replace("<text>&lt; 80</text>", "<text>&lt; 95</text>");
        assertThat(changed).isNotEqualTo(xml);

        DesignDraft draft = as("hr", () -> designer.createDraft(current.definitionId(), changed));
        DesignDraft checked = as("hr", () -> designer.check(draft.getId()));
        assertThat(designer.report(checked)).isEmpty();
        assertThat(checked.getState()).isEqualTo(DraftState.CHECKED);
        assertThat(as("hr", () -> designer.mayApprove(checked))).isFalse();
        assertThatThrownBy(() -> as("hr", () -> designer.approve(draft.getId(), checked.getVersion())))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(as("admin", () -> designer.mayApprove(checked))).isTrue();
        DesignDraft approved = as("admin", () -> designer.approve(draft.getId(), checked.getVersion()));
        DesignDraft deployed = as("hr", () -> designer.deploy(draft.getId(), approved.getVersion()));
        deployment = deployed.getDeploymentId();
        assertThat(as("hr", () -> designer.version(deployed.getDefinitionId())).version())
                .isEqualTo(current.version() + 1);

        assertThat(suggestions(journey, running).get(mainRow)).isEqualTo(Expectation.BELOW_EXPECTATION);
    }

    private Map<Long, Expectation> suggestions(ReviewJourney journey, Appraisal a) {
        AtomicReference<Map<Long, Expectation>> result = new AtomicReference<>();
        journey.as(journey.headUser(), () -> result.set(reviews.suggestRows(a.getId())));
        return result.get();
    }
}
