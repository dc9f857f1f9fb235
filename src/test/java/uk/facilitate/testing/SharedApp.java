package uk.facilitate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;
import uk.facilitate.devserver.EmbeddedDatabase;
import uk.facilitate.devserver.Launcher;

/**
 * One running Payara Micro per database for every IT that talks to the app only as a client (over
 * HTTP or in a browser): started on first use, shared by all such test classes of the run, and
 * stopped (before the database) when the run ends. The app is the WAR the build just packaged, at
 * {@code /facilitate/} on a free loopback port, exactly as Arquillian deployed it per class before,
 * when each of those classes paid 20 to 40 s for a Payara Micro of its own.
 *
 * <p>Use: {@code @SharedApp class FooIT { @SharedApp.Base URL base; }}, or
 * {@code @SharedApp(demo = true)} for the app on its own database with the Wyvernside demo borough.
 * Tests on the shared app share its memory as well as its database: they make their own data and
 * must not rely on what another test class has (or has not) done before them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SharedApp.Extension.class)
public @interface SharedApp {

    /**
     * The demo app's today ({@code facilitate.today}): the demo borough is generated around it and its
     * clock runs on from it, so journeys on the demo data see the same borough whenever they run.
     */
    LocalDate DEMO_TODAY = LocalDate.of(2026, 11, 24);

    /** Whether the test needs the app with the demo borough loaded (README's demo users) rather than the empty one. */
    boolean demo() default false;

    /** The field that receives the app's base URL, e.g. {@code http://127.0.0.1:41234/facilitate/}. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface Base {
    }

    /** Starts the app a test class asks for (once per run) and hands it its URL. */
    final class Extension implements TestInstancePostProcessor {

        @Override
        public void postProcessTestInstance(Object test, ExtensionContext context) throws Exception {
            boolean demo = AnnotationSupport.findAnnotation(test.getClass(), SharedApp.class)
                    .map(SharedApp::demo).orElse(false);
            // The root store lives for the whole run and closes its values when the run ends.
            Running app = context.getRoot().getStore(ExtensionContext.Namespace.create(SharedApp.class))
                    .getOrComputeIfAbsent(demo ? "demo" : "app", key -> Running.start(key, demo), Running.class);
            for (Field field : AnnotationSupport.findAnnotatedFields(test.getClass(), Base.class)) {
                field.setAccessible(true);
                field.set(test, app.base);
            }
        }
    }

    /** A Payara Micro process serving the WAR; closing it stops it (SIGTERM, then by force). */
    final class Running implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        private static final Duration PATIENCE = Duration.ofMinutes(5);
        /** What Payara Micro logs when the WAR does not deploy. */
        private static final String DEPLOYMENT_FAILED = "Exception while loading the app";

        private final Process process;
        private final URL base;

        private Running(Process process, URL base) {
            this.process = process;
            this.base = base;
        }

        static Running start(String name, boolean demo) {
            try {
                Path folder = Path.of(System.getProperty("facilitate.buildDir", "target"), "shared-app", name)
                        .toAbsolutePath();
                TestDatabase.deleteRecursively(folder);
                Files.createDirectories(folder);
                Path log = folder.resolve("payara.log");
                int port = EmbeddedDatabase.freePort();
                List<String> command = new ArrayList<>();
                command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
                TestDatabase.coverageAgent().ifPresent(command::add);
                command.addAll(demo ? TestDatabase.demoAppOptions() : TestDatabase.appOptions());
                command.addAll(List.of("-jar", Launcher.payaraMicroJar().toString(),
                        "--deploy", Path.of(System.getProperty("facilitate.war", "target/facilitate.war"))
                                .toAbsolutePath().toString(),
                        "--contextroot", "/facilitate", "--port", String.valueOf(port), "--nocluster",
                        "--rootdir", folder.resolve("payara").toString()));
                Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                        .start();
                Running running = new Running(process, URI.create("http://127.0.0.1:" + port + "/facilitate/").toURL());
                running.awaitReady(port, log);
                return running;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void awaitReady(int port, Path log) {
            URI ready = URI.create("http://127.0.0.1:" + port + "/health/ready");
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            try {
                while (System.nanoTime() < deadline) {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("Payara Micro ended (exit " + process.exitValue()
                                + ") before the app was ready:\n" + tail(log));
                    }
                    if (Files.readString(log).contains(DEPLOYMENT_FAILED)) {
                        // Payara stays up without the app: no point waiting for readiness.
                        close();
                        throw new IllegalStateException("The app failed to deploy:\n" + tail(log));
                    }
                    try {
                        HttpResponse<Void> answer = HTTP.send(HttpRequest.newBuilder(ready)
                                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                        if (answer.statusCode() == 200) {
                            return;
                        }
                    } catch (IOException notListeningYet) {
                        // polled again below
                    }
                    Thread.sleep(250);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            close();
            throw new IllegalStateException("The app was not ready within " + PATIENCE + ":\n" + tail(log));
        }

        private static String tail(Path log) {
            try {
                String all = Files.readString(log);
                return all.substring(Math.max(0, all.length() - 4000));
            } catch (IOException e) {
                return "(no log: " + e.getMessage() + ")";
            }
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public String toString() {
            return "Payara Micro " + process.pid() + " at " + base;
        }
    }
}
