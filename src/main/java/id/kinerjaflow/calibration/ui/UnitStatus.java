package id.kinerjaflow.calibration.ui;

import java.util.List;
import java.util.stream.Collectors;

import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.calibration.CalibrationBoardService.UnitRow;
import id.kinerjaflow.calibration.CalibrationService.Deviation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/**
 * How the calibration board words a unit's state, in the list and in the detail alike: the state
 * with what goes with it (how many are reviewed, when and by whom released), the fits/deviates
 * badge and the deviations in short.
 */
final class UnitStatus {

    private final Component owner;
    private final CurveText words;
    private final ChangeHistory history;

    UnitStatus(Component owner, CurveText words, ChangeHistory history) {
        this.owner = owner;
        this.words = words;
        this.history = history;
    }

    /** What goes with the state: how many are reviewed while waiting, when and by whom released. */
    String note(UnitRow r) {
        return switch (r.status()) {
            case AWAITING_UNIT_RATING -> "";
            case AWAITING_REVIEWS -> t("calibrationBoard.reviewedOf", r.reviewed(), r.appraisals());
            case CALIBRATING -> r.reviewed() < r.appraisals()
                    ? t("calibrationBoard.reviewedOf", r.reviewed(), r.appraisals()) : "";
            case RELEASED -> t("calibrationBoard.releasedOn", FormKit.date(r.releasedAt()), history.who(r.releasedBy()));
        };
    }

    /** The state's name. */
    String state(UnitRow r) {
        return t("calibrationBoard.status." + r.status().name());
    }

    /** The state and its note on one line. */
    String line(UnitRow r) {
        String note = note(r);
        return note.isEmpty() ? state(r) : state(r) + " \u00b7 " + note;
    }

    /** "Sesuai kurva" in green, or "Menyimpang" in red. */
    Span badge(boolean fits) {
        Span badge = new Span(t(fits ? "calibrationBoard.fits" : "calibrationBoard.deviates"));
        badge.getElement().getThemeList().add(fits ? "badge success" : "badge error");
        return badge;
    }

    /** "Baik 100 % > 70 %; Butuh Perbaikan atau Kurang/Misconduct: belum ada". */
    String deviationsInShort(List<Deviation> deviations) {
        return deviations.stream().filter(d -> !d.fits()).map(words::brief).collect(Collectors.joining("; "));
    }

    private String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }
}
