package id.kinerjaflow.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import id.kinerjaflow.Application;
import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.cycle.BatchProgress;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.cycle.CycleSettings;
import id.kinerjaflow.cycle.ScopeUnit;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.process.ProcessIds.Vars;
import id.kinerjaflow.security.SystemAuthentication;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The launch benchmark (bench/run launch): a synthetic organisation of N employees (default
 * 10,000) in units of 30 under one government, every employee with an account; then, side by side
 * in one run and on the same database:
 * <ol>
 * <li>the bare engine: the same BPMN started N times with {@code RuntimeService} in a loop, one
 * transaction per start, with the variables a launch gives (on appraisal rows of a second cycle
 * seeded with SQL, which the process's listeners read);</li>
 * <li>the launch as HR starts it: the cycle's batch, run by the job executor, timed until every
 * appraisal waits at its first task.</li>
 * </ol>
 * The bare loop runs first (after a warm-up), so the launch meets the larger tables.
 */
public final class LaunchBenchmark {

    private LaunchBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Application.class)
                .profiles("postgres").run("--logging.level.root=WARN", "--server.port=0")) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            long seedStart = System.nanoTime();
            Long government = seed(jdbc, n);
            System.out.printf("seeded %d employees in %d units in %.1f s%n", n,
                    jdbc.queryForObject("select count(*) from org_unit", Integer.class),
                    (System.nanoTime() - seedStart) / 1e9);

            // this machine's PostgreSQL runs without autovacuum, so nothing would refresh the planner's
            // statistics while the engine's tables grow from empty: do what autovacuum's auto-analyse
            // does on a default installation, every 3 s instead of its one minute
            ScheduledExecutorService analyser = Executors.newSingleThreadScheduledExecutor();
            analyser.scheduleWithFixedDelay(() -> autoAnalyse(jdbc), 3, 3, TimeUnit.SECONDS);

            double bare = bareEngine(ctx, jdbc, n);

            CycleService cycles = ctx.getBean(CycleService.class);
            TaskService tasks = ctx.getBean(TaskService.class);
            Instant now = Instant.now();
            AppraisalCycle cycle = SystemAuthentication.runAsSystem(() -> cycles.create(new CycleSettings(2027,
                    "Periode Bench", now.plus(30, ChronoUnit.DAYS), now.plus(60, ChronoUnit.DAYS), 7,
                    now.plus(90, ChronoUnit.DAYS), 14, List.of(new ScopeUnit(government, true)))));
            long problems = SystemAuthentication.runAsSystem(() -> cycles.preflight(cycle.getId())).stream()
                    .filter(p -> p.blocks()).count();
            if (problems > 0) {
                throw new IllegalStateException(problems + " blocking problems before launch");
            }
            long start = System.nanoTime();
            BatchProgress launch = SystemAuthentication.runAsSystem(() -> cycles.launch(cycle.getId()));
            System.out.printf("launch planned: %d items in %d chunks in %.1f s%n", launch.items(), launch.chunks(),
                    (System.nanoTime() - start) / 1e9);
            // a chunk commits its appraisals, their processes and their first tasks together, so
            // counting appraisals (cheap) counts processes waiting at their first task; checked below
            long started = 0;
            BatchProgress progress = launch;
            while (started < n) {
                Thread.sleep(200);
                started = jdbc.queryForObject("select count(*) from appraisal where cycle_id = ?", Long.class,
                        cycle.getId());
                if (cycles.latestBatch(cycle.getId()).stuck()) {
                    throw new IllegalStateException("launch stuck: " + cycles.latestBatch(cycle.getId()).failures());
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            while (!progress.done()) {
                Thread.sleep(100);
                progress = cycles.latestBatch(cycle.getId());
            }
            long waiting = tasks.createTaskQuery().processDefinitionKey(ProcessIds.Appraisal.PROCESS)
                    .taskDefinitionKey(ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT)
                    .processVariableValueEquals(Vars.CYCLE_ID, cycle.getId()).count();
            if (waiting != n) {
                throw new IllegalStateException(waiting + " of " + n + " appraisals wait at their first task");
            }
            int appraisals = jdbc.queryForObject("select count(*) from appraisal where cycle_id = ?", Integer.class,
                    cycle.getId());
            int calibrations = jdbc.queryForObject("select count(*) from unit_calibration where cycle_id = ?",
                    Integer.class, cycle.getId());
            if (appraisals != n) {
                throw new IllegalStateException(appraisals + " appraisals for " + n + " employees");
            }
            System.out.printf("launched: %d appraisals (each waiting at its first task) and %d unit calibrations%n",
                    appraisals, calibrations);
            double rate = n / seconds;
            analyser.shutdownNow();
            System.out.printf("launch: %d appraisals in %.1f s = %.0f/s; bare engine %.0f/s; ratio %.2f%n", n, seconds,
                    rate, bare, rate / bare);
        }
    }

    /**
     * Analyses each table whose rows changed since its last analysis by more than autovacuum's
     * default threshold (50 rows plus 10 % of the table), one table at a time, as auto-analyse does.
     * Analysing the whole database every few seconds instead took a tenth of the machine's CPU from
     * the launch, and no PostgreSQL does that.
     */
    private static void autoAnalyse(JdbcTemplate jdbc) {
        List<String> due = jdbc.queryForList("select quote_ident(s.schemaname) || '.' || quote_ident(s.relname) "
                + "from pg_stat_user_tables s join pg_class c on c.oid = s.relid "
                + "where s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0)", String.class);
        due.forEach(table -> jdbc.execute("analyze " + table));
    }

    /** The same process started N times in a loop, one transaction each; returns starts per second. */
    private static double bareEngine(ConfigurableApplicationContext ctx, JdbcTemplate jdbc, int n) {
        RuntimeService runtime = ctx.getBean(RuntimeService.class);
        Instant now = Instant.now();
        jdbc.update("insert into appraisal_cycle (cycle_year, name, status, agreement_deadline, review_phase_start, "
                + "peer_feedback_days, calibration_date, appeal_window_days) values (2026, 'Bare engine', 'LAUNCHED', "
                + "now() + interval '30 days', now() + interval '60 days', 7, now() + interval '90 days', 14)");
        Long cycle = jdbc.queryForObject("select max(id) from appraisal_cycle", Long.class);
        jdbc.update("insert into appraisal (cycle_id, employee_id, unit_id, appraiser_id, stage) "
                + "select ?, e.id, e.unit_id, e.supervisor_id, 'AGREEMENT' from employee e", cycle);
        List<Map<String, Object>> rows = jdbc.queryForList("select a.id, a.unit_id, u.username, s.username sup "
                + "from appraisal a join app_user u on u.employee_id = a.employee_id "
                + "left join app_user s on s.employee_id = a.appraiser_id where a.cycle_id = ? order by a.id", cycle);
        int warmUp = Math.min(500, rows.size());
        for (int i = 0; i < warmUp; i++) {
            start(runtime, rows.get(i), cycle, now, "warm-");
        }
        jdbc.execute("analyze");
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            start(runtime, rows.get(i % rows.size()), cycle, now, "bare-");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = n / seconds;
        System.out.printf("bare engine: %d starts in %.1f s = %.0f/s%n", n, seconds, rate);
        return rate;
    }

    private static void start(RuntimeService runtime, Map<String, Object> row, Long cycle, Instant now,
                              String prefix) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.APPRAISAL_ID, ((Number) row.get("id")).longValue());
        vars.put(Vars.CYCLE_ID, cycle);
        vars.put(Vars.UNIT_ID, ((Number) row.get("unit_id")).longValue());
        vars.put(Vars.EMPLOYEE_USER, row.get("username"));
        vars.put(Vars.APPRAISER_USER, row.get("sup"));
        vars.put(Vars.SENIOR_APPRAISER_USER, null);
        vars.put(Vars.AGREEMENT_DEADLINE, Date.from(now.plus(30, ChronoUnit.DAYS)));
        vars.put(Vars.REVIEW_PHASE_START, Date.from(now.plus(60, ChronoUnit.DAYS)));
        vars.put(Vars.PEER_FEEDBACK_DURATION, "P7D");
        runtime.startProcessInstanceByKey(ProcessIds.Appraisal.PROCESS, prefix + row.get("id"), vars);
    }

    /**
     * One government (its head a JPT official), units of 30 under it (a head who reports to the
     * government's head, and 29 staff), an account for everyone, an HR and a board account.
     */
    private static Long seed(JdbcTemplate jdbc, int n) {
        int units = Math.max(1, (n - 1 + 29) / 30);
        jdbc.update("insert into org_unit (code, name, level) values ('BENCH', 'Pemerintah Bench', 'GOVERNMENT')");
        Long government = jdbc.queryForObject("select id from org_unit where code = 'BENCH'", Long.class);
        jdbc.update("insert into org_unit (code, name, level, parent_id) select 'BENCH-' || g, 'Dinas Bench ' || g, "
                + "'AGENCY', ? from generate_series(1, ?) g", government, units);
        jdbc.update("insert into job_position (unit_id, title, jabatan_type) values (?, 'Kepala Daerah Bench', "
                + "'JPT_PRATAMA')", government);
        jdbc.update("insert into job_position (unit_id, title, jabatan_type) select id, 'Kepala Dinas', "
                + "'ADMINISTRATOR' from org_unit where parent_id = ?", government);
        jdbc.update("insert into job_position (unit_id, title, jabatan_type) select id, 'Pelaksana', 'PELAKSANA' "
                + "from org_unit where parent_id = ?", government);
        // the government's head, then each unit's head, then the staff (employee n is the last)
        jdbc.update("insert into employee (nip, name, employment_type, golongan, unit_id, position_id) "
                + "select lpad('1', 18, '0'), 'Kepala Bench', 'PNS', 'IV/d', ?, p.id from job_position p "
                + "where p.unit_id = ?", government, government);
        Long top = jdbc.queryForObject("select id from employee where nip = lpad('1', 18, '0')", Long.class);
        jdbc.update("insert into employee (nip, name, employment_type, golongan, unit_id, position_id, supervisor_id) "
                + "select lpad((1 + row_number() over (order by u.id))::text, 18, '0'), 'Kepala ' || u.name, 'PNS', "
                + "'IV/a', u.id, p.id, ? from org_unit u join job_position p on p.unit_id = u.id "
                + "and p.jabatan_type = 'ADMINISTRATOR' where u.parent_id = ?", top, government);
        int staff = n - 1 - units;
        jdbc.update("insert into employee (nip, name, employment_type, golongan, unit_id, position_id, supervisor_id) "
                + "select lpad((1 + ? + g)::text, 18, '0'), 'Pegawai ' || g, 'PNS', 'III/a', h.unit_id, p.id, h.id "
                + "from generate_series(1, ?) g "
                + "join employee h on h.nip = lpad((2 + (g % ?))::text, 18, '0') "
                + "join job_position p on p.unit_id = h.unit_id and p.jabatan_type = 'PELAKSANA'",
                units, staff, units);
        jdbc.update("insert into app_user (username, password_hash, display_name, employee_id) "
                + "select e.nip, '{noop}bench', e.name, e.id from employee e");
        jdbc.update("insert into app_user (username, password_hash, display_name) values ('hr-bench', '{noop}bench', "
                + "'HR Bench'), ('board-bench', '{noop}bench', 'Board Bench')");
        jdbc.update("insert into app_user_role (user_id, role) select id, 'HR' from app_user where username = 'hr-bench'");
        jdbc.update("insert into app_user_role (user_id, role) select id, 'BOARD' from app_user "
                + "where username = 'board-bench'");
        jdbc.execute("analyze");
        return government;
    }
}
