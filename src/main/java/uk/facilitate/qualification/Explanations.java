package uk.facilitate.qualification;

import static uk.facilitate.qualification.DaySet.OPEN_END;
import static uk.facilitate.qualification.DaySet.day;
import static uk.facilitate.qualification.Wording.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.facilitate.qualification.PractitionerRecord.Accreditation;
import uk.facilitate.qualification.PractitionerRecord.DbsCheck;
import uk.facilitate.qualification.PractitionerRecord.SafeguardingTraining;
import uk.facilitate.qualification.PractitionerRecord.Supervision;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.shared.NeedLevel;
import uk.facilitate.shared.SupervisionKind;

/**
 * Words for each rule's outcome. Whether a rule is met is decided by the engine's day sets; this
 * class only finds the record that best explains it, so it never judges a rule on its own.
 */
final class Explanations {

    private final RecordRules records;

    Explanations(RecordRules records) {
        this.records = records;
    }

    RuleOutcome explain(Rule rule, boolean met, LocalDate validUntil, PractitionerRecord person,
            ProgrammeRules programme, NeedLevel level, LocalDate on) {
        return switch (rule) {
            case STAFF_ACTIVE -> staff(person, on, met, validUntil);
            case NEED_LEVEL_SERVED -> needLevel(programme, level, met);
            case ACCREDITATION_CURRENT -> accreditation(person, programme, on, met, validUntil);
            case PROFESSIONAL_LEVEL -> professionalLevel(person, programme, level, met);
            case SUPERVISION_CURRENT -> supervision(person, programme, on, met, validUntil);
            case DBS_CURRENT -> dbs(person, on, met, validUntil);
            case SAFEGUARDING_CURRENT -> safeguarding(person, on, met, validUntil);
        };
    }

    private static RuleOutcome outcome(Rule rule, boolean met, String explanation, String evidence,
            LocalDate validUntil) {
        return new RuleOutcome(rule, met, explanation, evidence, met ? validUntil : null);
    }

    private static String name(ProgrammeRules programme) {
        return programme.programmeName() == null ? programme.programmeId() : programme.programmeName();
    }

    // ---- in post ----

    private static RuleOutcome staff(PractitionerRecord person, LocalDate on, boolean met, LocalDate validUntil) {
        List<String> evidence = new ArrayList<>();
        if (person.startDate() != null) {
            evidence.add("start date " + date(person.startDate()));
        }
        if (person.leaveDate() != null) {
            evidence.add("leave date " + date(person.leaveDate()));
        }
        String recorded = evidence.isEmpty() ? "No start or leave date recorded" : capitalise(String.join(", ", evidence));
        String explanation;
        if (met) {
            explanation = person.leaveDate() == null ? "You are in post" : "You are in post until " + date(person.leaveDate());
        } else if (person.startDate() != null && on.isBefore(person.startDate())) {
            explanation = "You start in post on " + date(person.startDate());
        } else {
            explanation = "You left post on " + date(person.leaveDate());
        }
        return outcome(Rule.STAFF_ACTIVE, met, explanation, recorded, validUntil);
    }

    // ---- need level ----

    static RuleOutcome needLevel(ProgrammeRules programme, NeedLevel level, boolean met) {
        List<String> served = new ArrayList<>();
        for (NeedLevel each : NeedLevel.values()) {
            if (programme.needLevels().contains(each)) {
                served.add(String.valueOf(each.number()));
            }
        }
        String levels = served.isEmpty() ? "no need levels listed"
                : (served.size() == 1 ? "need level " : "need levels ") + Wording.and(served);
        String explanation = met
                ? name(programme) + " is delivered at " + level.describe()
                : name(programme) + " is not delivered at " + level.describe()
                        + (served.isEmpty() ? "" : "; it serves " + levels);
        return outcome(Rule.NEED_LEVEL_SERVED, met, explanation, "Programme catalogue: " + levels, null);
    }

    // ---- professional level ----

