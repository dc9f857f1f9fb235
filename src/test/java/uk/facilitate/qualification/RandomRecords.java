package uk.facilitate.qualification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import uk.facilitate.qualification.PractitionerRecord.Accreditation;
import uk.facilitate.qualification.PractitionerRecord.DbsCheck;
import uk.facilitate.qualification.PractitionerRecord.SafeguardingTraining;
import uk.facilitate.qualification.PractitionerRecord.Supervision;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.shared.NeedLevel;
import uk.facilitate.shared.SupervisionKind;

/**
 * Random but repeatable practitioners, programmes and settings for property tests: the same seed
 * always gives the same case, so a failure names the seed that reproduces it. Every record date
 * falls in the 366 days from {@link #FIRST} and every period is at most 30 months, 900 days or
 * 120 days, so nothing can change after {@link #HORIZON}.
 */
public final class RandomRecords {

    public static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    public static final int SPAN_DAYS = 366;
    public static final LocalDate HORIZON = LocalDate.of(2023, 9, 1);
    public static final String PROGRAMME = "incredible-years";
    public static final String OTHER_PROGRAMME = "triple-p-group-teen";

    private final Random random;

    public RandomRecords(long seed) {
        this.random = new Random(seed);
    }

    /** A day to ask about: from a month before the records start to 200 days after they end. */
    public LocalDate day() {
        return FIRST.plusDays(between(-30, SPAN_DAYS + 200));
    }

    public int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public QualificationSettings settings() {
        return new QualificationSettings(between(1, 30), between(1, 30), between(1, 2), between(0, 3) > 0);
    }

    /** Settings with a borough-wide supervision interval half the time. */
    public QualificationSettings settingsWithSupervisionPolicy() {
        QualificationSettings s = settings();
        return new QualificationSettings(s.dbsRecheckMonths(), s.safeguardingRefreshMonths(), s.minimumSafeguardingLevel(),
                s.requireVerifiedAccreditation(), chance(0.5) ? between(7, 120) : null);
    }

    /** Mostly a practitioner with a compliant core (so many are qualified for a while), sometimes pure noise. */
    public PractitionerRecord person(long staffId) {
        return between(0, 3) == 0 ? noise(staffId) : withACompliantCore(staffId, PROGRAMME);
    }

    /** Random records of every kind, few of which line up. */
    public PractitionerRecord noise(long staffId) {
        Integer level = chance(0.1) ? null : between(1, 8);
        LocalDate start = chance(0.7) ? null : recordDate();
        LocalDate leave = chance(0.8) ? null : recordDate();
        return new PractitionerRecord(staffId, "Random Practitioner " + staffId, level, start, leave,
                list(1, 5, this::accreditation), list(0, 30, this::session), list(1, 4, this::dbsCheck),
                list(1, 6, this::safeguarding));
    }

    /**
     * Random records plus an accredited (or trained), checked, trained and supervised core for one
     * programme, with its own gaps and ends, so the flips are worth checking.
     */
    public PractitionerRecord withACompliantCore(long staffId, String programmeId) {
        PractitionerRecord noise = noise(staffId);
        AccreditationStage stage = chance(0.5) ? AccreditationStage.ACCREDITED : AccreditationStage.TRAINED;
        LocalDate awarded = recordDate();
        Integer expiresAfter = chance(0.4) ? null : between(30, 900);
        List<Accreditation> accreditations = new ArrayList<>(noise.accreditations());
        accreditations.add(new Accreditation(7, programmeId, stage, awarded,
                expiresAfter == null ? null : awarded.plusDays(expiresAfter), true));
        List<DbsCheck> checks = new ArrayList<>(noise.dbsChecks());
        int dbsCount = between(1, 3);
        for (int i = 0; i < dbsCount; i++) {
            checks.add(new DbsCheck(recordDate(), "00123456789" + i, i == 0));
        }
        List<SafeguardingTraining> training = new ArrayList<>(noise.safeguarding());
        int trainingCount = between(2, 5);
        for (int i = 0; i < trainingCount; i++) {
            training.add(new SafeguardingTraining(recordDate(), 3));
        }
        List<Supervision> supervision = new ArrayList<>(noise.supervision());
        int gap = between(10, 130);
        SupervisionKind kind = pick(SupervisionKind.values());
        for (LocalDate date = recordDate(); !date.isAfter(FIRST.plusDays(SPAN_DAYS)); date = date.plusDays(gap)) {
            supervision.add(new Supervision(date, kind, null));
        }
        return new PractitionerRecord(staffId, noise.name(), 8, noise.startDate(), noise.leaveDate(),
                accreditations, supervision, checks, training);
    }

