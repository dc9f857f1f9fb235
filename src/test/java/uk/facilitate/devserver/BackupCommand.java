package uk.facilitate.devserver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import uk.facilitate.platform.backup.BackupArchive;

/**
 * {@code ./mvnw -Pbackup package [-Dbackup.to=FILE]}: writes a consistent backup of the data
 * folder's database (or {@code DB_URL}'s) and its evidence files, running or not.
 */
public final class BackupCommand {

    private BackupCommand() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(Launcher.setting("facilitate.dataDir", "FACILITATE_DATA_DIR", "data")).toAbsolutePath();
        Path target = Launcher.optional("backup.to", null).map(Path::of)
                .orElse(dataDir.resolve("backups").resolve(BackupArchive.nameFor(Instant.now()))).toAbsolutePath();
        if (Files.isDirectory(target)) {
            target = target.resolve(BackupArchive.nameFor(Instant.now()));
        }
        if (Files.exists(target)) {
            fail(target + " already exists: choose another -Dbackup.to");
        }
        Files.createDirectories(target.getParent());
        try (DatabaseTarget database = DatabaseTarget.open(dataDir)) {
            System.out.println("Facilitate: backing up " + database.description() + " and " + dataDir.resolve("evidence"));
            BackupArchive.Summary summary = BackupArchive.write(database.connection(), dataDir.resolve("evidence"), target);
            System.out.println("Facilitate: backup written to " + summary.file() + " (" + summary.bytes() + " bytes, "
                    + summary.evidenceFiles() + " evidence files, SHA-256 " + summary.sha256() + ")");
        }
    }

    static void fail(String message) {
        System.err.println("Facilitate: " + message);
        System.exit(2);
    }
}
