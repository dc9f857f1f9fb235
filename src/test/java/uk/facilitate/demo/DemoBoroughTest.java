package uk.facilitate.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.facilitate.catalogue.CatalogueReader;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.demo.DemoBorough.AccreditationRow;
import uk.facilitate.demo.DemoBorough.DbsRow;
import uk.facilitate.demo.DemoBorough.LocalityRow;
import uk.facilitate.demo.DemoBorough.SafeguardingRow;
import uk.facilitate.demo.DemoBorough.SettingRow;
import uk.facilitate.demo.DemoBorough.StaffRow;
import uk.facilitate.demo.DemoBorough.SupervisionRow;
import uk.facilitate.demo.DemoBorough.UserRow;
import uk.facilitate.platform.security.PasswordPolicy;
import uk.facilitate.platform.security.Role;
import uk.facilitate.qualification.PractitionerRecord;
import uk.facilitate.qualification.ProgrammeRules;
import uk.facilitate.qualification.QualificationEngine;
import uk.facilitate.qualification.QualificationSettings;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.shared.NeedLevel;
import uk.facilitate.staff.Setting;
import uk.facilitate.staff.StaffRole;

/** The Wyvernside demo borough: realistic, repeatable, and with something for every page to show. */
class DemoBoroughTest {

    static final LocalDate MID_MARCH_2026 = LocalDate.of(2026, 3, 17);
    static final DemoBorough WYVERNSIDE = DemoBorough.generate(MID_MARCH_2026, DemoBorough.DEFAULT_SEED);
    static final int DBS_RECHECK_MONTHS = QualificationSettings.defaults().dbsRecheckMonths();

    @Test
    void theSameSeedAndDateAlwaysGiveTheSameBorough() {
        DemoBorough again = DemoBorough.generate(MID_MARCH_2026, DemoBorough.DEFAULT_SEED);

        assertEquals(WYVERNSIDE, again);
    }

    @Test
    void anotherSeedGivesAnotherWorkforceInTheSameStructure() {
        DemoBorough other = DemoBorough.generate(MID_MARCH_2026, 7L);

        assertNotEquals(WYVERNSIDE.staff(), other.staff());
        assertEquals(WYVERNSIDE.settings(), other.settings());
    }

    @Test
    void aBoroughOfAboutThreeHundredStaffInFourLocalities() {
        assertEquals(List.of("North", "South", "East", "West"),
                WYVERNSIDE.localities().stream().map(LocalityRow::name).toList());
        assertTrue(WYVERNSIDE.staff().size() >= 280 && WYVERNSIDE.staff().size() <= 320,
                "about 300 staff, was " + WYVERNSIDE.staff().size());
        assertEquals(5, WYVERNSIDE.organisations().size());
    }

    @Test
    void tenChildrensCentresSpreadOverEveryLocality() {
        List<SettingRow> centres = WYVERNSIDE.settings().stream()
                .filter(setting -> setting.kind() == Setting.Kind.CHILDRENS_CENTRE).toList();

        assertEquals(10, centres.size());
        assertEquals(Set.of("NORTH", "SOUTH", "EAST", "WEST"),
                centres.stream().map(SettingRow::localityCode).collect(Collectors.toSet()));
    }

    @Test
    void everyReferenceResolvesSoTheLoaderCanPersistItInOrder() {
        Set<String> localities = WYVERNSIDE.localities().stream().map(LocalityRow::code).collect(Collectors.toSet());
        Set<String> organisations = WYVERNSIDE.organisations().stream().map(o -> o.name()).collect(Collectors.toSet());
        Set<String> settings = WYVERNSIDE.settings().stream().map(SettingRow::name).collect(Collectors.toSet());
        Set<String> earlier = new HashSet<>();
        for (StaffRow person : WYVERNSIDE.staff()) {
            assertTrue(organisations.contains(person.organisation()), person.fullName());
            assertTrue(localities.containsAll(person.localityCodes()), person.fullName());
            assertTrue(settings.containsAll(person.settingNames()), person.fullName());
            assertTrue(person.lineManagerRef() == null || earlier.contains(person.lineManagerRef()),
                    person.fullName() + "'s line manager comes earlier in the list");
            assertTrue(earlier.add(person.employeeRef()), "employee references are unique");
        }
        Set<String> refs = earlier;
        WYVERNSIDE.accreditations().forEach(row -> assertTrue(refs.contains(row.employeeRef())));
        WYVERNSIDE.dbsChecks().forEach(row -> assertTrue(refs.contains(row.employeeRef())));
        WYVERNSIDE.safeguarding().forEach(row -> assertTrue(refs.contains(row.employeeRef())));
        for (SupervisionRow session : WYVERNSIDE.supervision()) {
            assertTrue(refs.contains(session.superviseeRef()));
            assertTrue(session.supervisorRef() == null ? session.supervisorName() != null
                    : refs.contains(session.supervisorRef()));
        }
        List<String> emails = WYVERNSIDE.staff().stream().map(StaffRow::email).filter(e -> e != null).toList();
        assertEquals(emails.size(), Set.copyOf(emails).size(), "e-mail addresses are unique");
    }