    private static RuleOutcome professionalLevel(PractitionerRecord person, ProgrammeRules programme,
            NeedLevel level, boolean met) {
        Integer minimum = programme.minimumProfessionalLevel().get(level);
        Integer actual = person.professionalLevel();
        String evidence = actual == null ? "No professional level recorded"
                : "Professional level " + actual + " on your staff record";
        String explanation;
        if (minimum == null) {
            explanation = "No minimum professional level for " + level.describe();
        } else if (met) {
            explanation = "Your professional level " + actual + " meets the minimum of level " + minimum
                    + " for " + level.describe();
        } else if (actual == null) {
            explanation = "Your professional level is not recorded; " + level.describe() + " needs level "
                    + minimum + " or above";
        } else {
            explanation = "Your professional level " + actual + " is below the level " + minimum + " needed for "
                    + level.describe();
        }
        return outcome(Rule.PROFESSIONAL_LEVEL, met, explanation, evidence, null);
    }

    // ---- accreditation ----

    private RuleOutcome accreditation(PractitionerRecord person, ProgrammeRules programme, LocalDate on,
            boolean met, LocalDate validUntil) {
        String name = name(programme);
        long today = day(on);
        List<Accreditation> mine = person.accreditations().stream()
                .filter(record -> RecordRules.forProgramme(record, programme) && record.stage() != null)
                .collect(Collectors.toList());
        if (met) {
            Accreditation accredited = longestCovering(mine, programme, today, Use.ACCREDITS);
            if (accredited != null) {
                String explanation = validUntil == null
                        ? "You are accredited in " + name + ", with no expiry"
                        : "You are accredited in " + name + " until " + date(validUntil);
                return outcome(Rule.ACCREDITATION_CURRENT, true, explanation, describe(accredited, programme), validUntil);
            }
            Accreditation trained = longestCovering(mine, programme, today, Use.PROVISIONAL);
            return outcome(Rule.ACCREDITATION_CURRENT, true,
                    "You are trained in " + name + ", delivering under supervision until accredited",
                    trained == null ? "Training record" : describe(trained, programme), validUntil);
        }
        if (mine.isEmpty()) {
            return outcome(Rule.ACCREDITATION_CURRENT, false,
                    "You have no " + name + " training or accreditation recorded",
                    "No " + name + " records", null);
        }
        Accreditation unverified = longestCovering(mine, programme, today, Use.AWAITS_VERIFICATION);
        if (unverified != null) {
            String what = unverified.stage() == AccreditationStage.TRAINED ? "training" : "accreditation";
            return outcome(Rule.ACCREDITATION_CURRENT, false,
                    "Your " + name + " " + what + " is awaiting verification by a manager",
                    describe(unverified, programme), null);
        }
        Accreditation trained = longestCovering(mine, programme, today, Use.PROVISIONAL);
        if (trained != null) {
            return outcome(Rule.ACCREDITATION_CURRENT, false,
                    "You are trained in " + name + " and may deliver under supervision until accredited, "
                            + "but your supervision is not up to date",
                    describe(trained, programme), null);
        }
        Accreditation future = null;
        Accreditation latest = null;
        for (Accreditation record : mine) {
            if (record.awardedOn() == null) {
                continue;
            }
            boolean usable = records.accredits(record, programme) || records.allowsProvisionalDelivery(record, programme);
            if (record.awardedOn().isAfter(on)) {
                if (usable && (future == null || record.awardedOn().isBefore(future.awardedOn()))) {
                    future = record;
                }
            } else if (latest == null || !record.awardedOn().isBefore(latest.awardedOn())) {
                latest = record;
            }
        }
        String futureText = future == null ? null
                : future.stage() == AccreditationStage.ACCREDITED
                        ? "accreditation starts on " + date(future.awardedOn())
                        : "training counts from " + date(future.awardedOn()) + ", for delivery under supervision";
        if (latest == null) {
            if (future != null) {
                return outcome(Rule.ACCREDITATION_CURRENT, false, "Your " + name + " " + futureText,
                        describe(future, programme), null);
            }
            Accreditation undated = mine.get(0);
            return outcome(Rule.ACCREDITATION_CURRENT, false,
                    "Your " + name + " record has no award date, so it cannot count yet",
                    describe(undated, programme), null);
        }
        String explanation = switch (latest.stage()) {
            case ACCREDITED -> "Your " + name + " accreditation expired on " + endText(latest, programme);
            case TRAINED -> programme.provisionalDeliveryWhenTrained()
                    ? "Your " + name + " training expired on " + endText(latest, programme)
                    : "You are trained in " + name + " but not yet accredited; " + name
                            + " needs accreditation before you facilitate";
            case ENROLLED -> "You are enrolled on " + name + " training but not yet trained or accredited";
            case LAPSED -> "Your " + name + " accreditation lapsed on " + date(latest.awardedOn());
            case REVOKED -> "Your " + name + " accreditation was revoked on " + date(latest.awardedOn());
        };
        if (futureText != null) {
            explanation += "; your " + futureText;
        }
        return outcome(Rule.ACCREDITATION_CURRENT, false, explanation, describe(latest, programme), null);
    }

