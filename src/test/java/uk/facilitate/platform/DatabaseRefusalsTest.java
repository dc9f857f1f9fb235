package uk.facilitate.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;
import uk.facilitate.shared.ConcurrentEdit;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.shared.NotFound;

class DatabaseRefusalsTest {

    @Test
    void aReferenceToAMissingRowIsNotFoundNamingWhatIsMissing() {
        RuntimeException answer = translate(new SQLIntegrityConstraintViolationException("Cannot add or update a child row:"
                + " a foreign key constraint fails (`facilitate`.`supervision_session`, CONSTRAINT `fk_supervisee`"
                + " FOREIGN KEY (`supervisee_id`) REFERENCES `staff_member` (`id`))", "23000", 1452));
        assertInstanceOf(NotFound.class, answer);
        assertEquals("No staff member with the id given as supervisee_id", answer.getMessage());
    }

    @Test
    void textTooLongIsAProblemWithTheField() {
        RuntimeException answer = translate(new SQLException("Data too long for column 'given_name' at row 1", "22001", 1406));
        InvalidInput invalid = assertInstanceOf(InvalidInput.class, answer);
        assertEquals("givenName", invalid.problems().get(0).field());
    }

    @Test
    void aLostRaceIsTheAppsOwnSentenceNotTheProvidersMessage() {
        RuntimeException answer = translate(new jakarta.persistence.OptimisticLockException(
                "Exception [EclipseLink-5011] (Eclipse Persistence Services): OptimisticLockException"));
        assertInstanceOf(ConcurrentEdit.class, answer);
        assertEquals(ConcurrentEdit.CHANGED_MEANWHILE, answer.getMessage());
    }

    @Test
    void otherFailuresAreLeftAlone() {
        assertTrue(DatabaseRefusals.translate(new IllegalStateException("bug")).isEmpty());
        assertTrue(DatabaseRefusals.translate(new SQLException("Communications link failure", "08S01", 0)).isEmpty());
    }

    private static RuntimeException translate(Throwable cause) {
        return DatabaseRefusals.translate(new RuntimeException("wrapped", cause)).orElseThrow();
    }
}
