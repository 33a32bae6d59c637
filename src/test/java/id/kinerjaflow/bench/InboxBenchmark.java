package id.kinerjaflow.bench;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import id.kinerjaflow.Application;
import id.kinerjaflow.inbox.InboxService;
import id.kinerjaflow.inbox.InboxService.InboxQuery;
import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.security.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The inbox benchmark (bench/run inbox): N open tasks in the database (default 100,000), then the
 * server-side time of an inbox's first page (page query + count), p50 and p95, for an employee with
 * a handful of tasks and for an HR user whose group holds thousands of claimable tasks.
 * Runs against the PostgreSQL database given by the postgres profile's variables; seeds with SQL.
 */
public final class InboxBenchmark {

    private InboxBenchmark() {
    }

    public static void main(String[] args) {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Application.class)
                .profiles("postgres").run("--logging.level.root=WARN", "--server.port=0")) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            long seedStart = System.nanoTime();
            seed(jdbc, tasks);
            System.out.printf("seeded %d open tasks in %.1f s%n", tasks, (System.nanoTime() - seedStart) / 1e9);
            InboxService inbox = ctx.getBean(InboxService.class);
            double[] employee = measure(inbox, user("user-42", EnumSet.of(Role.EMPLOYEE, Role.APPRAISER)), rounds);
            double[] hr = measure(inbox, user("hr-bench", EnumSet.of(Role.EMPLOYEE, Role.HR)), rounds);
            System.out.printf("inbox first page, employee (10 tasks): p50 %.2f ms, p95 %.2f ms%n", employee[0], employee[1]);
            System.out.printf("inbox first page, HR (%d group tasks): p50 %.2f ms, p95 %.2f ms%n", tasks / 10, hr[0], hr[1]);
            double worst = Math.max(employee[1], hr[1]);
            System.out.printf("inbox: %d open tasks; first page p95 %.2f ms (target < 50 ms): %s%n", tasks, worst,
                    worst < 50 ? "met" : "NOT met");
        }
    }

    private static AppUser user(String name, Set<Role> roles) {
        AppUser user = new AppUser(name, name, null, roles, true, null);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    /** Page (50 rows) plus count, as the inbox asks on opening; warmed up first. */
    private static double[] measure(InboxService inbox, AppUser user, int rounds) {
        for (int i = 0; i < 50; i++) {
            inbox.page(InboxQuery.all(), 0, 50);
            inbox.count(InboxQuery.all());
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            int rows = inbox.page(InboxQuery.all(), 0, 50).size();
            long count = inbox.count(InboxQuery.all());
            times.add((System.nanoTime() - start) / 1e6);
            if (rows == 0 || count == 0) {
                throw new IllegalStateException("no tasks for " + user.username());
            }
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new double[]{percentile(sorted, 50), percentile(sorted, 95)};
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /**
     * One agency, N employees each with an appraisal in one cycle and one open task: 90 % assigned
     * to appraisers (10 tasks each: user-0 ... ), 10 % unassigned group tasks of HR.
     */
    private static void seed(JdbcTemplate jdbc, int n) {
        jdbc.update("insert into org_unit (code, name, level) values ('BENCH', 'Pemerintah Bench', 'GOVERNMENT')");
        Long unit = jdbc.queryForObject("select id from org_unit where code = 'BENCH'", Long.class);
        jdbc.update("insert into job_position (unit_id, title, jabatan_type) values (?, 'Pelaksana', 'PELAKSANA')", unit);
        Long position = jdbc.queryForObject("select id from job_position where unit_id = ?", Long.class, unit);
        jdbc.update("insert into employee (nip, name, employment_type, golongan, unit_id, position_id) "
                + "select lpad(g::text, 18, '0'), 'Pegawai ' || g, 'PNS', 'III/a', ?, ? "
                + "from generate_series(1, ?) g", unit, position, n);
        jdbc.update("insert into appraisal_cycle (cycle_year, name, status, agreement_deadline, review_phase_start, "
                + "peer_feedback_days, calibration_date, appeal_window_days) values (2026, 'Bench', 'LAUNCHED', "
                + "now() + interval '30 days', now() + interval '60 days', 7, now() + interval '90 days', 14)");
        Long cycle = jdbc.queryForObject("select max(id) from appraisal_cycle", Long.class);
        jdbc.update("insert into appraisal (cycle_id, employee_id, unit_id, stage) "
                + "select ?, e.id, e.unit_id, 'AGREEMENT' from employee e where e.unit_id = ?", cycle, unit);
        jdbc.update("insert into inbox_entry (task_id, principal, process_instance_id, process_key, task_key, "
                + "task_name, appraisal_id, cycle_id, assignee, created_at, due_at, due_sort) "
                + "select 'bench-' || a.id, case when a.id % 10 = 0 then 'group:HR' else 'user:user-' || (a.id % 9000) end, "
                + "'pi-' || a.id, 'employee-appraisal', 'Task_DraftAgreement', 'Draft the performance agreement', "
                + "a.id, a.cycle_id, case when a.id % 10 = 0 then null else 'user-' || (a.id % 9000) end, "
                + "now() - (a.id % 1000) * interval '1 minute', now() + (a.id % 60) * interval '1 day', "
                + "now() + (a.id % 60) * interval '1 day' from appraisal a where a.cycle_id = ?", cycle);
        jdbc.execute("analyze");
    }
}