    public Accreditation accreditation() {
        String programme = between(0, 3) < 3 ? PROGRAMME : OTHER_PROGRAMME;
        int roll = between(1, 11);
        AccreditationStage stage = roll <= 5 ? AccreditationStage.ACCREDITED : roll <= 8 ? AccreditationStage.TRAINED
                : roll == 9 ? AccreditationStage.ENROLLED : roll == 10 ? AccreditationStage.LAPSED : AccreditationStage.REVOKED;
        LocalDate awarded = chance(0.05) ? null : recordDate();
        Integer expiresAfter = chance(0.5) ? null : between(-30, 900);
        return new Accreditation(between(1, 999), programme, stage, awarded,
                awarded == null || expiresAfter == null ? null : awarded.plusDays(expiresAfter), between(0, 4) > 0);
    }

    public Supervision session() {
        return new Supervision(chance(0.03) ? null : recordDate(), chance(0.05) ? null : pick(SupervisionKind.values()),
                chance(0.5) ? null : (chance(0.5) ? PROGRAMME : OTHER_PROGRAMME));
    }

    public DbsCheck dbsCheck() {
        StringBuilder number = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            number.append(random.nextInt(10));
        }
        return new DbsCheck(chance(0.05) ? null : recordDate(), number.toString(), random.nextBoolean());
    }

    public SafeguardingTraining safeguarding() {
        return new SafeguardingTraining(chance(0.05) ? null : recordDate(), between(1, 4));
    }

    /** The rules of {@link #PROGRAMME} with random need levels, minimum levels, validity and supervision. */
    public ProgrammeRules programme() {
        return programme(PROGRAMME, "Incredible Years");
    }

    public ProgrammeRules programme(String id, String name) {
        Set<NeedLevel> levels = EnumSet.noneOf(NeedLevel.class);
        while (levels.size() < 2) {
            for (NeedLevel level : NeedLevel.values()) {
                if (random.nextBoolean()) {
                    levels.add(level);
                }
            }
        }
        Map<NeedLevel, Integer> minimums = new EnumMap<>(NeedLevel.class);
        for (NeedLevel level : NeedLevel.values()) {
            if (chance(0.25)) {
                minimums.put(level, between(1, 8));
            }
        }
        Set<SupervisionKind> kinds = EnumSet.noneOf(SupervisionKind.class);
        if (chance(0.5)) {
            for (SupervisionKind kind : SupervisionKind.values()) {
                if (random.nextBoolean()) {
                    kinds.add(kind);
                }
            }
        }
        return new ProgrammeRules(id, name, levels, minimums, chance(0.4) ? null : between(1, 24), random.nextBoolean(),
                chance(0.5) ? null : between(1, 120), kinds);
    }

    /** Mostly a need level the programme serves, so enough cases get as far as the dated rules. */
    public NeedLevel levelFor(ProgrammeRules programme) {
        NeedLevel any = pick(NeedLevel.values());
        if (between(0, 4) == 0 || programme.needLevels().contains(any)) {
            return any;
        }
        return programme.needLevels().iterator().next();
    }

    private LocalDate recordDate() {
        return FIRST.plusDays(between(0, SPAN_DAYS));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> List<T> list(int min, int max, Supplier<T> element) {
        int size = between(min, max);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }
}
