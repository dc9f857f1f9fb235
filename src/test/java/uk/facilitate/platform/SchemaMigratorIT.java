package uk.facilitate.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.facilitate.testing.TestDatabase;

/** Flyway over the real {@code sql/} scripts on an empty MariaDB database, and a broken script. */
class SchemaMigratorIT {

    @Test
    void theScriptsInSqlBuildAnEmptyDatabaseAndASecondRunIsANoOp() throws Exception {
        MysqlDataSource empty = freshDatabase();
        long scripts;
        try (var files = Files.list(Path.of("sql"))) {
            scripts = files.filter(p -> p.getFileName().toString().matches("V\\d+(_\\d+)*__.+\\.sql")).count();
        }

        SchemaMigrator.Result first = new SchemaMigrator(empty, "filesystem:sql").migrate();
        SchemaMigrator.Result second = new SchemaMigrator(empty, "filesystem:sql").migrate();

        assertEquals(scripts, first.applied());
        assertEquals(0, second.applied());
        assertEquals(first.schemaVersion(), second.schemaVersion());
    }

    @Test
    void aBrokenMigrationFailsNamingTheScriptAndStatement(@TempDir Path scripts) throws Exception {
        Files.writeString(scripts.resolve("V1__good.sql"), "CREATE TABLE good (id INT PRIMARY KEY);\n");
        Files.writeString(scripts.resolve("V2__broken_locality_column.sql"),
                "ALTER TABLE good ADD COLUMN name VARCHAR(20);\nALTER TABLE missing_table ADD COLUMN x INT;\n");
        MysqlDataSource empty = freshDatabase();

        SchemaMigrator.SchemaMigrationException failure = assertThrows(SchemaMigrator.SchemaMigrationException.class,
                () -> new SchemaMigrator(empty, "filesystem:" + scripts).migrate());

        assertTrue(failure.getMessage().contains("V2__broken_locality_column.sql"), failure.getMessage());
        assertTrue(failure.getMessage().contains("missing_table"), "names the statement: " + failure.getMessage());
    }

    private static MysqlDataSource freshDatabase() throws Exception {
        String name = "migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = TestDatabase.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        MysqlDataSource dataSource = (MysqlDataSource) TestDatabase.dataSource();
        dataSource.setURL(TestDatabase.url().replaceFirst("/facilitate\\?", "/" + name + "?"));
        return dataSource;
    }
}
