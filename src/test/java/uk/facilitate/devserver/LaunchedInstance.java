package uk.facilitate.devserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The run command's {@link Launcher} (or one of the operations commands) in a process of its own,
 * as an operator starts it: on a data folder and a free loopback port, its output in a file.
 * Closing it sends SIGTERM and waits; anything it started that is still alive then is killed by PID.
 */
final class LaunchedInstance implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path output;
    private final int port;
    private final long startedAt = System.nanoTime();

    private LaunchedInstance(Process process, Path output, int port) {
        this.process = process;
        this.output = output;
        this.port = port;
    }

    /** Starts the launcher on {@code dataDir}; {@code output} receives everything it and its children print. */
    static LaunchedInstance start(Path dataDir, Path output) throws IOException {
        return start(dataDir, EmbeddedDatabase.freePort(), output, Map.of());
    }

    /**
     * As {@link #start(Path, Path)} on a given port (a restart uses the port the first start had)
     * and with extra environment variables, which reach the app as its configuration.
     */
    static LaunchedInstance start(Path dataDir, int port, Path output, Map<String, String> environment) throws IOException {
        Process process = fork(Launcher.class, List.of(
                "-Dfacilitate.war=" + Path.of(System.getProperty("facilitate.war", "target/facilitate.war")).toAbsolutePath(),
                "-Dfacilitate.dataDir=" + dataDir.toAbsolutePath(),
                "-Dfacilitate.httpPort=" + port), output, environment);
        return new LaunchedInstance(process, output, port);
    }

    /** Runs a main class of this package in a JVM of its own, with the test class path; returns the process. */
    static Process fork(Class<?> main, List<String> properties, Path output) throws IOException {
        return fork(main, properties, output, Map.of());
    }

    private static Process fork(Class<?> main, List<String> properties, Path output, Map<String, String> environment)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
        command.addAll(properties);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        Files.createDirectories(output.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        // The test's own database settings must not leak into an instance that brings its own.
        for (String key : List.of("DB_URL", "DB_USER", "DB_PASSWORD", "FACILITATE_DATA_DIR")) {
            builder.environment().remove(key);
        }
        builder.environment().putAll(environment);
        return builder.start();
    }

    URL url() {
        try {
            return URI.create("http://127.0.0.1:" + port + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls {@code /health/ready} until 200; returns the time since the process started. */
    Duration awaitReady(Duration patience) throws InterruptedException {
        URI ready = URI.create("http://127.0.0.1:" + port + "/health/ready");
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The launcher ended (exit " + process.exitValue() + ") before it was ready:\n" + tail());
            }
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - startedAt);
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Not ready within " + patience + ":\n" + tail());
    }

    /**
     * Waits until a line matching {@code pattern} has been printed (e.g. Payara's "ready in" banner,
     * printed once every deployment has finished), or the patience ends.
     */
    boolean awaitLine(Pattern pattern, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (!lines(pattern).isEmpty()) {
                return true;
            }
            Thread.sleep(250);
        }
        return !lines(pattern).isEmpty();
    }

    /** Lines of the output so far that match {@code pattern}. */
    List<String> lines(Pattern pattern) {
        return output().lines().filter(line -> pattern.matcher(line).find()).toList();
    }

    String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tail() {
        String all = output();
        return all.substring(Math.max(0, all.length() - 4000));
    }

    /** The running processes the launcher started, keyed by a short name ("payara", "mariadbd"). */
    Map<String, ProcessHandle> children() {
        Map<String, ProcessHandle> found = new java.util.HashMap<>();
        process.descendants().forEach(child -> {
            String command = child.info().commandLine().orElse("");
            if (command.contains("payara-micro")) {
                found.put("payara", child);
            } else if (command.contains("mariadbd") || command.contains("mysqld")) {
                found.put("mariadbd", child);
            }
        });
        return found;
    }

    int port() {
        return port;
    }

    Process process() {
        return process;
    }

    /** SIGTERM, as an operator or a service manager stops it; waits up to a minute for everything to end. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> started = process.descendants().toList();
        process.destroy();
        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        for (ProcessHandle child : started) {
            Optional<ProcessHandle> alive = ProcessHandle.of(child.pid()).filter(ProcessHandle::isAlive);
            alive.ifPresent(ProcessHandle::destroyForcibly); // only what this instance started, by PID
        }
        if (!ended) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
