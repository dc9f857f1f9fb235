package uk.facilitate.platform.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What makes a password acceptable: long but not absurdly so, varied, not the user name, and not
 * one of the 10,000 most common passwords, even dressed up with capitals, digits or symbols at
 * either end ("Winter2026!!", "Admin12345678!"), as NIST SP 800-63B 5.1.1.2 asks.
 */
public final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 12;
    /** Long enough for any passphrase; a cap stops megabyte "passwords" costing a hash each. */
    static final int MAXIMUM_LENGTH = 128;
    private static final String COMMON_LIST = "common-passwords.txt";
    /** Words that a guesser of this service would try first (NIST's context-specific words). */
    private static final Set<String> CONTEXT_WORDS = Set.of("facilitate", "wyvernside", "parenting", "autumn",
            "changeme", "letmein", "welcome", "administrator");
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Why the password is weak, or {@code null} if it is acceptable. */
    public static String weakness(String username, String password) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            return "it must be at least " + MINIMUM_LENGTH + " characters long";
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return "it must be at most " + MAXIMUM_LENGTH + " characters long";
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3) {
            return "it must mix at least three of: lower-case letters, capitals, digits and symbols";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT).strip())) {
            return "it must not contain the user name";
        }
        String core = core(lower);
        if (COMMON.contains(lower) || COMMON.contains(core) || CONTEXT_WORDS.contains(core)) {
            return "it is one of the most common passwords (or one with digits or symbols added): choose"
                    + " something less guessable, e.g. three or four unrelated words";
        }
        return null;
    }

    /** The password without the digits and symbols people add at either end: "winter2026!!" is "winter". */
    static String core(String lower) {
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return lower.substring(start, end);
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing from the application: " + COMMON_LIST);
            }
            Set<String> common = new HashSet<>(16_384);
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    common.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(common);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
