package uk.facilitate.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.facilitate.accreditation.AccreditationRecord;
import uk.facilitate.catalogue.CatalogueReader;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.cohort.Nomination;
import uk.facilitate.cohort.core.CompletionRule;
import uk.facilitate.cohort.core.EventStatus;
import uk.facilitate.cohort.core.NominationStatus;
import uk.facilitate.cohort.core.Prerequisites;
import uk.facilitate.cover.SessionDates;
import uk.facilitate.demo.DemoBorough.AccreditationRow;
import uk.facilitate.demo.DemoBorough.SettingRow;
import uk.facilitate.demo.DemoBorough.StaffRow;
import uk.facilitate.demo.DemoTraining.CohortRow;
import uk.facilitate.demo.DemoTraining.GroupRow;
import uk.facilitate.demo.DemoTraining.NominationRow;
import uk.facilitate.demo.DemoTraining.SessionRow;
import uk.facilitate.demo.DemoTraining.TargetRow;
import uk.facilitate.qualification.PractitionerRecord;
import uk.facilitate.qualification.ProgrammeRules;
import uk.facilitate.qualification.QualificationEngine;
import uk.facilitate.qualification.QualificationSettings;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.shared.NeedLevel;

/**
 * Wyvernside's cohorts, delivery groups and cover targets: repeatable, and sensible by the app's own rules
 * (capacity and waitlist, prerequisites, clashes, completion, and facilitators qualified on every session).
 */
class DemoTrainingTest {

    static final QualificationSettings WYVERNSIDE_SETTINGS = new QualificationSettings(36, 36, 3, true,
            DemoDataLoader.DEMO_SUPERVISION_INTERVAL_DAYS);

    @ParameterizedTest(name = "on {0}")
    @CsvSource({"2026-03-17", "2026-11-25", "2027-08-02", "2031-06-30"})
    void theSameBoroughCatalogueAndSettingsAlwaysGiveTheSamePlans(LocalDate today) throws IOException {
        DemoBorough borough = DemoBorough.generate(today, DemoBorough.DEFAULT_SEED);

        DemoTraining once = DemoTraining.generate(borough, catalogue(), WYVERNSIDE_SETTINGS);
        DemoTraining again = DemoTraining.generate(DemoBorough.generate(today, DemoBorough.DEFAULT_SEED), catalogue(),
                WYVERNSIDE_SETTINGS);

        assertEquals(once, again);
    }

    @ParameterizedTest(name = "on {0}")
    @CsvSource({"2026-03-17", "2026-11-25", "2027-08-02", "2031-06-30"})
    void aTrainingYearAroundTodayInEveryStatusWithCatalogueStepsAndPrices(LocalDate today) throws IOException {
        Demo demo = demo(today);
        Map<String, Programme> catalogue = demo.catalogue();
        DemoBorough borough = demo.borough();
        DemoTraining training = demo.training();

        Map<EventStatus, CohortRow> byStatus = training.cohorts().stream()
                .collect(Collectors.toMap(CohortRow::status, Function.identity()));
        assertEquals(Set.of(EventStatus.COMPLETED, EventStatus.RUNNING, EventStatus.OPEN, EventStatus.PLANNED,
                EventStatus.CANCELLED), byStatus.keySet());
        assertEquals("solihull-approach", byStatus.get(EventStatus.COMPLETED).programmeId());
        assertEquals("triple-p", byStatus.get(EventStatus.RUNNING).programmeId());
        assertEquals("incredible-years", byStatus.get(EventStatus.OPEN).programmeId());
        assertEquals("training-for-work-with-parents", byStatus.get(EventStatus.PLANNED).programmeId());
        assertTrue(byStatus.get(EventStatus.COMPLETED).lastSession().isBefore(today.minusMonths(2)));
        assertTrue(byStatus.get(EventStatus.OPEN).sessions().get(0).date().isAfter(today));
        assertTrue(byStatus.get(EventStatus.PLANNED).sessions().get(0).date().isAfter(today));
        CohortRow running = byStatus.get(EventStatus.RUNNING);
        assertTrue(running.sessions().get(0).date().isBefore(today) && running.lastSession().isAfter(today),
                "the running cohort is half way through");
        assertEquals(List.of("provider-training", "provider-training", "provider-training", "accreditation",
                "accreditation"), running.sessions().stream().map(SessionRow::stepId).toList(), "3 + 2 days");

        CohortRow course = byStatus.get(EventStatus.PLANNED);
        assertEquals(22, course.sessions().size());
        for (int i = 1; i < course.sessions().size(); i++) {
            assertEquals(7, course.sessions().get(i).date().toEpochDay() - course.sessions().get(i - 1).date().toEpochDay(),
                    "weekly");
        }

        for (CohortRow cohort : training.cohorts()) {
            Programme programme = catalogue.get(cohort.programmeId());
            assertNotNull(programme, cohort.programmeId());
            Set<String> stepIds = programme.trainingPath().stream().map(Programme.TrainingStep::id)
                    .collect(Collectors.toSet());
            assertTrue(stepIds.containsAll(cohort.steps()), cohort.title());
            assertEquals(Set.copyOf(cohort.steps()),
                    cohort.sessions().stream().map(SessionRow::stepId).collect(Collectors.toSet()),
                    "every step delivered has a session: " + cohort.title());
            Programme.TrainingCost cost = programme.trainingCost();
            if (cost != null && cost.pounds() != null) {
                assertEquals(cost.basis(), cohort.costBasis(), cohort.title());
                assertEquals(0, cost.pounds().compareTo(cohort.costPounds()), "the catalogue's price: " + cohort.title());
                if (cost.cohortSize() != null) {
                    assertTrue(cohort.capacity() <= cost.cohortSize(), cohort.title());
                }
            } else {
                assertEquals(0, cohort.costPounds().signum(), "no invented price: " + cohort.title());
            }
            assertFalse(cohort.nominations().isEmpty(), cohort.title());
        }
    }