    @Test
    void professionalLevelsFitEachRole() {
        for (StaffRow person : WYVERNSIDE.staff()) {
            int level = person.professionalLevel();
            boolean fits = switch (person.role()) {
                case HEALTH_VISITOR, MIDWIFE -> level == 6 || level == 7;
                case CAMHS_CLINICIAN -> level == 7;
                case FAMILY_SUPPORT_WORKER -> level == 3 || level == 4;
                case VOLUNTEER -> level == 2;
                case SOCIAL_WORKER -> level >= 6;
                default -> level >= 2 && level <= 7;
            };
            assertTrue(fits, person.fullName() + ", " + person.role() + ", is at RQF " + level);
        }
    }

    @Test
    void mostPeopleServeOneOrTwoLocalitiesAndAFewHaveLeftOrAreLeaving() {
        long oneOrTwo = WYVERNSIDE.staff().stream()
                .filter(person -> person.localityCodes().size() == 1 || person.localityCodes().size() == 2).count();
        long left = WYVERNSIDE.staff().stream()
                .filter(person -> person.leaveDate() != null && person.leaveDate().isBefore(MID_MARCH_2026)).count();
        long leaving = WYVERNSIDE.staff().stream()
                .filter(person -> person.leaveDate() != null && person.leaveDate().isAfter(MID_MARCH_2026)).count();

        assertTrue(oneOrTwo >= WYVERNSIDE.staff().size() - 10, "borough-wide leads may cover all four");
        assertTrue(left >= 3, "some have left");
        assertTrue(leaving >= 3, "some have a leaving date ahead");
    }

    @ParameterizedTest(name = "on {0} with seed {1}")
    @CsvSource({"2026-03-17, 20260317", "2027-11-02, 20260317", "2031-06-30, 42", "2026-12-24, 1"})
    void everyLocalityHasAProgrammeAndNeedLevelWithFewerThanTwoAccreditedFacilitators(LocalDate today, long seed)
            throws IOException {
        DemoBorough borough = DemoBorough.generate(today, seed);

        Map<String, List<String>> redCells = redCellsByAccreditationOnly(borough, catalogue());

        for (LocalityRow locality : borough.localities()) {
            assertFalse(redCells.get(locality.code()).isEmpty(), locality.name() + " has a red cell");
        }
    }

    @ParameterizedTest(name = "on {0} with seed {1}")
    @CsvSource({"2026-03-17, 20260317", "2027-11-02, 20260317", "2031-06-30, 42"})
    void aManagersVerificationQueueHoldsAboutTenRecords(LocalDate today, long seed) {
        DemoBorough borough = DemoBorough.generate(today, seed);

        long pending = borough.accreditations().stream().filter(row -> !row.verified()).count();

        assertTrue(pending >= 8 && pending <= 12, "about ten pending, was " + pending);
        assertTrue(borough.accreditations().stream().filter(AccreditationRow::verified).count() > 10 * pending,
                "most records are verified");
    }

