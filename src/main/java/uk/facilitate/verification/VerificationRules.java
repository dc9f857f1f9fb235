package uk.facilitate.verification;

import uk.facilitate.shared.ConcurrentEdit;
import uk.facilitate.shared.InvalidInput;

/** What verifying or rejecting any self-entered record asks, whichever kind it is. */
public final class VerificationRules {

    private VerificationRules() {
    }

    /** The reason, stripped, or a refusal naming the field when it is missing or too long. */
    public static String rejectionReason(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "Say why the " + what + " is rejected, so the practitioner can put it right");
        }
        if (reason.strip().length() > 500) {
            throw InvalidInput.of("reason", "The reason must be at most 500 characters");
        }
        return reason.strip();
    }

    /** Refuses a decision on a record that changed since the manager opened it. */
    public static void checkVersion(long actual, long expected, String what) {
        if (actual != expected) {
            throw new ConcurrentEdit("Someone else has changed this " + what + " since you opened it; reload and try again");
        }
    }
}
