package uk.facilitate.platform;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.facilitate.shared.ConcurrentEdit;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.shared.NotFound;

/**
 * The backstop behind the services' own checks: when the database itself refuses a write (a
 * reference to a missing row, text too long, a value out of range, a duplicate) or a race is lost
 * at commit, the failure becomes the app's own exception with a plain sentence, so the API answers
 * 4xx problem+json and pages show a message, instead of a 500 with the driver's text.
 */
public final class DatabaseRefusals {

    private static final Pattern COLUMN = Pattern.compile("column '([^']+)'");
    private static final Pattern FOREIGN_KEY = Pattern.compile("FOREIGN KEY \\(`([^`]+)`\\) REFERENCES `([^`]+)`");

    private DatabaseRefusals() {
    }

    /** The app's exception for this failure, if somewhere in its causes the database refused it. */
    public static Optional<RuntimeException> translate(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof jakarta.persistence.OptimisticLockException
                    || e.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
                return Optional.of(new ConcurrentEdit(ConcurrentEdit.CHANGED_MEANWHILE));
            }
            if (e instanceof SQLException sql) {
                return Optional.ofNullable(translate(sql));
            }
        }
        return Optional.empty();
    }

    private static RuntimeException translate(SQLException sql) {
        String message = String.valueOf(sql.getMessage());
        return switch (sql.getErrorCode()) {
            // Cannot add or update a child row: what the row refers to does not exist.
            case 1452 -> {
                Matcher m = FOREIGN_KEY.matcher(message);
                yield new NotFound(m.find() ? "No " + m.group(2).replace('_', ' ') + " with the id given as "
                        + m.group(1) : "Something this refers to does not exist");
            }
            // Cannot delete or update a parent row: something else still refers to it.
            case 1451 -> new ConcurrentEdit("This record is still in use by other records, so it cannot be removed");
            case 1062 -> new ConcurrentEdit("This would duplicate a record that already exists");
            // Data too long; out of range; incorrect (date) value.
            case 1406, 1264, 1265, 1292, 1366 -> {
                Matcher m = COLUMN.matcher(message);
                String column = m.find() ? m.group(1) : null;
                yield InvalidInput.of(column == null ? null : camelCase(column), sql.getErrorCode() == 1406
                        ? "Too long to store: shorten it" : "Out of the range that can be stored");
            }
            default -> null;
        };
    }

    /** given_name → givenName, as the API and pages name fields. */
    static String camelCase(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
