package uk.facilitate.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"Qwerty123456", "Winter2026!!", "Admin12345678!", "Password1235", "Summer2027!!",
            "!!Monkey20262026", "Facilitate2026!", "Football-1234"})
    void aCommonPasswordDressedUpWithDigitsAndSymbolsIsRefused(String password) {
        String weakness = PasswordPolicy.weakness("amira.hussain", password);
        assertNotNull(weakness, password + " was accepted");
        assertTrue(weakness.contains("most common passwords"), weakness);
    }

    @Test
    void aHundredThousandCharacterPasswordIsRefusedForItsLength() {
        String weakness = PasswordPolicy.weakness("amira.hussain", "Aa1!".repeat(25_000));
        assertEquals("it must be at most 128 characters long", weakness);
    }

    @Test
    void aPasswordOfExactly128CharactersIsAccepted() {
        assertNull(PasswordPolicy.weakness("amira.hussain", "Kettle-Harbour-7-".repeat(8).substring(0, 128)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Demo-Records-2026!", "Quokka-Lantern-2026!", "Test-Pass-2026!x", "Harbour kettle 7 violet"})
    void uncommonPassphrasesAreAccepted(String password) {
        assertNull(PasswordPolicy.weakness("amira.hussain", password), password);
    }

    @Test
    void theUserNameInsideThePasswordIsRefused() {
        assertEquals("it must not contain the user name", PasswordPolicy.weakness("amira", "Xx-AMIRA-2026-yy"));
    }

    @Test
    void theCoreIsThePasswordWithoutDigitsAndSymbolsAtEitherEnd() {
        assertEquals("winter", PasswordPolicy.core("winter2026!!"));
        assertEquals("kettle-7-harbour", PasswordPolicy.core("12kettle-7-harbour!"));
        assertEquals("", PasswordPolicy.core("2026!!"));
    }
}