    @ParameterizedTest(name = "on {0}")
    @CsvSource({"2026-03-17", "2026-11-25", "2027-08-02", "2031-06-30"})
    void nominationsRespectCapacityPrerequisitesAndClashesAndTheOpenCohortHasAWaitlist(LocalDate today)
            throws IOException {
        Demo demo = demo(today);
        Map<String, Programme> catalogue = demo.catalogue();
        DemoBorough borough = demo.borough();
        DemoTraining training = demo.training();
        Map<String, StaffRow> staff = borough.staff().stream()
                .collect(Collectors.toMap(StaffRow::employeeRef, Function.identity()));
        Map<String, Set<LocalDate>> sessionDays = new HashMap<>();

        for (CohortRow cohort : training.cohorts()) {
            Programme programme = catalogue.get(cohort.programmeId());
            long confirmed = cohort.nominations().stream().filter(n -> n.status() == NominationStatus.CONFIRMED
                    || n.outcome() != null).count();
            long waiting = cohort.nominations().stream().filter(n -> n.status() == NominationStatus.WAITLISTED).count();
            assertTrue(confirmed <= cohort.capacity(), cohort.title());
            assertTrue(waiting == 0 || confirmed == cohort.capacity(), "a waitlist only when full: " + cohort.title());
            Set<String> refs = new HashSet<>();
            for (NominationRow nomination : cohort.nominations()) {
                StaffRow person = staff.get(nomination.employeeRef());
                assertNotNull(person, "a real member of staff: " + nomination.employeeRef());
                assertTrue(refs.add(person.employeeRef()), "nominated once: " + person.fullName());
                assertTrue(person.activeOn(nomination.nominatedOn()) && person.activeOn(cohort.lastSession()),
                        person.fullName() + " is in post throughout " + cohort.title());
                Set<AccreditationStage> held = borough.accreditations().stream()
                        .filter(row -> row.employeeRef().equals(person.employeeRef())
                                && row.programmeId().equals(programme.id())
                                && (row.stage() == AccreditationStage.TRAINED || row.stage() == AccreditationStage.ACCREDITED))
                        .map(AccreditationRow::stage).collect(Collectors.toSet());
                assertTrue(held.isEmpty(), person.fullName() + " is new to " + programme.id());
                assertEquals(java.util.Optional.empty(), Prerequisites.refusal(person.fullName(), programme,
                        Prerequisites.delivered(programme, cohort.steps()), held));
                assertEquals(cohort.sessions().size(), nomination.attendance().size());
                for (SessionRow session : cohort.sessions()) {
                    assertTrue(sessionDays.computeIfAbsent(person.employeeRef(), ref -> new HashSet<>())
                            .add(session.date()), person.fullName() + " has two sessions on " + session.date());
                }
            }
        }

        CohortRow open = training.cohorts().stream().filter(c -> c.status() == EventStatus.OPEN).findFirst().orElseThrow();
        assertTrue(open.nominations().stream().anyMatch(n -> n.status() == NominationStatus.WAITLISTED), "a waitlist");
        NominationRow request = open.nominations().stream().filter(n -> n.status() == NominationStatus.REQUESTED)
                .findFirst().orElseThrow();
        assertEquals(borough.user("staff").orElseThrow().employeeRef(), request.employeeRef(),
                "the staff user has asked for a place herself");
        assertTrue(request.selfNominated() && request.approvedBy() == null);
        CohortRow cancelled = training.cohorts().stream().filter(c -> c.status() == EventStatus.CANCELLED)
                .findFirst().orElseThrow();
        assertNotNull(cancelled.statusReason());
        assertTrue(cancelled.nominations().stream().allMatch(n -> n.status() == NominationStatus.CANCELLED
                && n.statusReason().equals("The event was cancelled: " + cancelled.statusReason())));
    }

