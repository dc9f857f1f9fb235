package uk.facilitate.qualification;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import uk.facilitate.qualification.PractitionerRecord.Accreditation;
import uk.facilitate.qualification.PractitionerRecord.DbsCheck;
import uk.facilitate.qualification.PractitionerRecord.SafeguardingTraining;
import uk.facilitate.qualification.PractitionerRecord.Supervision;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.shared.NeedLevel;

/**
 * The rules as the engine's Javadoc states them, checked one day at a time with no cleverness, so
 * the property tests hold the engine's day sets against a second, obviously correct reading.
 */
final class ReferenceRules {

    private ReferenceRules() {
    }

    static Map<Rule, Boolean> met(QualificationSettings settings, PractitionerRecord person, ProgrammeRules programme,
            NeedLevel level, LocalDate on) {
        Map<Rule, Boolean> met = new EnumMap<>(Rule.class);
        boolean supervised = supervised(person, programme, on);
        met.put(Rule.STAFF_ACTIVE, (person.startDate() == null || !on.isBefore(person.startDate()))
                && (person.leaveDate() == null || !on.isAfter(person.leaveDate())));
        met.put(Rule.NEED_LEVEL_SERVED, programme.needLevels().contains(level));
        met.put(Rule.ACCREDITATION_CURRENT, person.accreditations().stream()
                .anyMatch(record -> accreditationCounts(settings, record, programme, on, supervised)));
        Integer minimum = programme.minimumProfessionalLevel().get(level);
        met.put(Rule.PROFESSIONAL_LEVEL, minimum == null
                || (person.professionalLevel() != null && person.professionalLevel() >= minimum));
        met.put(Rule.SUPERVISION_CURRENT, supervised);
        met.put(Rule.DBS_CURRENT, person.dbsChecks().stream().anyMatch(check -> dbsCurrent(settings, check, on)));
        met.put(Rule.SAFEGUARDING_CURRENT, person.safeguarding().stream()
                .anyMatch(training -> safeguardingCurrent(settings, training, on)));
        return met;
    }

    static boolean qualified(QualificationSettings settings, PractitionerRecord person, ProgrammeRules programme,
            NeedLevel level, LocalDate on) {
        return !met(settings, person, programme, level, on).containsValue(false);
    }

    /**
     * The expected basis read one day at a time, as the README states it: on a date on or after today, a
     * renewable condition is met when the records held meet it, or it is within reach today (it fell due less
     * than one renewal period before today, or has not yet), or a booking that counts falls on or before the
     * date. Hard rules are read from the records held; a trained record counts while supervision is expected.
     */
    static Map<Rule, Boolean> expectedMet(QualificationSettings settings, PractitionerRecord person,
            ExpectedBasis.Booked booked, ProgrammeRules programme, NeedLevel level, LocalDate today, LocalDate on) {
        Map<Rule, Boolean> met = met(settings, person, programme, level, on);
        Integer interval = programme.supervisionMaxIntervalDays();
        // A condition the borough does not count as a renewal gets no assumption; a booking counts for its own span.
        boolean renewSupervision = settings.renewable().contains(Rule.SUPERVISION_CURRENT);
        boolean supervised = interval == null || met.get(Rule.SUPERVISION_CURRENT)
                || renewSupervision && person.supervision().stream().anyMatch(s -> countsForSupervision(settings, s, programme)
                        && !s.date().isAfter(today) && today.isBefore(s.date().plusDays(interval + 1L).plusDays(interval)))
                || booked.supervision().stream().anyMatch(s -> countsForSupervision(settings, s, programme)
                        && !s.date().isBefore(today) && !s.date().isAfter(on)
                        && (renewSupervision || !on.isAfter(s.date().plusDays(interval))));
        met.put(Rule.SUPERVISION_CURRENT, supervised);
        met.put(Rule.ACCREDITATION_CURRENT, person.accreditations().stream()
                .anyMatch(record -> accreditationCounts(settings, record, programme, on, supervised)));
        int dbs = settings.dbsRecheckMonths();
        boolean renewDbs = settings.renewable().contains(Rule.DBS_CURRENT);
        met.put(Rule.DBS_CURRENT, met.get(Rule.DBS_CURRENT)
                || renewDbs && person.dbsChecks().stream().anyMatch(c -> countsForDbs(settings, c) && !c.issuedOn().isAfter(today)
                        && today.isBefore(c.issuedOn().plusMonths(dbs).minusDays(1).plusDays(1).plusMonths(dbs)))
                || booked.dbsChecks().stream().anyMatch(c -> countsForDbs(settings, c)
                        && !c.issuedOn().isBefore(today) && !c.issuedOn().isAfter(on)
                        && (renewDbs || !on.isAfter(c.issuedOn().plusMonths(dbs).minusDays(1)))));
        int refresh = settings.safeguardingRefreshMonths();
        boolean renewSafeguarding = settings.renewable().contains(Rule.SAFEGUARDING_CURRENT);
        met.put(Rule.SAFEGUARDING_CURRENT, met.get(Rule.SAFEGUARDING_CURRENT)
                || renewSafeguarding && person.safeguarding().stream().anyMatch(t -> countsForSafeguarding(settings, t)
                        && !t.completedOn().isAfter(today)
                        && today.isBefore(t.completedOn().plusMonths(refresh).minusDays(1).plusDays(1).plusMonths(refresh)))
                || booked.safeguarding().stream().anyMatch(t -> countsForSafeguarding(settings, t)
                        && !t.completedOn().isBefore(today) && !t.completedOn().isAfter(on)
                        && (renewSafeguarding || !on.isAfter(t.completedOn().plusMonths(refresh).minusDays(1)))));
        return met;
    }

