package uk.facilitate.platform.security;

import java.util.Set;

/** What makes a password acceptable: long, varied, not the user name, not a well-known one. */
public final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 12;
    private static final Set<String> WELL_KNOWN = Set.of("password1234", "passwordpassword", "123456789012",
            "qwertyuiop12", "letmein12345", "administrator", "changeme1234", "welcome12345", "facilitate12");

    private PasswordPolicy() {
    }

    /** Why the password is weak, or {@code null} if it is acceptable. */
    public static String weakness(String username, String password) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            return "it must be at least " + MINIMUM_LENGTH + " characters long";
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3) {
            return "it must mix at least three of: lower-case letters, capitals, digits and symbols";
        }
        if (username != null && !username.isBlank() && password.toLowerCase().contains(username.toLowerCase())) {
            return "it must not contain the user name";
        }
        if (WELL_KNOWN.contains(password.toLowerCase())) {
            return "it is a well-known password";
        }
        return null;
    }
}
