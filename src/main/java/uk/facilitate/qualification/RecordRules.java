package uk.facilitate.qualification;

import static uk.facilitate.qualification.DaySet.OPEN_END;
import static uk.facilitate.qualification.DaySet.day;

import uk.facilitate.qualification.PractitionerRecord.Accreditation;
import uk.facilitate.qualification.PractitionerRecord.DbsCheck;
import uk.facilitate.qualification.PractitionerRecord.SafeguardingTraining;
import uk.facilitate.qualification.PractitionerRecord.Supervision;
import uk.facilitate.shared.AccreditationStage;

/**
 * Which records count and for which days, in one place: the engine builds its day sets from these
 * and the explanations pick their evidence with them, so the two cannot drift apart.
 * Spans are closed ranges of epoch days; an end before its start means the record never counts.
 */
final class RecordRules {

    private final QualificationSettings settings;

    RecordRules(QualificationSettings settings) {
        this.settings = settings;
    }

    QualificationSettings settings() {
        return settings;
    }

    static boolean forProgramme(Accreditation record, ProgrammeRules programme) {
        return programme.programmeId().equals(record.programmeId());
    }

    /** An accredited record that counts on the days of its span. */
    boolean accredits(Accreditation record, ProgrammeRules programme) {
        return forProgramme(record, programme)
                && record.stage() == AccreditationStage.ACCREDITED
                && record.awardedOn() != null
                && (record.verified() || !settings.requireVerifiedAccreditation());
    }

    /** A trained record that counts on the days of its span, but only while supervision is current. */
    boolean allowsProvisionalDelivery(Accreditation record, ProgrammeRules programme) {
        return forProgramme(record, programme)
                && programme.provisionalDeliveryWhenTrained()
                && record.stage() == AccreditationStage.TRAINED
                && record.awardedOn() != null
                && (record.verified() || !settings.requireVerifiedAccreditation());
    }

    /** A record that would count (fully or provisionally) if a manager verified it. */
    boolean awaitsVerification(Accreditation record, ProgrammeRules programme) {
        return settings.requireVerifiedAccreditation()
                && !record.verified()
                && forProgramme(record, programme)
                && record.awardedOn() != null
                && (record.stage() == AccreditationStage.ACCREDITED
                        || (record.stage() == AccreditationStage.TRAINED
                                && programme.provisionalDeliveryWhenTrained()));
    }

    /** Last current day: the record's own expiry, else award + validity − 1 day, else open. */
    static long accreditationEnd(Accreditation record, ProgrammeRules programme) {
        if (record.expiresOn() != null) {
            return day(record.expiresOn());
        }
        if (programme.accreditationValidityMonths() != null) {
            return day(record.awardedOn().plusMonths(programme.accreditationValidityMonths()).minusDays(1));
        }
        return OPEN_END;
    }

    /** A check or session the person entered counts once verified, unless the borough counts them at once. */
    private boolean vouchedFor(boolean verified) {
        return verified || !settings.requireVerifiedChecks();
    }

    boolean counts(Supervision session, ProgrammeRules programme) {
        return session.date() != null
                && vouchedFor(session.verified())
                && (session.programmeId() == null || session.programmeId().equals(programme.programmeId()))
                && (programme.supervisionKinds().isEmpty()
                        // Immutable sets refuse contains(null); a session of unknown kind counts only where any kind does.
                        || (session.kind() != null && programme.supervisionKinds().contains(session.kind())));
    }

    /** A session on day d keeps supervision current through d + the maximum interval. */
    static long supervisionEnd(Supervision session, ProgrammeRules programme) {
        return day(session.date()) + programme.supervisionMaxIntervalDays();
    }

    boolean counts(DbsCheck check) {
        return check.issuedOn() != null && vouchedFor(check.verified());
    }

    /** Current through issue + re-check months − 1 day, or open on the Update Service. */
    long dbsEnd(DbsCheck check) {
        return check.updateService()
                ? OPEN_END
                : day(check.issuedOn().plusMonths(settings.dbsRecheckMonths()).minusDays(1));
    }

    boolean counts(SafeguardingTraining training) {
        return training.completedOn() != null && training.level() >= settings.minimumSafeguardingLevel()
                && vouchedFor(training.verified());
    }

    /** Current through completion + refresh months − 1 day. */
    long safeguardingEnd(SafeguardingTraining training) {
        return day(training.completedOn().plusMonths(settings.safeguardingRefreshMonths()).minusDays(1));
    }
}
