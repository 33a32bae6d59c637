package id.kinerjaflow.appraisal;

import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may read an appraisal: the employee, the appraiser and senior appraiser captured on it, and
 * HR, the board and auditors. Nobody else, whatever id they guess.
 */
public final class AppraisalAccess {

    private AppraisalAccess() {
    }

    public static boolean mayRead(Appraisal a, AppUser user) {
        if (user == null) {
            return false;
        }
        if (user.hasRole(Role.HR) || user.hasRole(Role.BOARD) || user.hasRole(Role.AUDITOR) || user.hasRole(Role.ADMIN)) {
            return true;
        }
        Long me = user.employeeId();
        return me != null && (me.equals(a.getEmployee().getId())
                || (a.getAppraiser() != null && me.equals(a.getAppraiser().getId()))
                || (a.getSeniorAppraiser() != null && me.equals(a.getSeniorAppraiser().getId())));
    }

    public static void requireRead(Appraisal a, AppUser user) {
        if (!mayRead(a, user)) {
            throw new AccessDeniedException("appraisal " + a.getId());
        }
    }
}