    private enum Use { ACCREDITS, PROVISIONAL, AWAITS_VERIFICATION }

    /** Of the records of a kind whose dates cover the day, the one current for longest. */
    private Accreditation longestCovering(List<Accreditation> mine, ProgrammeRules programme, long today, Use use) {
        Accreditation best = null;
        long bestEnd = Long.MIN_VALUE;
        for (Accreditation record : mine) {
            boolean kind = switch (use) {
                case ACCREDITS -> records.accredits(record, programme);
                case PROVISIONAL -> records.allowsProvisionalDelivery(record, programme);
                case AWAITS_VERIFICATION -> records.awaitsVerification(record, programme);
            };
            if (!kind || day(record.awardedOn()) > today) {
                continue;
            }
            long end = RecordRules.accreditationEnd(record, programme);
            if (end >= today && (best == null || end > bestEnd)) {
                best = record;
                bestEnd = end;
            }
        }
        return best;
    }

    private static String endText(Accreditation record, ProgrammeRules programme) {
        return date(LocalDate.ofEpochDay(RecordRules.accreditationEnd(record, programme)));
    }

    /** "Accreditation #12, awarded 04/05/2025, expires 03/05/2028". */
    private static String describe(Accreditation record, ProgrammeRules programme) {
        StringBuilder text = new StringBuilder("Accreditation #").append(record.id());
        if (record.stage() != AccreditationStage.ACCREDITED) {
            text.append(" (").append(record.stage().label().toLowerCase())
                    .append(')');
        }
        if (record.awardedOn() == null) {
            text.append(", no award date");
        } else {
            text.append(", awarded ").append(date(record.awardedOn()));
            long end = RecordRules.accreditationEnd(record, programme);
            if (record.stage() == AccreditationStage.ACCREDITED || record.stage() == AccreditationStage.TRAINED) {
                text.append(end == OPEN_END ? ", no expiry" : ", expires " + date(LocalDate.ofEpochDay(end)));
            }
        }
        if (!record.verified()) {
            text.append(", not yet verified");
        }
        return text.toString();
    }

    // ---- supervision ----

