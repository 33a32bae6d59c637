package id.kinerjaflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import id.kinerjaflow.IntegrationTest;
import id.kinerjaflow.appraisal.UnitUnderCalibration;
import id.kinerjaflow.demo.DemoOrganisation;
import id.kinerjaflow.security.SystemAuthentication;
import id.kinerjaflow.security.UserDirectory;
import org.hibernate.envers.RevisionType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** Every change of the appraisal's own data is a revision (Envers) with who made it, before and after. */
@IntegrationTest
class EntityRevisionsIT {

    @Autowired ApplicationContext context;
    @Autowired DemoOrganisation demo;
    @Autowired UserDirectory users;
    @Autowired EntityRevisions revisions;

    @Test
    void theAgreementTheActualsAndTheReflectionsAreRevisionsWithTheirAuthors() {
        demo.load();
        UnitUnderCalibration u = new UnitUnderCalibration(context).agreed().selfReviewed();
        Long id = u.staff.get(0).getId();
        String staff = u.unit.staffUser(0);

        List<EntityRevisions.Revision> list = SystemAuthentication.runAs(users.find("auditor").orElseThrow(),
                () -> revisions.of(id));

        assertThat(list).anyMatch(r -> r.entity().equals("AgreementRow") && r.type() == RevisionType.ADD
                && staff.equals(r.username()) && r.changes().stream().anyMatch(c -> c.property().equals("description")
                && c.before() == null && c.after().equals("Pengolahan data layanan")));
        assertThat(list).anyMatch(r -> r.entity().equals("Indicator") && r.type() == RevisionType.MOD
                && staff.equals(r.username()) && r.changes().contains(new EntityRevisions.Change("actualValue", null, "10")));
        assertThat(list).anyMatch(r -> r.entity().equals("BehaviourAssessment") && staff.equals(r.username())
                && r.changes().stream().anyMatch(c -> c.property().equals("reflection") && c.after() != null));
        assertThat(list).anyMatch(r -> r.entity().equals("Appraisal") && u.unit.headUser().equals(r.username())
                && r.changes().stream().anyMatch(c -> c.property().equals("agreementApprovedAt") && c.before() == null));
        assertThat(list).extracting(EntityRevisions.Revision::rev).isSorted();

        assertThatThrownBy(() -> SystemAuthentication.runAs(users.find(staff).orElseThrow(), () -> revisions.of(id)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
