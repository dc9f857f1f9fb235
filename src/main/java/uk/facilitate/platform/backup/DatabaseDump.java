package uk.facilitate.platform.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-JDBC SQL dump of the current database, read in one {@code REPEATABLE READ} transaction
 * opened {@code WITH CONSISTENT SNAPSHOT}, so every table is seen at the same instant while the app
 * keeps writing. Plain JDBC rather than {@code mysqldump} so the same code serves the embedded
 * server, an external MariaDB or MySQL 8 and the admin API inside Payara, with no client binaries.
 * The dump has one statement per line, which {@link #load} relies on and {@code mysql < dump} accepts.
 */
public final class DatabaseDump {

    /** Rows per INSERT are capped by size so a statement stays far below the server's packet limit. */
    private static final int MAX_STATEMENT_CHARS = 512 * 1024;

    private DatabaseDump() {
    }

    /** Writes every base table of the connection's database: structure first, then rows. */
    public static void write(Connection connection, Writer out) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION time_zone = '+00:00'");
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            statement.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
            try {
                writeTables(connection, out);
            } finally {
                connection.rollback();
            }
        } finally {
            connection.setAutoCommit(autoCommit);
            connection.setTransactionIsolation(isolation);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET SESSION time_zone = DEFAULT"); // pooled connections go back as they came
            }
        }
    }

    private static void writeTables(Connection connection, Writer out) throws SQLException, IOException {
        List<String> tables = tables(connection);
        out.write("-- Facilitate database dump: " + tables.size() + " tables from one consistent snapshot.\n");
        out.write("SET NAMES utf8mb4;\n");
        out.write("SET SESSION sql_mode = 'NO_AUTO_VALUE_ON_ZERO';\n");
        out.write("SET SESSION time_zone = '+00:00';\n");
        out.write("SET SESSION foreign_key_checks = 0;\n");
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = statement.executeQuery("SHOW CREATE TABLE " + quoteName(table))) {
                    rs.next();
                    // One statement per line; the server's own DDL holds no string with a line break.
                    out.write(rs.getString(2).replace("\r", "").replace('\n', ' ') + ";\n");
                }
            }
            for (String table : tables) {
                writeRows(connection, table, out);
            }
        }
        out.write("SET SESSION foreign_key_checks = 1;\n");
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                     + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private record Column(String name, boolean binary) {
    }

    private static List<Column> columns(Connection connection, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        // Generated columns are left out: the server computes them again from the others on load.
        try (var query = connection.prepareStatement("SELECT column_name, data_type FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND table_name = ? AND extra NOT LIKE '%GENERATED%'"
                + " ORDER BY ordinal_position")) {
            query.setString(1, table);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(2).toLowerCase(java.util.Locale.ROOT);
                    columns.add(new Column(rs.getString(1), type.contains("binary") || type.contains("blob")));
                }
            }
        }
        return columns;
    }

    private static void writeRows(Connection connection, String table, Writer out) throws SQLException, IOException {
        List<Column> columns = columns(connection, table);
        // Every value is read as text (binary as hex) by the server itself, so no JDBC type or
        // time-zone conversion can alter it on the way out; the server parses it back on load.
        List<String> select = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Column column : columns) {
            String name = quoteName(column.name());
            names.add(name);
            select.add(column.binary() ? "HEX(" + name + ")" : "CAST(" + name + " AS CHAR CHARACTER SET utf8mb4)");
        }
        String insert = "INSERT INTO " + quoteName(table) + " (" + String.join(",", names) + ") VALUES ";
        StringBuilder statement = new StringBuilder();
        try (Statement query = connection.createStatement();
             ResultSet rs = query.executeQuery("SELECT " + String.join(",", select) + " FROM " + quoteName(table))) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder("(");
                for (int i = 0; i < columns.size(); i++) {
                    String value = rs.getString(i + 1);
                    if (i > 0) {
                        row.append(',');
                    }
                    if (value == null) {
                        row.append("NULL");
                    } else if (columns.get(i).binary()) {
                        row.append("X'").append(value).append('\'');
                    } else {
                        appendLiteral(row, value);
                    }
                }
                row.append(')');
                if (statement.length() > 0 && statement.length() + row.length() > MAX_STATEMENT_CHARS) {
                    out.write(statement.append(";\n").toString());
                    statement.setLength(0);
                }
                statement.append(statement.length() == 0 ? insert : ",").append(row);
            }
        }
        if (statement.length() > 0) {
            out.write(statement.append(";\n").toString());
        }
    }

    /** Runs a dump written by {@link #write} against the connection's (empty) database. */
    public static int load(BufferedReader dump, Connection connection) throws IOException, SQLException {
        int executed = 0;
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false); // the literals are the server's; JDBC escapes must not touch them
            String line;
            while ((line = dump.readLine()) != null) {
                if (line.isBlank() || line.startsWith("--")) {
                    continue;
                }
                statement.execute(line.endsWith(";") ? line.substring(0, line.length() - 1) : line);
                executed++;
            }
        }
        return executed;
    }

    /** The names of the base tables in the connection's database (a restore refuses a database that has any). */
    public static List<String> existingTables(Connection connection) throws SQLException {
        return tables(connection);
    }

    static String quoteName(String name) {
        return '`' + name.replace("`", "``") + '`';
    }

    /** A string literal escaped as mysqldump does, so line breaks never reach the dump unescaped. */
    static void appendLiteral(StringBuilder out, String value) {
        out.append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\0' -> out.append("\\0");
                case '\u001a' -> out.append("\\Z");
                default -> out.append(c);
            }
        }
        out.append('\'');
    }
}