    @ParameterizedTest(name = "on {0}")
    @CsvSource({"2026-03-17", "2026-11-25", "2027-08-02", "2031-06-30"})
    void completionGaveRecordsExactlyAsTheAppsRuleDoesAndTheRunningCohortHasItsPastRegister(LocalDate today)
            throws IOException {
        Demo demo = demo(today);
        Map<String, Programme> catalogue = demo.catalogue();
        DemoBorough borough = demo.borough();
        DemoTraining training = demo.training();
        CohortRow completed = training.cohorts().stream().filter(c -> c.status() == EventStatus.COMPLETED)
                .findFirst().orElseThrow();
        Programme programme = catalogue.get(completed.programmeId());

        assertEquals(CompletionRule.ALL_SESSIONS.describe(), completed.completionRule());
        int done = 0;
        int notDone = 0;
        for (NominationRow n : completed.nominations()) {
            if (n.status() != NominationStatus.CONFIRMED) {
                assertNull(n.outcome(), "only confirmed places are assessed");
                continue;
            }
            assertFalse(n.attendance().contains(null), "every mark recorded before completion");
            int attended = (int) n.attendance().stream().filter(Boolean::booleanValue).count();
            CompletionRule.Outcome outcome = CompletionRule.ALL_SESSIONS.assess(attended, completed.sessions().size());
            assertEquals(outcome.reason(), n.outcomeReason());
            if (outcome.completed()) {
                done++;
                assertEquals(Nomination.Outcome.COMPLETED, n.outcome());
                AccreditationRow record = n.awarded();
                assertEquals(n.employeeRef(), record.employeeRef());
                assertEquals(Prerequisites.awarded(Prerequisites.delivered(programme, completed.steps())), record.stage());
                assertEquals(completed.lastSession(), record.awardedOn(), "dated the last session");
                assertEquals(programme.accreditingBody(), record.awardingBody());
                assertEquals(AccreditationRecord.Origin.COHORT, record.origin());
                assertNull(record.expiresOn());
                assertTrue(record.verified() && !record.verifiedOn().isBefore(record.awardedOn()));
            } else {
                notDone++;
                assertEquals(Nomination.Outcome.NOT_COMPLETED, n.outcome());
                assertNull(n.awarded());
            }
        }
        assertTrue(done >= 8 && notDone >= 1, done + " completed, " + notDone + " not");
        assertEquals(done, training.awarded().size());

        CohortRow running = training.cohorts().stream().filter(c -> c.status() == EventStatus.RUNNING)
                .findFirst().orElseThrow();
        for (NominationRow n : running.nominations()) {
            for (int i = 0; i < running.sessions().size(); i++) {
                boolean past = running.sessions().get(i).date().isBefore(today);
                assertEquals(past, n.attendance().get(i) != null, "marks for the sessions that have happened");
            }
        }
        assertTrue(running.nominations().stream().anyMatch(n -> n.attendance().contains(false)), "someone missed a day");
    }

