package id.kinerjaflow.audit;

import id.kinerjaflow.appeal.AppealService;
import id.kinerjaflow.appraisal.AgreementService;
import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalTestUnit;
import id.kinerjaflow.appraisal.UnitUnderCalibration;
import id.kinerjaflow.calibration.CalibrationService;
import id.kinerjaflow.rating.PerformanceRating;
import org.springframework.context.ApplicationContext;

/**
 * A unit's three staff through every stage, staff 0 with everything an auditor looks for: an
 * agreement returned once, a rating changed by the board with a reason, an appeal explained by
 * both sides and decided by HR.
 */
public final class FullAppraisal {

    public static final String RETURN_COMMENT = "Target kuantitas terlalu rendah.";
    public static final String CHANGE_REASON = "Inovasi layanan diakui provinsi.";
    public static final String APPEAL_REASONS = "Bukti kinerja triwulan IV belum dinilai.";
    public static final String APPEAL_DECISION = "Penilaian sesuai bukti.";

    public final UnitUnderCalibration unit;
    public final Appraisal appraisal;

    private FullAppraisal(UnitUnderCalibration unit, Appraisal appraisal) {
        this.unit = unit;
        this.appraisal = appraisal;
    }

    public String staffUser() {
        return unit.unit.staffUser(0);
    }

    public String headUser() {
        return unit.unit.headUser();
    }

    public static FullAppraisal of(ApplicationContext context) {
        AgreementService agreements = context.getBean(AgreementService.class);
        CalibrationService calibrations = context.getBean(CalibrationService.class);
        AppealService appeals = context.getBean(AppealService.class);
        UnitUnderCalibration u = new UnitUnderCalibration(context);
        Long id = u.staff.get(0).getId();
        AppraisalTestUnit unit = u.unit;
        unit.as(unit.staffUser(0), () -> {
            agreements.submit(id, AppraisalTestUnit.simpleDraft());
            return null;
        });
        unit.as(unit.headUser(), () -> {
            agreements.returnForRework(id, RETURN_COMMENT);
            return null;
        });
        u.readyForTheBoard("GOOD");
        unit.as("board", () -> calibrations.changeRating(u.calibration.getId(), id, PerformanceRating.VERY_GOOD, CHANGE_REASON));
        unit.as("board", () -> {
            calibrations.approve(u.calibration.getId());
            return null;
        });
        unit.as(unit.staffUser(0), () -> appeals.file(id, APPEAL_REASONS));
        unit.as(unit.staffUser(0), () -> {
            appeals.explainAsEmployee(id, "Laporan triwulan IV terlampir.");
            return null;
        });
        unit.as(unit.headUser(), () -> {
            appeals.explainAsAppraiser(id, "Penilaian sudah mempertimbangkan laporan.");
            return null;
        });
        unit.as("hr", () -> {
            appeals.decide(id, true, null, APPEAL_DECISION);
            return null;
        });
        return new FullAppraisal(u, u.reload(0));
    }
}
