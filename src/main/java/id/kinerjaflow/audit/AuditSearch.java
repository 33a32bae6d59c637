package id.kinerjaflow.audit;

import id.kinerjaflow.base.OrganisationZone;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.kinerjaflow.security.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The auditors' search over every appraisal: by employee (name or NIP), unit, cycle, final rating,
 * changed by calibration, appealed, overdue at some stage (the agreement flagged overdue, or a task
 * done after, or still open past, its due date in the engine's history), and a date range (anything
 * recorded in the audit trail for the appraisal between the two dates). One query per page plus one
 * count, the flags as sub-queries, so the grid stays lazy however many appraisals there are.
 */
@Service
@Transactional(readOnly = true)
public class AuditSearch {

    /** The export's limit: beyond it the auditor narrows the search. */
    public static final int EXPORT_MAX = 20_000;

    private final JdbcTemplate jdbc;

    AuditSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What to look for; null or false means "any". Dates are days in Western Indonesian Time, both included. */
    public record Criteria(String text, Long unitId, Long cycleId, String finalRating, boolean changedByCalibration,
                           boolean appealed, boolean overdue, LocalDate from, LocalDate to) {

        public static Criteria any() {
            return new Criteria(null, null, null, null, false, false, false, null, null);
        }
    }

    /** One appraisal found. */
    public record Row(Long appraisalId, String employeeName, String nip, String unitName, String cycleName,
                      String stage, String finalRating, boolean changedByCalibration, boolean appealed,
                      boolean overdue) {
    }

    private static final String CHANGED = "exists (select 1 from calibration_change cc where cc.appraisal_id = a.id)";
    private static final String APPEALED = "exists (select 1 from appeal ap where ap.appraisal_id = a.id)";
    private static final String OVERDUE = "(a.agreement_overdue or exists (select 1 from act_hi_taskinst t"
            + " where t.proc_inst_id_ = a.process_instance_id and t.due_date_ is not null"
            + " and coalesce(t.end_time_, current_timestamp) > t.due_date_))";

    @Secured({Roles.AUTH_AUDITOR, Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public List<Row> page(Criteria c, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(c, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("select a.id, e.name employee_name, e.nip, u.name unit_name, cy.name cycle_name, a.stage,"
                + " a.final_rating, case when " + CHANGED + " then 1 else 0 end changed,"
                + " case when " + APPEALED + " then 1 else 0 end appealed,"
                + " case when " + OVERDUE + " then 1 else 0 end overdue"
                + FROM + where + " order by cy.id desc, u.name, e.name, a.id limit ? offset ?", ROW, args.toArray());
    }

    @Secured({Roles.AUTH_AUDITOR, Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public long count(Criteria c) {
        List<Object> args = new ArrayList<>();
        return jdbc.queryForObject("select count(*)" + FROM + where(c, args), Long.class, args.toArray());
    }

    private static final String FROM = " from appraisal a join employee e on e.id = a.employee_id"
            + " join org_unit u on u.id = a.unit_id join appraisal_cycle cy on cy.id = a.cycle_id";

    private static String where(Criteria c, List<Object> args) {
        List<String> parts = new ArrayList<>();
        if (c.text() != null && !c.text().isBlank()) {
            String t = c.text().strip().toLowerCase();
            parts.add("(lower(e.name) like ? or e.nip like ?)");
            args.add("%" + t + "%");
            args.add(t + "%");
        }
        if (c.unitId() != null) {
            parts.add("a.unit_id = ?");
            args.add(c.unitId());
        }
        if (c.cycleId() != null) {
            parts.add("a.cycle_id = ?");
            args.add(c.cycleId());
        }
        if (c.finalRating() != null) {
            parts.add("a.final_rating = ?");
            args.add(c.finalRating());
        }
        if (c.changedByCalibration()) {
            parts.add(CHANGED);
        }
        if (c.appealed()) {
            parts.add(APPEALED);
        }
        if (c.overdue()) {
            parts.add(OVERDUE);
        }
        if (c.from() != null || c.to() != null) {
            parts.add("exists (select 1 from audit_log l where (l.appraisal_id = a.id or l.process_instance_id"
                    + " = a.process_instance_id) and l.recorded_at >= ? and l.recorded_at < ?)");
            args.add(Timestamp.from((c.from() == null ? LocalDate.of(2000, 1, 1) : c.from()).atStartOfDay(OrganisationZone.current())
                    .toInstant()));
            args.add(Timestamp.from((c.to() == null ? LocalDate.of(9999, 1, 1) : c.to().plusDays(1))
                    .atStartOfDay(OrganisationZone.current()).toInstant()));
        }
        return parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
    }

    private static final RowMapper<Row> ROW = (rs, n) -> new Row(rs.getLong("id"), rs.getString("employee_name"),
            rs.getString("nip"), rs.getString("unit_name"), rs.getString("cycle_name"), rs.getString("stage"),
            rs.getString("final_rating"), rs.getInt("changed") == 1, rs.getInt("appealed") == 1,
            rs.getInt("overdue") == 1);
}
