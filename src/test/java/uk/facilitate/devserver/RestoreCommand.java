package uk.facilitate.devserver;

import java.nio.file.Path;
import uk.facilitate.platform.backup.BackupArchive;

/**
 * {@code ./mvnw -Prestore package -Drestore.from=FILE [-Dfacilitate.dataDir=DIR]}: checks a backup's
 * checksums, then rebuilds an empty data folder (and its embedded database, or {@code DB_URL}'s
 * empty database) from it. It refuses a target that holds anything, and a running instance.
 */
public final class RestoreCommand {

    private RestoreCommand() {
    }

    public static void main(String[] args) throws Exception {
        Path archive = Launcher.optional("restore.from", null).map(Path::of).map(Path::toAbsolutePath).orElse(null);
        if (archive == null) {
            BackupCommand.fail("name the backup to restore: -Drestore.from=FILE");
        }
        Path dataDir = Path.of(Launcher.setting("facilitate.dataDir", "FACILITATE_DATA_DIR", "data")).toAbsolutePath();
        try {
            System.out.println("Facilitate: checking " + archive + " (" + BackupArchive.verify(archive).size()
                    + " entries, every SHA-256 matches)");
        } catch (java.io.IOException e) {
            BackupCommand.fail("cannot restore: " + e.getMessage());
        }
        try (DatabaseTarget database = DatabaseTarget.open(dataDir)) {
            if (database.isRunningApp()) {
                BackupCommand.fail("Facilitate is running on " + dataDir + ": stop it, then restore into an empty data folder");
            }
            System.out.println("Facilitate: restoring into " + database.description() + " and " + dataDir.resolve("evidence"));
            int evidence = BackupArchive.restore(archive, database.connection(), dataDir.resolve("evidence"));
            System.out.println("Facilitate: restored the database and " + evidence + " evidence files; start with"
                    + " ./mvnw -Prun package" + (dataDir.equals(Path.of("data").toAbsolutePath()) ? "" : " (FACILITATE_DATA_DIR=" + dataDir + ")"));
        } catch (BackupArchive.BackupException e) {
            BackupCommand.fail("cannot restore: " + e.getMessage());
        }
    }
}
