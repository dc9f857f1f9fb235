package uk.facilitate.cohort.core;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import uk.facilitate.shared.AccreditationStage;

/**
 * One cell of the training needs analysis: where a person stands on one programme on a date, read
 * from their accreditation records (rejected records do not count; pending ones do, and say so).
 *
 * @param status              accredited, expiring soon, trained, lapsed or not trained
 * @param until               last day the accreditation is current, or {@code null} (none, or no end)
 * @param pendingVerification the record behind the status still waits for a manager's verification
 */
public record TrainingNeed(Status status, LocalDate until, boolean pendingVerification) {

    /** The statuses of the matrix, from best to worst. */
    public enum Status {
        ACCREDITED("Accredited"),
        EXPIRING_SOON("Expiring soon"),
        TRAINED("Trained"),
        LAPSED("Lapsed"),
        NOT_TRAINED("Not trained");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A record as the analysis reads it. */
    public record Held(AccreditationStage stage, LocalDate awardedOn, LocalDate expiresOn, boolean verified,
                       boolean rejected) {
    }

    public TrainingNeed {
        Objects.requireNonNull(status, "status");
    }

    /**
     * Classifies a person's records for one programme on {@code on}.
     *
     * @param validityMonths    the programme's validity when a record has no expiry date ({@code null}: no expiry)
     * @param expiringSoonDays  an accreditation ending within this many days is "expiring soon"
     */
    public static TrainingNeed classify(Collection<Held> records, Integer validityMonths, LocalDate on,
                                        int expiringSoonDays) {
        Optional<Held> current = records.stream()
                .filter(r -> !r.rejected() && r.stage() == AccreditationStage.ACCREDITED && r.awardedOn() != null)
                .filter(r -> !r.awardedOn().isAfter(on) && (end(r, validityMonths) == null || !end(r, validityMonths).isBefore(on)))
                .max(Comparator.comparing((Held r) -> r.verified())
                        .thenComparing(r -> end(r, validityMonths), Comparator.nullsLast(Comparator.naturalOrder())));
        if (current.isPresent()) {
            LocalDate end = end(current.get(), validityMonths);
            boolean soon = end != null && !end.isAfter(on.plusDays(expiringSoonDays));
            return new TrainingNeed(soon ? Status.EXPIRING_SOON : Status.ACCREDITED, end, !current.get().verified());
        }
        boolean lapsed = records.stream().filter(r -> !r.rejected()).anyMatch(r ->
                r.stage() == AccreditationStage.LAPSED || r.stage() == AccreditationStage.REVOKED
                        || (r.stage() == AccreditationStage.ACCREDITED && r.awardedOn() != null && !r.awardedOn().isAfter(on)));
        if (lapsed) {
            return new TrainingNeed(Status.LAPSED, null, false);
        }
        Optional<Held> trained = records.stream()
                .filter(r -> !r.rejected() && r.stage() == AccreditationStage.TRAINED && r.awardedOn() != null
                        && !r.awardedOn().isAfter(on))
                .max(Comparator.comparing(Held::verified));
        return trained.map(r -> new TrainingNeed(Status.TRAINED, null, !r.verified()))
                .orElseGet(() -> new TrainingNeed(Status.NOT_TRAINED, null, false));
    }

    /** Last day current: the record's own expiry, else award + validity − 1 day, else none ({@code null}). */
    static LocalDate end(Held record, Integer validityMonths) {
        if (record.expiresOn() != null) {
            return record.expiresOn();
        }
        return validityMonths == null ? null : record.awardedOn().plusMonths(validityMonths).minusDays(1);
    }
}
