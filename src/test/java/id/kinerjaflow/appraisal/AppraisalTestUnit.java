package id.kinerjaflow.appraisal;

import java.util.function.Supplier;

import id.kinerjaflow.appraisal.AgreementService.AgreementDraft;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.org.OrganisationImportService;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.security.UserDirectory;

/** {@link SmallUnit} for tests of other features (a head, three staff, a cycle, accounts). */
public final class AppraisalTestUnit {

    private final SmallUnit unit;

    private AppraisalTestUnit(SmallUnit unit) {
        this.unit = unit;
    }

    public static AppraisalTestUnit create(OrganisationImportService importer, OrganisationService organisation,
                                           UserDirectory users, CycleService cycles) {
        return new AppraisalTestUnit(new SmallUnit(importer, organisation, users, cycles));
    }

    public Long cycleId() {
        return unit.cycle.getId();
    }

    public Long headId() {
        return unit.head.getId();
    }

    public Long staffId(int i) {
        return unit.staff.get(i).getId();
    }

    public String headUser() {
        return unit.headNip;
    }

    public String staffUser(int i) {
        return unit.staffNips.get(i);
    }

    public <T> T as(String user, Supplier<T> work) {
        return unit.as(user, work);
    }

    public static AgreementDraft simpleDraft() {
        return SmallUnit.draft(null, "Pengolahan data layanan");
    }
}
