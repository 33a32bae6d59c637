package id.kinerjaflow.journey;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The application as users get it: {@code java -jar target/kinerjaflow.jar}, built with
 * {@code -Pproduction}, started once for all journeys of a test run in a scratch working folder
 * (its own H2 file, or the PostgreSQL database the environment names) on a free port, and
 * stopped when the run ends. Its log is kept so each journey can fail on what the server said.
 *
 * <p>System properties: {@code journey.jar} (the jar to start, default
 * {@code target/kinerjaflow.jar}), {@code journey.profile} ({@code postgres} to run it with the
 * {@code postgres} profile and the {@code KINERJAFLOW_DB_*} variables of the environment), or
 * {@code journey.url} to drive an application that is already running instead.
 */
public final class ProductionJar implements BeforeAllCallback {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private static volatile Running running;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (ProductionJar.class) {
            if (running == null) {
                running = start();
                Runtime.getRuntime().addShutdownHook(new Thread(running::stop));
            }
        }
    }

    /** The application of this run (started by the extension). */
    public static Running app() {
        if (running == null) {
            throw new IllegalStateException("ProductionJar has not started the application: @ExtendWith it");
        }
        return running;
    }

    /** Whether this run uses the postgres profile (an empty production database, no demo). */
    public static boolean postgres() {
        return "postgres".equals(System.getProperty("journey.profile", ""));
    }

    private static Running start() throws IOException, InterruptedException {
        String attach = System.getProperty("journey.url", "");
        if (!attach.isBlank()) {
            return new Running(attach.replaceAll("/$", ""), null, null);
        }
        Path jar = Path.of(System.getProperty("journey.jar", "target/kinerjaflow.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No production jar at " + jar
                    + ": build it first with ./mvnw -Pproduction package -DskipTests (see .ci/journeys)");
        }
        int port = freePort();
        Path dir = Path.of("target", "journey-run",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-" + port)
                .toAbsolutePath();
        Files.createDirectories(dir);
        Path log = dir.resolve("app.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", jar.toString(), "--server.port=" + port));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        if (postgres()) {
            env.put("SPRING_PROFILES_ACTIVE", "postgres");
        } else {
            env.remove("SPRING_PROFILES_ACTIVE");
        }
        Process process = builder.start();
        Running app = new Running("http://localhost:" + port, process, log);
        app.awaitLogin();
        return app;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** One started (or attached) application. */
    public static final class Running {
        private final String base;
        private final Process process;
        private final Path log;

        Running(String base, Process process, Path log) {
            this.base = base;
            this.process = process;
            this.log = log;
        }

        public String url(String path) {
            return base + (path.startsWith("/") ? path : "/" + path);
        }

        /** The server's log so far (empty when attached to an application started elsewhere). */
        public List<String> log() {
            if (log == null) {
                return List.of();
            }
            try {
                return Files.readAllLines(log, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        public Path logFile() {
            return log;
        }

        void awaitLogin() throws InterruptedException {
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The production jar stopped during start-up (exit "
                            + process.exitValue() + "); its log: " + log + "\n" + tail());
                }
                if (answers("/login")) {
                    return;
                }
                // poll the port: the start takes seconds, a check costs nothing
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
            }
            stop();
            throw new IllegalStateException("The production jar did not answer /login within " + START_TIMEOUT
                    + "; its log: " + log + "\n" + tail());
        }

        private boolean answers(String path) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url(path)).toURL().openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(5000);
                int status = c.getResponseCode();
                c.disconnect();
                return status == 200;
            } catch (IOException e) {
                return false;
            }
        }

        private String tail() {
            List<String> lines = log();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }

        void stop() {
            if (process != null && process.isAlive()) {
                process.destroy();
                try {
                    if (!process.waitFor(30, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    process.destroyForcibly();
                }
            }
        }
    }
}
