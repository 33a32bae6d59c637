package id.kinerjaflow.calibration.ui;

import java.util.List;
import java.util.stream.Collectors;

import id.kinerjaflow.calibration.CalibrationService.Band;
import id.kinerjaflow.calibration.CalibrationService.Deviation;
import id.kinerjaflow.rating.PerformanceRating;
import com.vaadin.flow.component.Component;

/**
 * The distribution curve in words, in the user's language: what a band asks ("Baik paling banyak
 * 70 %") and how the unit stands against it ("Baik 82 % > 70 %"). Read from the decision table's
 * bands, so that the screens say what the check applies, whatever HR put in the table. Public:
 * the cycle dashboard says the deviations of every unit in the same words.
 */
public final class CurveText {

    private final Component owner;

    public CurveText(Component owner) {
        this.owner = owner;
    }

    private String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    public String rating(PerformanceRating r) {
        return r == null ? "\u2014" : t("performanceRating." + r.name());
    }

    /** "Butuh Perbaikan atau Kurang/Misconduct". */
    public String ratings(List<PerformanceRating> ratings) {
        return ratings.stream().map(this::rating).collect(Collectors.joining(" " + t("curve.or") + " "));
    }

    public static long percent(double share) {
        return Math.round(share * 100);
    }

    /** What the band asks of the unit. */
    public String requirement(Band b) {
        return requirement(b.ratings(), b.minShare(), b.maxShare(), b.mustExist());
    }

    public String requirement(List<PerformanceRating> ratings, Double min, Double max, boolean mustExist) {
        String who = ratings(ratings);
        String text;
        if (max != null && max <= 0) {
            text = t("curve.none", who);
        } else if (min != null && max != null) {
            text = t("curve.between", who, percent(min), percent(max));
        } else if (max != null) {
            text = t("curve.atMost", who, percent(max));
        } else if (min != null) {
            text = t("curve.atLeast", who, percent(min));
        } else {
            text = null;
        }
        if (mustExist) {
            String must = t("curve.mustExist", who);
            text = text == null ? must : text + "; " + must;
        }
        return text == null ? who : text;
    }

    /** The curve of a unit rating in one line, for the choice of the unit rating. */
    public String summary(List<Band> bands) {
        return bands.stream().map(this::requirement).collect(Collectors.joining("; "));
    }

    /** How the unit stands against one band: "Baik 82 % > 70 %", or that it fits. */
    public String standing(Deviation d) {
        String who = ratings(d.ratings());
        long share = percent(d.share());
        if (d.fits()) {
            return t("curve.fits", who, share, requirement(d.ratings(), d.minShare(), d.maxShare(), d.mustExist()));
        }
        if (d.maxShare() != null && d.share() > d.maxShare() + 1e-9) {
            return t("curve.overMax", who, share, percent(d.maxShare()));
        }
        if (d.minShare() != null && d.share() + 1e-9 < d.minShare()) {
            return t("curve.underMin", who, share, percent(d.minShare()));
        }
        return t("curve.missing", who);
    }

    /** The same, short, for a list: "Baik 82 % > 70 %", or "Butuh Perbaikan: belum ada". */
    String brief(Deviation d) {
        if (!d.fits() && d.mustExist() && d.count() == 0 && !outOfBounds(d)) {
            return t("curve.missingShort", ratings(d.ratings()));
        }
        return standing(d);
    }

    private static boolean outOfBounds(Deviation d) {
        return (d.maxShare() != null && d.share() > d.maxShare() + 1e-9)
                || (d.minShare() != null && d.share() + 1e-9 < d.minShare());
    }
}