    private RuleOutcome supervision(PractitionerRecord person, ProgrammeRules programme, LocalDate on,
            boolean met, LocalDate validUntil) {
        String name = name(programme);
        Integer interval = programme.supervisionMaxIntervalDays();
        if (interval == null) {
            return outcome(Rule.SUPERVISION_CURRENT, true, name + " does not ask for supervision",
                    "Programme catalogue: no supervision required", validUntil);
        }
        Supervision last = null;
        Supervision next = null;
        int others = 0;
        int waiting = 0;
        for (Supervision session : person.supervision()) {
            if (!records.counts(session, programme)) {
                if (!session.verified() && records.settings().requireVerifiedChecks()) {
                    waiting++;
                } else {
                    others++;
                }
            } else if (!session.date().isAfter(on)) {
                if (last == null || session.date().isAfter(last.date())) {
                    last = session;
                }
            } else if (next == null || session.date().isBefore(next.date())) {
                next = session;
            }
        }
        if (met) {
            return outcome(Rule.SUPERVISION_CURRENT, true,
                    "Your last supervision was on " + date(last.date()) + " and your supervision is current"
                            + (validUntil == null ? "" : " until " + date(validUntil)),
                    describe(last, programme), validUntil);
        }
        String explanation;
        if (last != null) {
            explanation = "Your last supervision was on " + date(last.date()) + "; " + name
                    + " asks for supervision at least every " + interval + " days, so it was due by "
                    + date(last.date().plusDays(interval));
        } else {
            explanation = "You have no supervision recorded that counts for " + name + kindsNote(programme);
        }
        if (next != null) {
            explanation += "; your next session is recorded on " + date(next.date());
        }
        List<String> uncounted = new ArrayList<>();
        if (others > 0) {
            uncounted.add(Wording.plural(others, "session", "sessions") + " of another kind or programme");
        }
        if (waiting > 0) {
            uncounted.add(Wording.plural(waiting, "session", "sessions") + " waiting for a manager to verify");
        }
        String evidence = last != null ? describe(last, programme)
                : uncounted.isEmpty() ? "No supervision sessions recorded"
                : "No counted sessions (" + String.join("; ", uncounted) + ")";
        return outcome(Rule.SUPERVISION_CURRENT, false, explanation, evidence, null);
    }

    private static String kindsNote(ProgrammeRules programme) {
        if (programme.supervisionKinds().isEmpty()) {
            return "";
        }
        List<String> kinds = new ArrayList<>();
        for (SupervisionKind kind : SupervisionKind.values()) {
            if (programme.supervisionKinds().contains(kind)) {
                kinds.add(kind.label().toLowerCase());
            }
        }
        return " (it must be " + Wording.or(kinds) + " supervision)";
    }

    /** "Individual supervision on 10/01/2026 (Incredible Years)", or "(general)". */
    private static String describe(Supervision session, ProgrammeRules programme) {
        String kind = session.kind() == null ? "Supervision" : session.kind().label() + " supervision";
        String about = session.programmeId() == null ? "general" : name(programme);
        return kind + " on " + date(session.date()) + " (" + about + ")";
    }

    // ---- DBS ----

    private RuleOutcome dbs(PractitionerRecord person, LocalDate on, boolean met, LocalDate validUntil) {
        long today = day(on);
        DbsCheck best = null;
        long bestEnd = Long.MIN_VALUE;
        DbsCheck latest = null;
        DbsCheck future = null;
        for (DbsCheck check : person.dbsChecks()) {
            if (!records.counts(check)) {
                continue;
            }
            if (check.issuedOn().isAfter(on)) {
                if (future == null || check.issuedOn().isBefore(future.issuedOn())) {
                    future = check;
                }
                continue;
            }
            if (latest == null || check.issuedOn().isAfter(latest.issuedOn())) {
                latest = check;
            }
            long end = records.dbsEnd(check);
            if (end >= today && (best == null || end > bestEnd)) {
                best = check;
                bestEnd = end;
            }
        }
        if (met) {
            // The run can outlast the check in hand, e.g. when a later one is on the Update Service.
            String explanation = validUntil == null
                    ? "Your DBS check is current and on the Update Service, so no renewal is due"
                    : "Your DBS check is current until " + date(validUntil);
            return outcome(Rule.DBS_CURRENT, true, explanation, describe(best), validUntil);
        }
        String explanation;
        if (latest != null) {
            explanation = "Your DBS check issued on " + date(latest.issuedOn()) + " expired on "
                    + date(LocalDate.ofEpochDay(records.dbsEnd(latest))) + "; checks are renewed every "
                    + records.settings().dbsRecheckMonths() + " months";
        } else if (future != null) {
            explanation = "Your DBS check counts from its issue date, " + date(future.issuedOn());
        } else {
            explanation = "You have no DBS check recorded";
        }
        if (latest != null && future != null) {
            explanation += "; your new check counts from " + date(future.issuedOn());
        }
        explanation += awaitingVerification(person.dbsChecks().stream().filter(c -> !c.verified()).count(),
                "DBS check", "DBS checks");
        DbsCheck shown = latest != null ? latest : future;
        return outcome(Rule.DBS_CURRENT, false, explanation,
                shown == null ? "No DBS check recorded" : describe(shown), null);
    }

