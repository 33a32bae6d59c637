package id.kinerjaflow.calibration;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalAccess;
import id.kinerjaflow.appraisal.RatingChanges;
import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.security.CurrentUser;
import id.kinerjaflow.security.Role;
import id.kinerjaflow.security.UserDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The board's rating changes of one appraisal, for the employee's result and appeal, under the read rule. */
@Service
class BoardRatingChanges implements RatingChanges {

    private final CalibrationChangeRepository changes;
    private final UserDirectory users;
    private final CurrentUser currentUser;

    BoardRatingChanges(CalibrationChangeRepository changes, UserDirectory users, CurrentUser currentUser) {
        this.changes = changes;
        this.users = users;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Change> of(Appraisal appraisal) {
        AppUser user = currentUser.require();
        AppraisalAccess.requireRead(appraisal, user);
        boolean office = user.hasRole(Role.HR) || user.hasRole(Role.BOARD) || user.hasRole(Role.AUDITOR)
                || user.hasRole(Role.ADMIN);
        if (!office && appraisal.getResultPublishedAt() == null) {
            return List.of();
        }
        List<CalibrationChange> found = changes.findByAppraisalIdOrderByChangedAtAscIdAsc(appraisal.getId());
        Set<String> people = new LinkedHashSet<>();
        found.stream().map(CalibrationChange::getChangedBy).filter(by -> !CalibrationChange.SYSTEM.equals(by))
                .forEach(people::add);
        Map<String, String> names = new HashMap<>();
        if (!people.isEmpty()) {
            users.find(people).forEach(u -> names.put(u.username(), u.displayName() == null ? u.username()
                    : u.displayName()));
        }
        return found.stream().map(c -> {
            boolean bySystem = CalibrationChange.SYSTEM.equals(c.getChangedBy());
            return new Change(c.getFromRating(), c.getToRating(), c.getReason(), bySystem,
                    bySystem ? "" : names.getOrDefault(c.getChangedBy(), c.getChangedBy()), c.getChangedAt());
        }).toList();
    }
}
