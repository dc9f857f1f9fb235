package uk.facilitate.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.staff.StaffRole;

class QueryParametersTest {

    @Test
    void goodValuesAreReadAsTheirTypes() {
        assertEquals(50, QueryParameters.read(int.class, "max", "50"));
        assertEquals(12L, QueryParameters.read(Long.class, "locality", " 12 "));
        assertEquals(Boolean.TRUE, QueryParameters.read(boolean.class, "descending", "TRUE"));
        assertEquals(LocalDate.of(2026, 11, 24), QueryParameters.read(LocalDate.class, "on", "2026-11-24"));
        assertEquals(Period.ofDays(30), QueryParameters.read(Period.class, "step", "P30D"));
        assertEquals(StaffRole.MIDWIFE, QueryParameters.read(StaffRole.class, "role", "midwife"));
        assertNull(QueryParameters.read(Integer.class, "needLevel", " "), "a blank optional parameter is left out");
    }

    @Test
    void aValueOfTheWrongKindIsAProblemNamingTheParameter() {
        assertProblem("max", "not a whole number", int.class, "abc");
        assertProblem("role", "not one of", StaffRole.class, "KING");
        assertProblem("descending", "not true or false", boolean.class, "perhaps");
        assertProblem("on", "not a date", LocalDate.class, "tomorrow");
        assertProblem("step", "not a period", Period.class, "monthly");
        assertProblem("first", "Give a value", int.class, "");
    }

    @Test
    void datesOutsideTheAcceptedRangeAreRefused() {
        assertProblem("on", "between 01/01/1900 and 31/12/2100", LocalDate.class, "9999-12-31");
        assertProblem("on", "between 01/01/1900 and 31/12/2100", LocalDate.class, "+10000-01-01");
        assertEquals(LocalDate.of(2100, 12, 31), QueryParameters.read(LocalDate.class, "on", "2100-12-31"));
    }

    private static void assertProblem(String field, String says, Class<?> type, String value) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> QueryParameters.read(type, field, value));
        assertEquals(field, refused.problems().get(0).field());
        assertTrue(refused.getMessage().contains(says), refused.getMessage());
    }
}