    private static boolean countsForSupervision(QualificationSettings settings, Supervision s, ProgrammeRules programme) {
        return s.date() != null && (s.verified() || !settings.requireVerifiedChecks())
                && (s.programmeId() == null || s.programmeId().equals(programme.programmeId()))
                && (programme.supervisionKinds().isEmpty()
                        || (s.kind() != null && programme.supervisionKinds().contains(s.kind())));
    }

    private static boolean countsForDbs(QualificationSettings settings, DbsCheck c) {
        return c.issuedOn() != null && (c.verified() || !settings.requireVerifiedChecks());
    }

    private static boolean countsForSafeguarding(QualificationSettings settings, SafeguardingTraining t) {
        return t.completedOn() != null && t.level() >= settings.minimumSafeguardingLevel()
                && (t.verified() || !settings.requireVerifiedChecks());
    }

    private static boolean accreditationCounts(QualificationSettings settings, Accreditation record,
            ProgrammeRules programme, LocalDate on, boolean supervised) {
        if (!programme.programmeId().equals(record.programmeId()) || record.awardedOn() == null
                || record.awardedOn().isAfter(on)) {
            return false;
        }
        if (settings.requireVerifiedAccreditation() && !record.verified()) {
            return false;
        }
        boolean current;
        if (record.expiresOn() != null) {
            current = !on.isAfter(record.expiresOn());
        } else if (programme.accreditationValidityMonths() != null) {
            current = !on.isAfter(record.awardedOn().plusMonths(programme.accreditationValidityMonths()).minusDays(1));
        } else {
            current = true;
        }
        if (!current) {
            return false;
        }
        if (record.stage() == AccreditationStage.ACCREDITED) {
            return true;
        }
        return record.stage() == AccreditationStage.TRAINED && programme.provisionalDeliveryWhenTrained() && supervised;
    }

    private static boolean supervised(PractitionerRecord person, ProgrammeRules programme, LocalDate on) {
        Integer interval = programme.supervisionMaxIntervalDays();
        if (interval == null) {
            return true;
        }
        for (Supervision session : person.supervision()) {
            if (session.date() != null
                    && !session.date().isAfter(on)
                    && !session.date().isBefore(on.minusDays(interval))
                    && (session.programmeId() == null || session.programmeId().equals(programme.programmeId()))
                    && (programme.supervisionKinds().isEmpty()
                            || (session.kind() != null && programme.supervisionKinds().contains(session.kind())))) {
                return true;
            }
        }
        return false;
    }

    private static boolean dbsCurrent(QualificationSettings settings, DbsCheck check, LocalDate on) {
        return check.issuedOn() != null && !check.issuedOn().isAfter(on)
                && (check.updateService()
                        || !on.isAfter(check.issuedOn().plusMonths(settings.dbsRecheckMonths()).minusDays(1)));
    }

    private static boolean safeguardingCurrent(QualificationSettings settings, SafeguardingTraining training,
            LocalDate on) {
        return training.completedOn() != null && training.level() >= settings.minimumSafeguardingLevel()
                && !training.completedOn().isAfter(on)
                && !on.isAfter(training.completedOn().plusMonths(settings.safeguardingRefreshMonths()).minusDays(1));
    }
}