    /** "; 1 DBS check you entered is waiting for a manager to verify", when the borough asks verification. */
    private String awaitingVerification(long waiting, String one, String many) {
        if (waiting == 0 || !records.settings().requireVerifiedChecks()) {
            return "";
        }
        return "; " + Wording.plural((int) waiting, one, many) + (waiting == 1 ? " you entered is" : " you entered are")
                + " waiting for a manager to verify";
    }

    /** "DBS certificate 001234567890, issued 10/01/2024, current until 09/01/2027". */
    private String describe(DbsCheck check) {
        String certificate = check.certificateNumber() == null || check.certificateNumber().isBlank()
                ? "DBS check" : "DBS certificate " + check.certificateNumber();
        String currency = check.updateService() ? "on the Update Service"
                : "current until " + date(LocalDate.ofEpochDay(records.dbsEnd(check)));
        return certificate + ", issued " + date(check.issuedOn()) + ", " + currency;
    }

    // ---- safeguarding ----

    private RuleOutcome safeguarding(PractitionerRecord person, LocalDate on, boolean met, LocalDate validUntil) {
        long today = day(on);
        int minimum = records.settings().minimumSafeguardingLevel();
        SafeguardingTraining best = null;
        long bestEnd = Long.MIN_VALUE;
        SafeguardingTraining latest = null;
        SafeguardingTraining future = null;
        SafeguardingTraining highestBelow = null;
        for (SafeguardingTraining training : person.safeguarding()) {
            if (training.completedOn() == null) {
                continue;
            }
            if (!records.counts(training)) {
                if (training.level() < minimum && !training.completedOn().isAfter(on)
                        && (highestBelow == null || training.level() > highestBelow.level())) {
                    highestBelow = training;
                }
                continue;
            }
            if (training.completedOn().isAfter(on)) {
                if (future == null || training.completedOn().isBefore(future.completedOn())) {
                    future = training;
                }
                continue;
            }
            if (latest == null || training.completedOn().isAfter(latest.completedOn())) {
                latest = training;
            }
            long end = records.safeguardingEnd(training);
            if (end >= today && (best == null || end > bestEnd)) {
                best = training;
                bestEnd = end;
            }
        }
        if (met) {
            return outcome(Rule.SAFEGUARDING_CURRENT, true,
                    "Your level " + best.level() + " safeguarding training is current until " + date(validUntil),
                    describe(best), validUntil);
        }
        String explanation;
        SafeguardingTraining shown;
        if (latest != null) {
            explanation = "Your level " + latest.level() + " safeguarding training expired on "
                    + date(LocalDate.ofEpochDay(records.safeguardingEnd(latest))) + "; it must be refreshed every "
                    + records.settings().safeguardingRefreshMonths() + " months";
            shown = latest;
        } else if (future != null) {
            explanation = "Your level " + future.level() + " safeguarding training counts from "
                    + date(future.completedOn());
            shown = future;
        } else if (highestBelow != null) {
            explanation = "Your safeguarding training is at level " + highestBelow.level() + "; level " + minimum
                    + " or above is needed";
            shown = highestBelow;
        } else {
            explanation = "You have no safeguarding training recorded at level " + minimum + " or above";
            shown = null;
        }
        if (latest != null && future != null) {
            explanation += "; your refresher counts from " + date(future.completedOn());
        }
        explanation += awaitingVerification(person.safeguarding().stream().filter(t -> !t.verified()).count(),
                "safeguarding training", "safeguarding trainings");
        return outcome(Rule.SAFEGUARDING_CURRENT, false, explanation,
                shown == null ? "No safeguarding training recorded" : describe(shown), null);
    }

    private static String describe(SafeguardingTraining training) {
        return "Safeguarding level " + training.level() + ", completed " + date(training.completedOn());
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
