package uk.facilitate.qualification;

import static uk.facilitate.qualification.DaySet.OPEN_END;
import static uk.facilitate.qualification.DaySet.OPEN_START;
import static uk.facilitate.qualification.DaySet.day;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.facilitate.qualification.PractitionerRecord.Accreditation;
import uk.facilitate.qualification.PractitionerRecord.DbsCheck;
import uk.facilitate.qualification.PractitionerRecord.SafeguardingTraining;
import uk.facilitate.qualification.PractitionerRecord.Supervision;
import uk.facilitate.shared.NeedLevel;

/**
 * Decides whether a practitioner may facilitate a programme at a need level on a date, and when
 * that changes. Plain Java with no container types, so pages, the API, cover queries and the
 * planner share one set of rules, and the precomputed interval table can be tested against it.
 *
 * <p>A practitioner is qualified on a day when every {@link Rule} is met on it. All boundaries
 * are inclusive days:
 * <ul>
 * <li>{@code STAFF_ACTIVE}: start date absent or on/before the day; leave date absent or on/after it
 *     (the leave date is the last qualified day).
 * <li>{@code NEED_LEVEL_SERVED}: the programme lists the need level.
 * <li>{@code ACCREDITATION_CURRENT}: an {@code ACCREDITED} record for the programme awarded on/before
 *     the day (no award date: never counts) and current on it: through {@code expiresOn} when set
 *     (the expiry day still counts), else through award + validity months − 1 day, else for good.
 *     With {@code requireVerifiedAccreditation} it must be verified. Where the programme allows
 *     provisional delivery, a {@code TRAINED} record under the same rules counts too, but only on days
 *     supervision is also current. Enrolled, lapsed and revoked records never count.
 * <li>{@code PROFESSIONAL_LEVEL}: when the programme sets a minimum for the need level, the recorded
 *     level is at least that (none recorded: not met).
 * <li>{@code SUPERVISION_CURRENT}: met when the programme asks none; otherwise a session for the
 *     programme (or general, without a programme) of a counted kind (none listed: any) on a date d
 *     with d ≤ day ≤ d + max interval, so a session exactly the interval before still counts.
 * <li>{@code DBS_CURRENT}: a check issued on/before the day, current through issue + re-check months
 *     − 1 day (a 36-month check issued 10/01/2024 is current through 09/01/2027), or for good on the
 *     Update Service.
 * <li>{@code SAFEGUARDING_CURRENT}: training at the minimum level or above, completed on/before the
 *     day, current through completion + refresh months − 1 day.
 * </ul>
 *
 * <p>Each rule's met days are computed once as a set of date ranges from the records; the verdict,
 * its next change and the qualified intervals are all read off the intersection of those sets, so
 * they agree by construction. Cost is O(n log n) in the number of records.
 */
public final class QualificationEngine {

    private static final Rule[] RULES = Rule.values();

    private final QualificationSettings settings;
    private final RecordRules records;
    private final Explanations explanations;

    public QualificationEngine(QualificationSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.records = new RecordRules(Objects.requireNonNull(settings, "settings"));
        this.explanations = new Explanations(records);
    }

    public Verdict assess(PractitionerRecord person, ProgrammeRules programme, NeedLevel level, LocalDate on) {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(on, "on");
        return verdict(new ProgrammeDays(new PersonDays(person), settings.applyTo(programme)), level, on);
    }

    /**
     * The verdict on the expected basis ({@link ExpectedBasis}), for planning a date after today: the records
     * held with what is booked and the on-schedule renewal of conditions within reach today. On or before
     * today it is the verdict on the records held.
     */
    public Verdict assessExpected(PractitionerRecord person, ExpectedBasis.Booked booked, ProgrammeRules programme,
                                  NeedLevel level, LocalDate on, LocalDate today) {
        if (!on.isAfter(today)) {
            return assess(person, programme, level, on);
        }
        return assess(ExpectedBasis.assume(person, booked, programme, settings, today, on), programme, level, on);
    }

    /**
     * Whether a programme is delivered at a need level, in the words a verdict uses ("Solihull Approach is not
     * delivered at need level 4 (specialist); it serves need levels 1, 2 and 3").
     */
    public static RuleOutcome needLevelServed(ProgrammeRules programme, NeedLevel level) {
        return Explanations.needLevel(programme, level, programme.needLevels().contains(level));
    }

    /** Verdicts for every programme and every need level it serves (ascending), in the collection's order. */
    public List<Verdict> assessAll(PractitionerRecord person, Collection<ProgrammeRules> programmes, LocalDate on) {
        Objects.requireNonNull(on, "on");
        PersonDays personDays = new PersonDays(person);
        List<Verdict> verdicts = new ArrayList<>();
        for (ProgrammeRules programme : programmes) {
            ProgrammeDays programmeDays = new ProgrammeDays(personDays, settings.applyTo(programme));
            for (NeedLevel level : NeedLevel.values()) {
                if (programme.needLevels().contains(level)) {
                    verdicts.add(verdict(programmeDays, level, on));
                }
            }
        }
        return verdicts;
    }