    @ParameterizedTest(name = "on {0}")
    @CsvSource({"2026-03-17", "2027-11-02", "2031-06-30"})
    void someAccreditationsDbsChecksAndSafeguardingRunOutWithinNinetyDays(LocalDate today) {
        DemoBorough borough = DemoBorough.generate(today, DemoBorough.DEFAULT_SEED);
        LocalDate horizon = today.plusDays(90);

        long accreditations = borough.accreditations().stream()
                .filter(row -> row.currentAccreditationOn(today) && row.expiresOn() != null
                        && !row.expiresOn().isAfter(horizon))
                .count();
        Map<String, DbsRow> latestDbs = latest(borough.dbsChecks(), DbsRow::employeeRef, DbsRow::issuedOn);
        long dbsDueSoon = latestDbs.values().stream()
                .filter(check -> check.lastCurrentDay(DBS_RECHECK_MONTHS)
                        .map(last -> !last.isBefore(today) && !last.isAfter(horizon)).orElse(false))
                .count();
        long dbsOverdue = latestDbs.values().stream()
                .filter(check -> check.lastCurrentDay(DBS_RECHECK_MONTHS)
                        .map(last -> last.isBefore(today)).orElse(false))
                .count();
        long onUpdateService = latestDbs.values().stream().filter(DbsRow::updateService).count();
        Map<String, SafeguardingRow> latestSafeguarding =
                latest(borough.safeguarding(), SafeguardingRow::employeeRef, SafeguardingRow::completedOn);
        long safeguardingExpired = latestSafeguarding.values().stream()
                .filter(training -> training.completedOn().plusMonths(36).isBefore(today)).count();
        long atLevelThree = latestSafeguarding.values().stream().filter(training -> training.level() == 3).count();

        assertTrue(accreditations >= 3, "accreditations lapsing within 90 days: " + accreditations);
        assertTrue(dbsDueSoon >= 5, "DBS checks due within 90 days: " + dbsDueSoon);
        assertTrue(dbsOverdue >= 2 && dbsOverdue <= 20, "a few DBS checks overdue: " + dbsOverdue);
        assertTrue(onUpdateService >= 60, "some on the Update Service: " + onUpdateService);
        assertTrue(safeguardingExpired >= 3, "some safeguarding expired: " + safeguardingExpired);
        assertTrue(atLevelThree > borough.staff().size() / 2, "level 3 mostly");
    }

    @Test
    void supervisionComesEveryFourToTwelveWeeksButSomeAreOverdue() {
        Map<String, List<LocalDate>> sessions = new LinkedHashMap<>();
        WYVERNSIDE.supervision().stream().filter(session -> session.programmeId() == null)
                .forEach(session -> sessions.computeIfAbsent(session.superviseeRef(), ref -> new ArrayList<>())
                        .add(session.sessionDate()));
        long overdue = WYVERNSIDE.staff().stream()
                .filter(person -> person.activeOn(MID_MARCH_2026) && sessions.containsKey(person.employeeRef()))
                .filter(person -> sessions.get(person.employeeRef()).stream().max(LocalDate::compareTo).orElseThrow()
                        .isBefore(MID_MARCH_2026.minusDays(12 * 7)))
                .count();

        for (List<LocalDate> dates : sessions.values()) {
            for (int i = 1; i < dates.size(); i++) {
                long gap = dates.get(i).toEpochDay() - dates.get(i - 1).toEpochDay();
                assertTrue(gap >= 21 && gap <= 91, "gap of " + gap + " days");
            }
        }
        assertTrue(sessions.size() > 250, "nearly everyone is supervised");
        assertTrue(overdue >= 10 && overdue <= 60, "some are overdue: " + overdue);
    }

    @Test
    void everyProgrammeTheDemoUsesIsInTheTrainingCatalogue() throws IOException {
        Map<String, Programme> catalogue = catalogue();

        Set<String> used = WYVERNSIDE.accreditations().stream().map(AccreditationRow::programmeId)
                .collect(Collectors.toSet());

        assertTrue(catalogue.keySet().containsAll(used), "unknown: " + used.stream()
                .filter(id -> !catalogue.containsKey(id)).toList());
        for (AccreditationRow row : WYVERNSIDE.accreditations()) {
            Programme programme = catalogue.get(row.programmeId());
            String body = programme.accreditingBody() != null ? programme.accreditingBody() : programme.provider();
            assertEquals(body, row.awardingBody(), "the awarding body is the catalogue's for " + row.programmeId());
        }
    }