    @ParameterizedTest(name = "on {0}")
    @CsvSource({"2026-03-17", "2026-11-25", "2027-08-02", "2031-06-30"})
    void groupFacilitatorsServeTheLocalityAndTheEngineFindsThemQualifiedOnEverySessionDate(LocalDate today)
            throws IOException {
        Demo demo = demo(today);
        Map<String, Programme> catalogue = demo.catalogue();
        DemoBorough borough = demo.borough();
        DemoTraining training = demo.training();
        Map<String, PractitionerRecord> records = TrainingGenerator.practitionerRecords(borough, training.awarded());
        QualificationEngine engine = new QualificationEngine(WYVERNSIDE_SETTINGS);
        Map<String, SettingRow> settings = borough.settings().stream()
                .collect(Collectors.toMap(SettingRow::name, Function.identity()));
        Map<String, StaffRow> staff = borough.staff().stream()
                .collect(Collectors.toMap(StaffRow::employeeRef, Function.identity()));

        assertTrue(training.groups().size() >= 3 && training.groups().size() <= 5);
        int shortGroups = 0;
        for (GroupRow group : training.groups()) {
            Programme programme = catalogue.get(group.programmeId());
            assertTrue(programme.serves(NeedLevel.of(group.needLevel())), group.programmeId());
            assertEquals(group.localityCode(), settings.get(group.settingName()).localityCode(), group.settingName());
            assertTrue(group.facilitatorRefs().size() <= programme.facilitatorsPerGroup());
            if (group.facilitatorRefs().size() < programme.facilitatorsPerGroup()) {
                shortGroups++;
            }
            for (String ref : group.facilitatorRefs()) {
                assertTrue(staff.get(ref).localityCodes().contains(group.localityCode()), ref + " serves the locality");
                for (LocalDate date : group.sessionDates()) {
                    assertTrue(engine.assess(records.get(ref), ProgrammeRules.of(programme), NeedLevel.of(group.needLevel()), date)
                            .qualified(), ref + " is qualified on " + date + " for " + group.programmeId());
                }
            }
            for (GroupRow other : training.groups()) {
                if (other != group && !SessionDates.shared(group.startDate(), group.sessions(), other.startDate(),
                        other.sessions()).isEmpty()) {
                    assertTrue(group.facilitatorRefs().stream().noneMatch(other.facilitatorRefs()::contains),
                            "nobody facilitates two groups on one day");
                }
            }
            assertTrue(group.sessionDates().get(group.sessions() - 1).isAfter(today), "the group is not over");
        }
        assertTrue(shortGroups >= 1, "a group short of a facilitator shows the page's warning");
        assertTrue(training.groups().stream().filter(g -> !g.facilitatorRefs().isEmpty()).count() >= 3,
                "most groups are staffed");
    }

    @ParameterizedTest(name = "on {0}")
    @CsvSource({"2026-03-17", "2026-11-25", "2027-08-02", "2031-06-30"})
    void targetsLeaveSomeCellsBelowTargetAndOthersMeetingIt(LocalDate today) throws IOException {
        Demo demo = demo(today);
        Map<String, Programme> catalogue = demo.catalogue();
        DemoBorough borough = demo.borough();
        DemoTraining training = demo.training();
        Map<String, PractitionerRecord> records = TrainingGenerator.practitionerRecords(borough, training.awarded());
        QualificationEngine engine = new QualificationEngine(WYVERNSIDE_SETTINGS);

        int below = 0;
        int meeting = 0;
        for (TargetRow target : training.targets()) {
            Programme programme = catalogue.get(target.programmeId());
            assertNotNull(programme);
            assertTrue(target.needLevel() == null || programme.serves(NeedLevel.of(target.needLevel())));
            List<String> localities = target.localityCode() == null
                    ? borough.localities().stream().map(DemoBorough.LocalityRow::code).toList()
                    : List.of(target.localityCode());
            for (String locality : localities) {
                long qualified = borough.staff().stream().filter(p -> p.localityCodes().contains(locality))
                        .filter(p -> engine.assess(records.get(p.employeeRef()), ProgrammeRules.of(programme),
                                NeedLevel.of(target.needLevel()), today).qualified())
                        .count();
                if (qualified < target.count()) {
                    below++;
                } else {
                    meeting++;
                }
            }
        }
        assertTrue(below >= 2, "cells below target: " + below);
        assertTrue(meeting >= 2, "cells meeting their target: " + meeting);
    }

    @org.junit.jupiter.api.Test
    void aCatalogueWithoutAProgrammeThePlansNeedIsRefusedByNameSoTheLoaderCanLeaveThemOut() throws IOException {
        Map<String, Programme> catalogue = new HashMap<>(catalogue());
        catalogue.remove("solihull-approach");
        DemoBorough borough = DemoBorough.generate(LocalDate.of(2026, 11, 25), DemoBorough.DEFAULT_SEED);

        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DemoTraining.generate(borough, catalogue, WYVERNSIDE_SETTINGS));
        assertTrue(refused.getMessage().contains("solihull-approach"), refused.getMessage());
    }

    /** The catalogue, the borough on a day, and its plans. */
    private record Demo(Map<String, Programme> catalogue, DemoBorough borough, DemoTraining training) {
    }

    private static Demo demo(LocalDate today) throws IOException {
        Map<String, Programme> catalogue = catalogue();
        DemoBorough borough = DemoBorough.generate(today, DemoBorough.DEFAULT_SEED);
        return new Demo(catalogue, borough, DemoTraining.generate(borough, catalogue, WYVERNSIDE_SETTINGS));
    }

    private static Map<String, Programme> catalogue() throws IOException {
        return new CatalogueReader().read(Path.of("training-catalogue")).stream()
                .collect(Collectors.toMap(Programme::id, Function.identity()));
    }
}
