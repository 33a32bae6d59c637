package id.kinerjaflow.appraisal;

import java.time.Instant;
import java.util.List;

import id.kinerjaflow.rating.PerformanceRating;

/**
 * How the review board changed an appraisal's rating in calibration, so that the employee learns
 * why. The calibration feature answers it (it builds on this package, so this package and the
 * features beside it ask through this interface rather than depending on it).
 */
public interface RatingChanges {

    /**
     * The board's changes to the appraisal's rating, oldest first. Checks that the signed-in user
     * may read the appraisal; the employee, the appraiser and the senior appraiser see the changes
     * once the result is published (before, calibration is still the board's work), the office
     * (HR, board, auditor) always.
     */
    List<Change> of(Appraisal appraisal);

    /**
     * One change: from and to, the board's reason, who made it and when. {@code byName} is the
     * person's display name; empty when a rule made the change by itself ({@link #bySystem}).
     */
    record Change(PerformanceRating from, PerformanceRating to, String reason, boolean bySystem, String byName,
                  Instant at) {
    }
}