    @Test
    void mostPeopleInPostHaveTheirNextSupervisionBookedBeforeItFallsDueAndSomeHaveNot() {
        LocalDate today = WYVERNSIDE.today();
        Map<String, LocalDate> lastSession = new LinkedHashMap<>();
        WYVERNSIDE.supervision().stream().filter(row -> row.programmeId() == null)
                .forEach(row -> lastSession.merge(row.superviseeRef(), row.sessionDate(), (a, b) -> a.isAfter(b) ? a : b));
        Set<String> upToDate = WYVERNSIDE.staff().stream().filter(s -> s.leaveDate() == null)
                .map(StaffRow::employeeRef).filter(ref -> lastSession.containsKey(ref) && !lastSession.get(ref)
                        .plusDays(DemoDataLoader.DEMO_SUPERVISION_INTERVAL_DAYS).isBefore(today.plusDays(1)))
                .collect(Collectors.toSet());
        Set<String> booked = new HashSet<>();
        for (DemoBorough.BookingRow row : WYVERNSIDE.bookings()) {
            assertTrue(booked.add(row.employeeRef()), "one booking each: " + row);
            assertTrue(upToDate.contains(row.employeeRef()), "only people in post and not overdue book: " + row);
            assertTrue(row.bookedFor().isAfter(today), "booked ahead: " + row);
            assertFalse(row.bookedFor().isAfter(lastSession.get(row.employeeRef())
                    .plusDays(DemoDataLoader.DEMO_SUPERVISION_INTERVAL_DAYS)), "before it falls due: " + row);
        }
        double share = booked.size() / (double) upToDate.size();
        assertTrue(share > 0.7 && share < 0.9, "most have booked, some have not: " + booked.size() + " of " + upToDate.size());
    }

    @Test
    void theDemoUsersSignInAsTheDocumentedPeople() {
        assertEquals(List.of("admin", "manager", "coordinator", "coordinator-south", "staff"),
                WYVERNSIDE.users().stream().map(UserRow::username).toList());
        for (UserRow user : WYVERNSIDE.users()) {
            assertNull(PasswordPolicy.weakness(user.username(), user.password()), user.username());
        }
        assertNull(WYVERNSIDE.user("admin").orElseThrow().employeeRef());
        assertEquals(Role.WORKFORCE_MANAGER, WYVERNSIDE.user("manager").orElseThrow().role());

        StaffRow manager = linked("manager");
        assertEquals("Nadia Rahman", manager.fullName());
        assertEquals(StaffRole.MANAGER, manager.role());
        assertTrue(recordsOf(manager).stream().allMatch(AccreditationRow::verified),
                "the manager has nothing of her own in the queue");

        StaffRow coordinator = linked("coordinator");
        assertEquals("Claire Donovan", coordinator.fullName());
        assertEquals(List.of("NORTH"), coordinator.localityCodes());
        assertEquals(List.of("SOUTH"), linked("coordinator-south").localityCodes());

        StaffRow staff = linked("staff");
        assertEquals("Jade Bennett", staff.fullName());
        assertEquals(StaffRole.FAMILY_SUPPORT_WORKER, staff.role());
        assertEquals(List.of("NORTH"), staff.localityCodes());
        List<AccreditationRow> hers = recordsOf(staff);
        assertTrue(hers.stream().filter(AccreditationRow::verified).count() >= 3);
        assertEquals(1, hers.stream().filter(row -> !row.verified()).count());
        assertEquals("staff", hers.stream().filter(row -> !row.verified()).findFirst().orElseThrow().loggedBy());
    }

    @Test
    void theNorthCoordinatorIsNorthsOnlyAccreditedIncredibleYearsLeaderWithMoreEnrolled() {
        StaffRow coordinator = linked("coordinator");
        List<StaffRow> north = WYVERNSIDE.staff().stream()
                .filter(person -> person.localityCodes().contains("NORTH") && person.activeOn(MID_MARCH_2026)).toList();

        List<StaffRow> accredited = north.stream().filter(person -> recordsOf(person).stream()
                .anyMatch(row -> row.programmeId().equals("incredible-years")
                        && row.currentAccreditationOn(MID_MARCH_2026))).toList();
        long enrolled = north.stream().filter(person -> recordsOf(person).stream()
                .anyMatch(row -> row.programmeId().equals("incredible-years")
                        && row.stage() == AccreditationStage.ENROLLED)).count();

        assertEquals(List.of(coordinator), accredited);
        assertTrue(enrolled >= 4, "the next cohort is filling: " + enrolled);
    }

