package uk.facilitate.cohort.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.facilitate.catalogue.Programme.CostBasis;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.qualification.PractitionerRecord;
import uk.facilitate.qualification.ProgrammeRules;
import uk.facilitate.qualification.QualificationEngine;
import uk.facilitate.qualification.QualificationSettings;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.shared.NeedLevel;

/**
 * The planner on a synthetic borough of 3,000 staff in four localities, with the real catalogue and
 * the real qualification engine. Each plan is checked the way a manager would: add the proposed
 * training to the people's records, ask the engine again, and count.
 */
class PlannerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate TARGET = TODAY.plusMonths(6);
    private static final LocalDate NEW_COHORTS_START = TODAY.plusWeeks(6);
    private static final String IY = "incredible-years";
    private static final String TRIPLE_P = "triple-p";
    private static final List<String> LOCALITIES = List.of("North", "South", "East", "West");

    private final QualificationEngine engine = new QualificationEngine(QualificationSettings.defaults());
    private final Planner planner = new Planner(engine);
    private final Programme incredibleYears = RealCatalogue.get(IY);
    private final Programme tripleP = RealCatalogue.get(TRIPLE_P);

    @Test
    void aGenerousBudgetClosesEveryGapAndTheEngineAgreesAfterTheTraining() {
        List<Planner.Person> borough = borough(3000, 42);
        Planner.Input input = input(borough, eachLocality(5), new BigDecimal("200000"), List.of());

        Planner.Plan plan = planner.plan(input);

        assertTrue(plan.openGaps().isEmpty(), () -> "open: " + plan.openGaps());
        assertTrue(plan.withinBudget());
        assertFalse(plan.suggestions().isEmpty(), "the synthetic borough has gaps to close");
        assertCoverAfterTrainingMeetsEveryTarget(input, plan);
        for (Planner.Suggestion s : plan.suggestions()) {
            assertTrue(s.explanation().startsWith("Closes the "), s.explanation());
            assertTrue(s.explanation().contains("cost £"), s.explanation());
        }
    }

    @Test
    void thePlanIsTheSameWhateverTheOrderThePeopleArriveIn() {
        List<Planner.Person> borough = borough(3000, 7);
        List<Planner.Person> shuffled = new ArrayList<>(borough);
        Collections.shuffle(shuffled, new Random(99));

        Planner.Plan first = planner.plan(input(borough, eachLocality(5), new BigDecimal("60000"), List.of()));
        Planner.Plan second = planner.plan(input(shuffled, eachLocality(5), new BigDecimal("60000"), List.of()));

        assertEquals(first, second);
    }

    @Test
    void thePlanStaysWithinBudgetAndSaysWhichGapsStayOpenForLackOfMoney() {
        List<Planner.Person> borough = borough(3000, 42);
        Planner.Input generous = input(borough, eachLocality(5), new BigDecimal("200000"), List.of());
        BigDecimal needed = planner.plan(generous).totalCost();
        BigDecimal tight = needed.subtract(new BigDecimal("15000"));

        Planner.Plan plan = planner.plan(input(borough, eachLocality(5), tight, List.of()));

        assertTrue(plan.totalCost().compareTo(tight) <= 0, plan.totalCost() + " > " + tight);
        assertFalse(plan.openGaps().isEmpty());
        assertTrue(plan.openGaps().stream().allMatch(g -> g.reason().contains("out of money")), () -> plan.openGaps().toString());

        Planner.Plan nothing = planner.plan(input(borough, eachLocality(5), BigDecimal.ZERO, List.of()));
        assertTrue(nothing.suggestions().isEmpty());
        assertEquals(BigDecimal.ZERO, nothing.totalCost());
        assertEquals(plan.gaps().stream().filter(g -> g.cover() < g.target().minimum()).count(), nothing.openGaps().size());
    }

    @Test
    void aFreePlaceInAPlannedPerCohortCohortIsUsedFirstAtNoExtraCost() {
        List<Planner.Person> borough = borough(3000, 42);
        Planner.Cohort planned = new Planner.Cohort(77, "Triple P, spring", TRIPLE_P, 3, CostBasis.PER_COHORT,
                new BigDecimal("14000"), AccreditationStage.ACCREDITED, null,
                List.of(TODAY.plusWeeks(2), TODAY.plusWeeks(2).plusDays(1)));

        Planner.Plan plan = planner.plan(input(borough, eachLocality(5), new BigDecimal("200000"), List.of(planned)));

        List<Planner.Suggestion> intoPlanned = plan.suggestions().stream().filter(s -> Long.valueOf(77).equals(s.eventId())).toList();
        assertEquals(3, intoPlanned.size());
        intoPlanned.forEach(s -> {
            assertEquals(0, s.cost().signum());
            assertTrue(s.explanation().contains("already committed"), s.explanation());
        });
    }

    @Test
    void peopleWhoWouldStillNotQualifyAreNeverProposedAndTheGapSaysWhy() {
        // Two people in a tiny locality: one with no DBS check at all, one at RQF level 4 (level 3 asks 6).
        Planner.Person noDbs = person(1, "Tom Bradley", Set.of(1L), 6, false, TODAY.minusYears(1));
        Planner.Person lowLevel = person(2, "Joy Mensah", Set.of(1L), 4, true, TODAY.minusYears(1));
        Planner.Target target = new Planner.Target(1, "North", IY, NeedLevel.COMPLEX, 1, TARGET);
        Planner.Input input = new Planner.Input(List.of(target), List.of(0), List.of(noDbs, lowLevel), rules(),
                offers(), List.of(), Map.of(), Map.of(), new BigDecimal("10000"));

        Planner.Plan plan = planner.plan(input);

        assertTrue(plan.suggestions().isEmpty());
        String reason = plan.openGaps().get(0).reason();
        assertTrue(reason.contains("no candidate would qualify even if trained"), reason);
        assertTrue(reason.contains("Tom Bradley") && reason.contains("Joy Mensah"), reason);
    }

    @Test
    void aPersonServingTwoLocalitiesClosesAGapInEach() {
        Planner.Person both = person(5, "Amira Hussain", Set.of(1L, 2L), 6, true, TODAY.minusMonths(6));
        Planner.Person northOnly = person(3, "Grace Okafor", Set.of(1L), 6, true, TODAY.minusMonths(6));
        List<Planner.Target> targets = List.of(new Planner.Target(1, "North", IY, NeedLevel.COMPLEX, 1, TARGET),
                new Planner.Target(2, "South", IY, NeedLevel.COMPLEX, 1, TARGET));
        Planner.Input input = new Planner.Input(targets, List.of(0, 0), List.of(northOnly, both), rules(), offers(),
                List.of(), Map.of(), Map.of(), new BigDecimal("1000"));

        Planner.Plan plan = planner.plan(input);

        assertEquals(1, plan.suggestions().size(), "one £1,000 place closes both gaps");
        assertEquals(5, plan.suggestions().get(0).staffId());
        assertEquals("Closes the North Incredible Years (Webster-Stratton) level-3 and South Incredible Years"
                + " (Webster-Stratton) level-3 gaps; DBS and safeguarding current on " + "02/09/2026"
                + "; cost £1,000 (a place on the new Incredible Years (Webster-Stratton) cohort 1)",
                plan.suggestions().get(0).explanation());
        assertTrue(plan.openGaps().isEmpty());
    }

    // --- the synthetic borough ---------------------------------------------------------------

    List<Planner.Target> eachLocality(int minimum) {
        List<Planner.Target> targets = new ArrayList<>();
        for (int l = 0; l < LOCALITIES.size(); l++) {
            targets.add(new Planner.Target(l + 1, LOCALITIES.get(l), IY, NeedLevel.COMPLEX, minimum, TARGET));
            targets.add(new Planner.Target(l + 1, LOCALITIES.get(l), TRIPLE_P, NeedLevel.TARGETED, minimum, TARGET));
        }
        return targets;
    }

    Planner.Input input(List<Planner.Person> people, List<Planner.Target> targets, BigDecimal budget,
                                List<Planner.Cohort> cohorts) {
        int[] counts = new int[targets.size()];
        List<Integer> all = java.util.stream.IntStream.range(0, targets.size()).boxed().toList();
        for (Planner.Person p : people) {
            for (String programme : List.of(IY, TRIPLE_P)) {
                List<Integer> serving = all.stream().filter(t -> targets.get(t).programmeId().equals(programme)
                        && p.localityIds().contains(targets.get(t).localityId())).toList();
                Planner.qualifying(engine, p.record(), rules().get(programme), targets, serving).forEach(t -> counts[t]++);
            }
        }
        List<Integer> cover = java.util.Arrays.stream(counts).boxed().toList();
        return new Planner.Input(targets, cover, people, rules(), offers(), cohorts, Map.of(), Map.of(), budget);
    }

    private Map<String, ProgrammeRules> rules() {
        return Map.of(IY, ProgrammeRules.of(incredibleYears), TRIPLE_P, ProgrammeRules.of(tripleP));
    }

    private Map<String, Planner.Offer> offers() {
        return Map.of(IY, Planner.Offer.of(incredibleYears, NEW_COHORTS_START, 16).orElseThrow(),
                TRIPLE_P, Planner.Offer.of(tripleP, NEW_COHORTS_START, 16).orElseThrow());
    }

    /** Adds each suggestion's training to the records and counts cover again with the engine. */
    private void assertCoverAfterTrainingMeetsEveryTarget(Planner.Input input, Planner.Plan plan) {
        Map<Long, Planner.Person> byId = new HashMap<>();
        input.people().forEach(p -> byId.put(p.staffId(), p));
        Map<Long, PractitionerRecord> after = new HashMap<>();
        input.people().forEach(p -> after.put(p.staffId(), p.record()));
        for (Planner.Suggestion s : plan.suggestions()) {
            assertNotNull(s.newCohort(), "no existing cohorts in this borough");
            LocalDate end = plan.newCohorts().get(s.newCohort() - 1).dates().get(plan.newCohorts().get(s.newCohort() - 1).dates().size() - 1);
            assertFalse(end.isAfter(TARGET));
            PractitionerRecord r = after.get(s.staffId());
            List<PractitionerRecord.Accreditation> records = new ArrayList<>(r.accreditations());
            records.add(new PractitionerRecord.Accreditation(-1, s.programmeId(), AccreditationStage.ACCREDITED, end, null, true));
            after.put(s.staffId(), new PractitionerRecord(r.staffId(), r.name(), r.professionalLevel(), r.startDate(),
                    r.leaveDate(), records, r.supervision(), r.dbsChecks(), r.safeguarding()));
        }
        for (Planner.Target t : input.targets()) {
            long cover = after.values().stream().filter(r -> byId.get(r.staffId()).localityIds().contains(t.localityId()))
                    .filter(r -> engine.assess(r, rules().get(t.programmeId()), t.level(), t.targetDate()).qualified())
                    .count();
            assertTrue(cover >= t.minimum(), t + " has " + cover);
        }
        Set<String> placed = new HashSet<>();
        for (Planner.Suggestion s : plan.suggestions()) {
            assertTrue(placed.add(s.staffId() + s.programmeId()), "nobody is proposed twice for a programme");
        }
        for (Planner.NewCohort cohort : plan.newCohorts()) {
            assertTrue(cohort.places() <= cohort.capacity());
        }
    }

    /** 3,000 people; about 1 in 300 holds each accreditation; DBS checks up to 4 years old, so some lapse. */
    static List<Planner.Person> borough(int size, long seed) {
        Random random = new Random(seed);
        List<Planner.Person> people = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            Set<Long> localities = new HashSet<>();
            localities.add(1L + random.nextInt(4));
            if (random.nextInt(5) == 0) {
                localities.add(1L + random.nextInt(4));
            }
            List<PractitionerRecord.Accreditation> accreditations = new ArrayList<>();
            if (random.nextInt(300) == 0) {
                accreditations.add(new PractitionerRecord.Accreditation(i * 10L, IY, AccreditationStage.ACCREDITED,
                        TODAY.minusYears(2), null, true));
            }
            if (random.nextInt(300) == 0) {
                accreditations.add(new PractitionerRecord.Accreditation(i * 10L + 1, TRIPLE_P, AccreditationStage.ACCREDITED,
                        TODAY.minusYears(1), null, true));
            }
            LocalDate dbs = TODAY.minusDays(random.nextInt(4 * 365));
            LocalDate safeguarding = TODAY.minusDays(random.nextInt(3 * 365));
            people.add(new Planner.Person(i, "Person " + i, Set.copyOf(localities), new PractitionerRecord(i, "Person " + i,
                    3 + random.nextInt(5), LocalDate.of(2015, 4, 1), null, accreditations, List.of(),
                    List.of(new PractitionerRecord.DbsCheck(dbs, "00123", random.nextInt(6) == 0)),
                    List.of(new PractitionerRecord.SafeguardingTraining(safeguarding, 2 + random.nextInt(2))))));
        }
        return people;
    }

    private static Planner.Person person(long id, String name, Set<Long> localities, int level, boolean dbs, LocalDate checked) {
        return new Planner.Person(id, name, localities, new PractitionerRecord(id, name, level, LocalDate.of(2015, 4, 1), null,
                List.of(), List.of(), dbs ? List.of(new PractitionerRecord.DbsCheck(checked, "001", false)) : List.of(),
                List.of(new PractitionerRecord.SafeguardingTraining(checked, 3))));
    }

}
