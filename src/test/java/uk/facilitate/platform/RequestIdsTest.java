package uk.facilitate.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    private static final String UUID_SHAPE = "[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}";

    @Test
    void aSaneIdFromTheCallerIsKept() {
        assertEquals("lb-7f3a.2026:12", RequestIds.idFor("lb-7f3a.2026:12"));
    }

    @Test
    void aMissingOrUnsafeIdIsReplacedByANewOne() {
        for (String offered : new String[] {null, "", "two words", "line\nbreak", "<script>", "x".repeat(65)}) {
            String id = RequestIds.idFor(offered);
            assertTrue(id.matches(UUID_SHAPE), offered + " -> " + id);
            assertNotEquals(offered, id);
        }
    }
}
