package uk.facilitate.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetricsAccessTest {

    private static final String TOKEN = "a-scraper-token-of-enough-length";

    @Test
    void onlyTheConfiguredTokenMatches() {
        byte[] expected = MetricsAccess.digest(TOKEN);
        assertTrue(MetricsAccess.tokenMatches(expected, TOKEN));
        assertFalse(MetricsAccess.tokenMatches(expected, TOKEN + "x"));
        assertFalse(MetricsAccess.tokenMatches(expected, TOKEN.substring(1)));
        assertFalse(MetricsAccess.tokenMatches(expected, ""));
    }

    @Test
    void withNoTokenConfiguredNoTokenMatches() {
        assertFalse(MetricsAccess.tokenMatches(null, TOKEN));
        assertFalse(MetricsAccess.tokenMatches(null, ""));
    }
}