    /**
     * The maximal runs of qualified days that overlap [from, to]. A run that began before {@code from}
     * is reported from {@code from}; a run that ends after {@code to} keeps its real last day, and one
     * that nothing ends has {@code until == null}. So for every date D on or after {@code from},
     * {@code assess(…, D).qualified()} holds exactly when some interval contains D.
     */
    public List<QualifiedInterval> qualifiedIntervals(
            PractitionerRecord person, ProgrammeRules programme, NeedLevel level, LocalDate from, LocalDate to) {
        Objects.requireNonNull(level, "level");
        checkWindow(from, to);
        return intervals(new ProgrammeDays(new PersonDays(person), settings.applyTo(programme)), level, from, to);
    }

    /**
     * {@link #qualifiedIntervals} for every need level the programme serves, sharing the work; what the
     * batch that fills the interval table wants. Levels the programme does not serve are left out.
     */
    public Map<NeedLevel, List<QualifiedInterval>> qualifiedIntervalsByLevel(
            PractitionerRecord person, ProgrammeRules programme, LocalDate from, LocalDate to) {
        checkWindow(from, to);
        ProgrammeDays days = new ProgrammeDays(new PersonDays(person), settings.applyTo(programme));
        Map<NeedLevel, List<QualifiedInterval>> byLevel = new EnumMap<>(NeedLevel.class);
        for (NeedLevel level : NeedLevel.values()) {
            if (days.serves(level)) {
                byLevel.put(level, intervals(days, level, from, to));
            }
        }
        return byLevel;
    }