    /** The real engine agrees: every locality has a gap, and most cells are covered. */
    @Test
    void theQualificationEngineFindsARedCellInEveryLocalityAndMostCellsCovered() throws IOException {
        List<ProgrammeRules> programmes = catalogue().values().stream()
                .filter(programme -> programme.kind() == Programme.Kind.PROGRAMME && !programme.needLevels().isEmpty())
                .map(ProgrammeRules::of).toList();
        QualificationEngine engine = new QualificationEngine(QualificationSettings.defaults());
        Map<String, PractitionerRecord> records = practitionerRecords(WYVERNSIDE);

        int cells = 0;
        int covered = 0;
        for (LocalityRow locality : WYVERNSIDE.localities()) {
            int red = 0;
            for (ProgrammeRules programme : programmes) {
                for (NeedLevel level : programme.needLevels()) {
                    long qualified = WYVERNSIDE.staff().stream()
                            .filter(person -> person.localityCodes().contains(locality.code()))
                            .filter(person -> engine.assess(records.get(person.employeeRef()), programme, level,
                                    MID_MARCH_2026).qualified())
                            .count();
                    cells++;
                    if (qualified < 2) {
                        red++;
                    } else {
                        covered++;
                    }
                }
            }
            assertTrue(red >= 1, locality.name() + " has a red cell");
        }
        assertTrue(covered * 3 >= cells * 2, covered + " of " + cells + " cells have two or more facilitators");
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, Programme> catalogue() throws IOException {
        return new CatalogueReader().read(Path.of("training-catalogue")).stream()
                .collect(Collectors.toMap(Programme::id, Function.identity()));
    }

    /**
     * Per locality, the "programme need-level" cells where fewer than two people in post hold a current,
     * verified accreditation and the programme's minimum professional level (supervision and checks ignored).
     */
    static Map<String, List<String>> redCellsByAccreditationOnly(DemoBorough borough,
                                                                 Map<String, Programme> catalogue) {
        LocalDate today = borough.today();
        Map<String, List<String>> red = new LinkedHashMap<>();
        for (LocalityRow locality : borough.localities()) {
            List<String> cells = new ArrayList<>();
            for (Programme programme : catalogue.values()) {
                if (programme.kind() != Programme.Kind.PROGRAMME) {
                    continue;
                }
                for (NeedLevel level : programme.needLevels()) {
                    int minimum = programme.minimumProfessionalLevel().getOrDefault(level, 0);
                    long accredited = borough.staff().stream()
                            .filter(person -> person.activeOn(today)
                                    && person.localityCodes().contains(locality.code())
                                    && person.professionalLevel() >= minimum)
                            .filter(person -> borough.accreditations().stream().anyMatch(row ->
                                    row.employeeRef().equals(person.employeeRef())
                                            && row.programmeId().equals(programme.id())
                                            && row.currentAccreditationOn(today)))
                            .count();
                    if (accredited < 2) {
                        cells.add(programme.id() + " " + level.number());
                    }
                }
            }
            red.put(locality.code(), cells);
        }
        return red;
    }

    static Map<String, PractitionerRecord> practitionerRecords(DemoBorough borough) {
        return TrainingGenerator.practitionerRecords(borough, List.of());
    }

    private static <T> Map<String, T> latest(List<T> rows, Function<T, String> ref, Function<T, LocalDate> date) {
        Map<String, T> latest = new LinkedHashMap<>();
        for (T row : rows) {
            latest.merge(ref.apply(row), row, (a, b) -> date.apply(b).isAfter(date.apply(a)) ? b : a);
        }
        return latest;
    }

    private static StaffRow linked(String username) {
        String ref = WYVERNSIDE.user(username).orElseThrow().employeeRef();
        return WYVERNSIDE.staffMember(ref).orElseThrow();
    }

    private static List<AccreditationRow> recordsOf(StaffRow person) {
        return WYVERNSIDE.accreditations().stream()
                .filter(row -> row.employeeRef().equals(person.employeeRef())).toList();
    }
}
