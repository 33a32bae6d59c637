package id.kinerjaflow.cycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings of a cycle that people enter and the processes read, and the units it appraises. A
 * cycle may be saved without units; the pre-flight check refuses to launch it so.
 */
public record CycleSettings(int year, String name, Instant agreementDeadline, Instant reviewPhaseStart,
                            int peerFeedbackDays, Instant calibrationDate, int appealWindowDays,
                            List<ScopeUnit> scope) {

    public CycleSettings {
        scope = scope == null ? List.of() : List.copyOf(scope);
    }

    /** Settings without units yet. */
    public CycleSettings(int year, String name, Instant agreementDeadline, Instant reviewPhaseStart,
                         int peerFeedbackDays, Instant calibrationDate, int appealWindowDays) {
        this(year, name, agreementDeadline, reviewPhaseStart, peerFeedbackDays, calibrationDate, appealWindowDays,
                List.of());
    }

    public CycleSettings withScope(List<ScopeUnit> units) {
        return new CycleSettings(year, name, agreementDeadline, reviewPhaseStart, peerFeedbackDays, calibrationDate,
                appealWindowDays, units);
    }

    public static final int DEFAULT_APPEAL_WINDOW_DAYS = 14;
    public static final int DEFAULT_PEER_FEEDBACK_DAYS = 7;

    /** Every rule broken, as message keys: dates present and in order, durations positive. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (year < 2000 || year > 2100) {
            problems.add("cycle.YEAR_INVALID");
        }
        if (name == null || name.isBlank()) {
            problems.add("cycle.NAME_REQUIRED");
        }
        if (agreementDeadline == null || reviewPhaseStart == null || calibrationDate == null) {
            problems.add("cycle.DATES_REQUIRED");
        } else {
            if (!agreementDeadline.isBefore(reviewPhaseStart)) {
                problems.add("cycle.REVIEW_BEFORE_AGREEMENT_DEADLINE");
            }
            if (!reviewPhaseStart.isBefore(calibrationDate)) {
                problems.add("cycle.CALIBRATION_BEFORE_REVIEW");
            }
        }
        if (peerFeedbackDays < 1 || peerFeedbackDays > 60) {
            problems.add("cycle.PEER_FEEDBACK_DAYS_INVALID");
        }
        if (appealWindowDays < 1 || appealWindowDays > 90) {
            problems.add("cycle.APPEAL_WINDOW_INVALID");
        }
        if (scope.stream().map(ScopeUnit::getUnitId).distinct().count() < scope.size()) {
            problems.add("cycle.SCOPE_UNIT_TWICE");
        }
        return problems;
    }
}