    private static void checkWindow(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The window ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The runs overlapping [from, to], each with the causes of its end, found as a verdict finds its next change. */
    private static List<QualifiedInterval> intervals(ProgrammeDays days, NeedLevel level, LocalDate from, LocalDate to) {
        DaySet qualified = days.qualified(level);
        long first = day(from);
        long last = day(to);
        DaySet[] sets = null;
        List<QualifiedInterval> intervals = new ArrayList<>();
        for (int i = 0; i < qualified.size(); i++) {
            long start = qualified.start(i);
            long end = qualified.end(i);
            if (end < first) {
                continue;
            }
            if (start > last) {
                break;
            }
            List<Rule> causes = List.of();
            if (end != OPEN_END) {
                sets = sets == null ? days.byRule(level) : sets;
                causes = causesOfChange(days, sets, end + 1, true);
            }
            intervals.add(new QualifiedInterval(LocalDate.ofEpochDay(Math.max(start, first)), DaySet.date(end), causes));
        }
        return intervals;
    }

    private Verdict verdict(ProgrammeDays days, NeedLevel level, LocalDate on) {
        long today = day(on);
        DaySet[] sets = days.byRule(level);
        List<RuleOutcome> outcomes = new ArrayList<>(RULES.length);
        for (Rule rule : RULES) {
            DaySet set = sets[rule.ordinal()];
            boolean met = set.contains(today);
            LocalDate validUntil = met ? DaySet.date(set.endOfRangeHolding(today)) : null;
            outcomes.add(explanations.explain(rule, met, validUntil, days.person.person, days.programme, level, on));
        }
        DaySet qualifiedDays = days.qualified(level);
        boolean qualified = qualifiedDays.contains(today);
        return new Verdict(days.person.person.staffId(), days.programme.programmeId(),
                days.programme.programmeName(), level, on, qualified, outcomes,
                nextChange(days, sets, qualifiedDays, qualified, today));
    }

    private NextChange nextChange(
            ProgrammeDays days, DaySet[] sets, DaySet qualifiedDays, boolean qualified, long today) {
        long change;
        if (qualified) {
            long end = qualifiedDays.endOfRangeHolding(today);
            if (end == OPEN_END) {
                return null;
            }
            change = end + 1;
        } else {
            change = qualifiedDays.nextStartAfter(today);
            if (change == OPEN_END) {
                return null;
            }
        }
        List<Rule> causes = causesOfChange(days, sets, change, qualified);
        return new NextChange(LocalDate.ofEpochDay(change), !qualified, causes,
                qualified ? EndKind.of(causes, settings.renewable()) : null);
    }

    /**
     * The rules that stop being met on {@code change} (when {@code losing}) or start being met on it.
     * The one place causes are named, for a verdict's next change and for the end of a qualified run.
     */
    private static List<Rule> causesOfChange(ProgrammeDays days, DaySet[] sets, long change, boolean losing) {
        // Name accreditation as a cause only when the records themselves start or end it, not when a
        // provisional (trained) record merely follows supervision, which is then the cause.
        DaySet[] causeSets = sets.clone();
        causeSets[Rule.ACCREDITATION_CURRENT.ordinal()] = days.accreditationRecords;
        List<Rule> causes = new ArrayList<>();
        for (Rule rule : RULES) {
            DaySet set = causeSets[rule.ordinal()];
            boolean before = set.contains(change - 1);
            boolean after = set.contains(change);
            if (losing ? before && !after : !before && after) {
                causes.add(rule);
            }
        }
        return causes;
    }

    /** The days each person-wide rule is met, shared by all of a person's programmes. */
    private final class PersonDays {
        final PractitionerRecord person;
        final DaySet active;
        final DaySet dbs;
        final DaySet safeguarding;

        PersonDays(PractitionerRecord person) {
            this.person = Objects.requireNonNull(person, "person");
            this.active = new DaySet.Builder(1)
                    .add(person.startDate() == null ? OPEN_START : day(person.startDate()),
                            person.leaveDate() == null ? OPEN_END : day(person.leaveDate()))
                    .build();
            DaySet.Builder checks = new DaySet.Builder(person.dbsChecks().size());
            for (DbsCheck check : person.dbsChecks()) {
                if (records.counts(check)) {
                    checks.add(day(check.issuedOn()), records.dbsEnd(check));
                }
            }
            this.dbs = checks.build();
            DaySet.Builder training = new DaySet.Builder(person.safeguarding().size());
            for (SafeguardingTraining course : person.safeguarding()) {
                if (records.counts(course)) {
                    training.add(day(course.completedOn()), records.safeguardingEnd(course));
                }
            }
            this.safeguarding = training.build();
        }
    }

    /** The days each rule is met for one person and programme; level-dependent rules are all or nothing. */
    private final class ProgrammeDays {
        final PersonDays person;
        final ProgrammeRules programme;
        final DaySet supervision;
        /** Days some record accredits, or provisionally qualifies, regardless of supervision. */
        final DaySet accreditationRecords;
        final DaySet accreditation;
        private final DaySet allButLevelRules;

        ProgrammeDays(PersonDays person, ProgrammeRules programme) {
            this.person = person;
            this.programme = Objects.requireNonNull(programme, "programme");
            this.supervision = supervisionDays();
            DaySet.Builder accredited = new DaySet.Builder(4);
            DaySet.Builder trained = new DaySet.Builder(4);
            for (Accreditation record : person.person.accreditations()) {
                if (records.accredits(record, programme)) {
                    accredited.add(day(record.awardedOn()), RecordRules.accreditationEnd(record, programme));
                } else if (records.allowsProvisionalDelivery(record, programme)) {
                    trained.add(day(record.awardedOn()), RecordRules.accreditationEnd(record, programme));
                }
            }
            DaySet full = accredited.build();
            DaySet provisional = trained.build();
            this.accreditationRecords = full.union(provisional);
            this.accreditation = full.union(provisional.intersect(supervision));
            this.allButLevelRules = person.active
                    .intersect(accreditation)
                    .intersect(supervision)
                    .intersect(person.dbs)
                    .intersect(person.safeguarding);
        }

        private DaySet supervisionDays() {
            if (programme.supervisionMaxIntervalDays() == null) {
                return DaySet.ALL;
            }
            List<Supervision> sessions = person.person.supervision();
            DaySet.Builder days = new DaySet.Builder(sessions.size());
            for (Supervision session : sessions) {
                if (records.counts(session, programme)) {
                    days.add(day(session.date()), RecordRules.supervisionEnd(session, programme));
                }
            }
            return days.build();
        }

        boolean serves(NeedLevel level) {
            return programme.needLevels().contains(level);
        }

        boolean professionalLevelMet(NeedLevel level) {
            Integer minimum = programme.minimumProfessionalLevel().get(level);
            Integer actual = person.person.professionalLevel();
            return minimum == null || (actual != null && actual >= minimum);
        }

        DaySet qualified(NeedLevel level) {
            return serves(level) && professionalLevelMet(level) ? allButLevelRules : DaySet.NONE;
        }

        DaySet[] byRule(NeedLevel level) {
            DaySet[] sets = new DaySet[RULES.length];
            sets[Rule.STAFF_ACTIVE.ordinal()] = person.active;
            sets[Rule.NEED_LEVEL_SERVED.ordinal()] = DaySet.all(serves(level));
            sets[Rule.ACCREDITATION_CURRENT.ordinal()] = accreditation;
            sets[Rule.PROFESSIONAL_LEVEL.ordinal()] = DaySet.all(professionalLevelMet(level));
            sets[Rule.SUPERVISION_CURRENT.ordinal()] = supervision;
            sets[Rule.DBS_CURRENT.ordinal()] = person.dbs;
            sets[Rule.SAFEGUARDING_CURRENT.ordinal()] = person.safeguarding;
            return sets;
        }
    }
}
