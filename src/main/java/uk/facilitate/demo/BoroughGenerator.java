package uk.facilitate.demo;

import static uk.facilitate.shared.AccreditationStage.ACCREDITED;
import static uk.facilitate.shared.AccreditationStage.ENROLLED;
import static uk.facilitate.shared.AccreditationStage.LAPSED;
import static uk.facilitate.shared.AccreditationStage.TRAINED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import uk.facilitate.accreditation.AccreditationRecord.Origin;
import uk.facilitate.demo.DemoBorough.AccreditationRow;
import uk.facilitate.demo.DemoBorough.DbsRow;
import uk.facilitate.demo.DemoBorough.LocalityRow;
import uk.facilitate.demo.DemoBorough.OrganisationRow;
import uk.facilitate.demo.DemoBorough.SafeguardingRow;
import uk.facilitate.demo.DemoBorough.SettingRow;
import uk.facilitate.demo.DemoBorough.StaffRow;
import uk.facilitate.demo.DemoBorough.BookingRow;
import uk.facilitate.demo.DemoBorough.SupervisionRow;
import uk.facilitate.demo.DemoBorough.UserRow;
import uk.facilitate.platform.security.Role;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.shared.SupervisionKind;
import uk.facilitate.staff.Organisation;
import uk.facilitate.staff.Setting;
import uk.facilitate.staff.StaffRole;

/**
 * Builds {@link DemoBorough}: the structure first (localities, organisations, settings), then the
 * people top-down so every line manager exists before their team, then each person's training,
 * supervision and checks. One seeded {@link Random} drives every choice, and only ordered
 * collections are iterated, so a seed and a date always give the same borough.
 */
final class BoroughGenerator {

    static final String BOROUGH = "Wyvernside";

    static final String COUNCIL = "Wyvernside Borough Council";
    static final String HEALTH_TRUST = "Wyvernside Community Health NHS Trust";
    static final String CAMHS_TRUST = "Wyvern Vale Mental Health NHS Foundation Trust";
    static final String CHARITY = "Brightwater Family Support";
    static final String COMMUNITY_GROUP = "Wyvernside Community Roots";

    static final String NORTH = "NORTH";
    static final String SOUTH = "SOUTH";
    static final String EAST = "EAST";
    static final String WEST = "WEST";
    static final List<String> ALL_LOCALITIES = List.of(NORTH, SOUTH, EAST, WEST);

    static final String INCREDIBLE_YEARS = "incredible-years";
    static final String TRIPLE_P = "triple-p";
    static final String GROUP_TEEN = "triple-p-group-teen";
    static final String SOLIHULL = "solihull-approach";
    static final String SFSC = "strengthening-families-strengthening-communities";
    static final String MELLOW_PARENTING = "mellow-parenting";
    static final String MELLOW_BABIES = "mellow-babies";
    static final String MELLOW_BUMPS = "mellow-bumps";
    static final String TEEN_ZONE = "entering-the-teen-zone";
    static final String SPEAK_EASY = "speak-easy";
    static final String WORK_WITH_PARENTS = "training-for-work-with-parents";
    static final String INDUCTION = "childrens-services-induction";
    static final String INTEGRATED_WORKING = "integrated-working";

    private static final String HUB = "Wyvernside Early Help Hub";
    private static final String PARENTING_TEAM = "Wyvernside Parenting Support Team";
    private static final String SAFEGUARDING_NORTH_EAST = "Family Safeguarding Team (North and East)";
    private static final String SAFEGUARDING_SOUTH_WEST = "Family Safeguarding Team (South and West)";
    private static final String MIDWIFERY = "Wyvernside Community Midwifery Team";
    private static final String SCHOOL_NURSING = "Wyvernside School Nursing Service";
    private static final String CAMHS_TEAM = "Wyvernside CAMHS Under-Fives and Parenting Team";
    private static final String BRIGHTWATER_PROJECT = "Brightwater Home-Visiting Project";
    private static final String ROOTS_PROJECT = "Community Roots Family Programme";

    /** How a programme's training path runs (from its file in {@code training-catalogue/}). */
    enum Path {
        /** A course awarding "trained", then an assessment of practice awarding "accredited". */
        TRAINING_THEN_ACCREDITATION,
        /** One course whose completion is the accredited stage (Solihull, SFSC, the OCN course). */
        ACCREDITED_ON_TRAINING,
        /** Attendance only: a workforce course, or a programme whose path the sources do not give. */
        ATTENDANCE
    }

    /** A catalogue programme as the demo uses it; the awarding body is the catalogue's. */
    record ProgrammeSpec(String id, Path path, String awardingBody, String certificatePrefix) {
    }

    static final Map<String, ProgrammeSpec> PROGRAMMES = index(List.of(
            new ProgrammeSpec(INCREDIBLE_YEARS, Path.TRAINING_THEN_ACCREDITATION, "Webster-Stratton", "IY"),
            new ProgrammeSpec(TRIPLE_P, Path.TRAINING_THEN_ACCREDITATION, "University of Queensland", "TPUK"),
            new ProgrammeSpec(GROUP_TEEN, Path.TRAINING_THEN_ACCREDITATION, "University of Queensland", "TPUK"),
            new ProgrammeSpec(MELLOW_PARENTING, Path.TRAINING_THEN_ACCREDITATION, null, "MP"),
            new ProgrammeSpec(MELLOW_BABIES, Path.TRAINING_THEN_ACCREDITATION, null, "MB"),
            new ProgrammeSpec(MELLOW_BUMPS, Path.TRAINING_THEN_ACCREDITATION, null, "MBU"),
            new ProgrammeSpec(SOLIHULL, Path.ACCREDITED_ON_TRAINING, "University of Central England", "SOL"),
            new ProgrammeSpec(SFSC, Path.ACCREDITED_ON_TRAINING, null, null),
            new ProgrammeSpec(WORK_WITH_PARENTS, Path.ACCREDITED_ON_TRAINING, "OCN (Open College Network)", "OCN"),
            new ProgrammeSpec(SPEAK_EASY, Path.ATTENDANCE, "OCN (Open College Network)", null),
            new ProgrammeSpec(TEEN_ZONE, Path.ATTENDANCE, null, null),
            new ProgrammeSpec(INDUCTION, Path.ATTENDANCE, null, null),
            new ProgrammeSpec(INTEGRATED_WORKING, Path.ATTENDANCE, null, null)));

    /**
     * A cover gap built into the demo: in the locality, at most {@code cap} people at RQF
     * {@code minimumLevel} or above hold a current accreditation for the programme.
     */
    record Scarcity(String localityCode, String programmeId, int minimumLevel, int cap) {
    }

    /**
     * North has lost its Incredible Years leaders (one left, several trained awaiting certification),
     * South has no SFSC facilitator, East one Group Teen practitioner, and West one Triple P
     * practitioner senior enough for complex and specialist need.
     */
    static final List<Scarcity> SCARCITIES = List.of(
            new Scarcity(NORTH, INCREDIBLE_YEARS, 0, 1),
            new Scarcity(SOUTH, SFSC, 0, 0),
            new Scarcity(EAST, GROUP_TEEN, 0, 1),
            new Scarcity(WEST, TRIPLE_P, 6, 1));

    private static final int PENDING_FROM_OTHERS = 9;
    private static final List<String> WORKFORCE_COURSES = List.of(INDUCTION, INTEGRATED_WORKING);

    private record Affinity(String programmeId, double probability) {
    }

    /** Where a person's DBS check or safeguarding training stands today. */
    private enum Standing { CURRENT, DUE_SOON, OVERDUE }

    private static final Map<StaffRole, List<Affinity>> AFFINITIES = affinities();

    private final LocalDate today;
    private final Random random;
    /** Bookings draw from their own sequence, so adding them changed nothing else in the borough. */
    private final Random bookingRandom;
    private final List<BookingRow> bookings = new ArrayList<>();
    private final DemoNames names;

    private final List<LocalityRow> localities = new ArrayList<>();
    private final List<OrganisationRow> organisations = new ArrayList<>();
    private final List<SettingRow> settings = new ArrayList<>();
    private final Map<String, List<String>> centresByLocality = new LinkedHashMap<>();
    private final Map<String, String> healthVisitingTeams = new LinkedHashMap<>();
    private final List<Person> people = new ArrayList<>();
    private final List<AccreditationRow> accreditations = new ArrayList<>();
    private final List<Person> accreditationHolders = new ArrayList<>();
    private final List<SupervisionRow> supervision = new ArrayList<>();
    private final List<DbsRow> dbsChecks = new ArrayList<>();
    private final List<SafeguardingRow> safeguarding = new ArrayList<>();
    private final Map<String, Integer> refCounters = new LinkedHashMap<>();
    private final Map<Scarcity, Integer> scarcityUsed = new LinkedHashMap<>();

    private Person workforceManager;
    private Person northCoordinator;
    private Person southCoordinator;
    private Person staffUser;

    BoroughGenerator(LocalDate today, long seed) {
        this.today = today;
        this.random = new Random(seed);
        this.bookingRandom = new Random(seed ^ 0x5EED_B00CL);
        this.names = new DemoNames(random);
    }

    DemoBorough generate() {
        buildStructure();
        hireWorkforce();
        chooseLeavers();
        specialPeoplesRecords();
        for (Person person : people) {
            if (!person.special()) {
                trainingOf(person);
            }
        }
        enrolOnNextCourses();
        markAwaitingVerification();
        assignCheckStandings();
        for (Person person : people) {
            supervisionOf(person);
            dbsChecksOf(person);
            safeguardingOf(person);
        }
        bookSupervisionAhead();
        return new DemoBorough(BOROUGH, today, localities, organisations, settings,
                people.stream().map(Person::row).toList(), accreditations, supervision, dbsChecks, safeguarding,
                bookings, users());
    }

    // ---------------------------------------------------------------- structure

    private void buildStructure() {
        localities.add(new LocalityRow(NORTH, "North"));
        localities.add(new LocalityRow(SOUTH, "South"));
        localities.add(new LocalityRow(EAST, "East"));
        localities.add(new LocalityRow(WEST, "West"));

        organisations.add(new OrganisationRow(COUNCIL, Organisation.Kind.COUNCIL));
        organisations.add(new OrganisationRow(HEALTH_TRUST, Organisation.Kind.NHS_TRUST));
        organisations.add(new OrganisationRow(CAMHS_TRUST, Organisation.Kind.NHS_TRUST));
        organisations.add(new OrganisationRow(CHARITY, Organisation.Kind.VOLUNTARY));
        organisations.add(new OrganisationRow(COMMUNITY_GROUP, Organisation.Kind.VOLUNTARY));

        centresByLocality.put(NORTH, List.of("Ashgrove Children's Centre", "Kingsmead Children's Centre",
                "Millbrook Children's Centre"));
        centresByLocality.put(SOUTH, List.of("Riverside Children's Centre", "Southfields Children's Centre"));
        centresByLocality.put(EAST, List.of("Eastgate Children's Centre", "Harton Lane Children's Centre",
                "Orchard Park Children's Centre"));
        centresByLocality.put(WEST, List.of("Westbury Children's Centre", "Hollybank Children's Centre"));

        settings.add(new SettingRow(HUB, Setting.Kind.FAMILY_HUB, COUNCIL, null));
        settings.add(new SettingRow(PARENTING_TEAM, Setting.Kind.OTHER, COUNCIL, null));
        centresByLocality.forEach((locality, centres) -> centres.forEach(centre ->
                settings.add(new SettingRow(centre, Setting.Kind.CHILDRENS_CENTRE, COUNCIL, locality))));
        settings.add(new SettingRow(SAFEGUARDING_NORTH_EAST, Setting.Kind.OTHER, COUNCIL, null));
        settings.add(new SettingRow(SAFEGUARDING_SOUTH_WEST, Setting.Kind.OTHER, COUNCIL, null));
        for (LocalityRow locality : localities) {
            String team = locality.name() + " Health Visiting Team";
            healthVisitingTeams.put(locality.code(), team);
            settings.add(new SettingRow(team, Setting.Kind.HEALTH_VISITING_TEAM, HEALTH_TRUST, locality.code()));
        }
        settings.add(new SettingRow(MIDWIFERY, Setting.Kind.OTHER, HEALTH_TRUST, null));
        settings.add(new SettingRow(SCHOOL_NURSING, Setting.Kind.OTHER, HEALTH_TRUST, null));
        settings.add(new SettingRow(CAMHS_TEAM, Setting.Kind.CAMHS_TEAM, CAMHS_TRUST, null));
        settings.add(new SettingRow(BRIGHTWATER_PROJECT, Setting.Kind.VOLUNTARY_PROJECT, CHARITY, SOUTH));
        settings.add(new SettingRow(ROOTS_PROJECT, Setting.Kind.VOLUNTARY_PROJECT, COMMUNITY_GROUP, EAST));
    }

    // ---------------------------------------------------------------- people

    private void hireWorkforce() {
        // Council leadership, named where the README and the log refer to them.
        Person headOfEarlyHelp = hire(COUNCIL, StaffRole.MANAGER, "Head of Early Help", 7, false, null,
                ALL_LOCALITIES, List.of(HUB), leaderStart());
        workforceManager = hire(names.reserve("Nadia", "Rahman"), COUNCIL, StaffRole.MANAGER,
                "Workforce Development Manager", 7, false, headOfEarlyHelp, ALL_LOCALITIES, List.of(HUB),
                today.minusYears(8).minusDays(47));
        workforceManager.username = "manager";
        Person parentingLead = hire(COUNCIL, StaffRole.MANAGER, "Parenting Support Lead", 7, false, headOfEarlyHelp,
                ALL_LOCALITIES, List.of(PARENTING_TEAM), leaderStart());

        Map<String, Person> coordinators = new LinkedHashMap<>();
        for (String locality : ALL_LOCALITIES) {
            String title = "Locality Parenting Coordinator (" + localityName(locality) + ")";
            List<String> where = List.of(PARENTING_TEAM, centresByLocality.get(locality).get(0));
            Person coordinator = locality.equals(NORTH)
                    ? hire(names.reserve("Claire", "Donovan"), COUNCIL, StaffRole.PARENTING_PRACTITIONER, title, 6,
                            false, parentingLead, List.of(NORTH), where, today.minusYears(11).minusDays(130))
                    : hire(COUNCIL, StaffRole.PARENTING_PRACTITIONER, title, 6, false, parentingLead,
                            List.of(locality), where, leaderStart());
            coordinators.put(locality, coordinator);
        }
        northCoordinator = coordinators.get(NORTH);
        northCoordinator.username = "coordinator";
        southCoordinator = coordinators.get(SOUTH);
        southCoordinator.username = "coordinator-south";

        Map<String, Person> centreManagers = new LinkedHashMap<>();
        centresByLocality.forEach((locality, centres) -> centres.forEach(centre ->
                centreManagers.put(centre, hire(COUNCIL, StaffRole.MANAGER, "Children's Centre Manager",
                        chance(0.7) ? 6 : 5, false, headOfEarlyHelp, List.of(locality), List.of(centre),
                        leaderStart()))));
        Person safeguardingNorthEast = hire(COUNCIL, StaffRole.SOCIAL_WORKER, "Team Manager, Family Safeguarding", 7,
                true, headOfEarlyHelp, List.of(NORTH, EAST), List.of(SAFEGUARDING_NORTH_EAST), leaderStart());
        Person safeguardingSouthWest = hire(COUNCIL, StaffRole.SOCIAL_WORKER, "Team Manager, Family Safeguarding", 7,
                true, headOfEarlyHelp, List.of(SOUTH, WEST), List.of(SAFEGUARDING_SOUTH_WEST), leaderStart());

        // NHS and voluntary leadership.
        Person headOfHealthVisiting = hire(HEALTH_TRUST, StaffRole.HEALTH_VISITOR,
                "Head of Health Visiting and School Nursing", 7, true, null, ALL_LOCALITIES,
                List.copyOf(healthVisitingTeams.values()), leaderStart());
        Map<String, Person> healthVisitingLeads = new LinkedHashMap<>();
        for (String locality : ALL_LOCALITIES) {
            healthVisitingLeads.put(locality, hire(HEALTH_TRUST, StaffRole.HEALTH_VISITOR,
                    "Health Visiting Team Leader", 7, true, headOfHealthVisiting, List.of(locality),
                    List.of(healthVisitingTeams.get(locality)), leaderStart()));
        }
        Person leadMidwife = hire(HEALTH_TRUST, StaffRole.MIDWIFE, "Community Midwifery Lead", 7, true, null,
                ALL_LOCALITIES, List.of(MIDWIFERY), leaderStart());
        Person camhsManager = hire(CAMHS_TRUST, StaffRole.CAMHS_CLINICIAN, "CAMHS Team Manager", 7, true, null,
                ALL_LOCALITIES, List.of(CAMHS_TEAM), leaderStart());
        Person brightwaterManager = hire(CHARITY, StaffRole.MANAGER, "Project Manager", 5, false, null,
                List.of(SOUTH, WEST), List.of(BRIGHTWATER_PROJECT), leaderStart());
        Person rootsCoordinator = hire(names.next(true, true), COMMUNITY_GROUP, StaffRole.MANAGER,
                "Community Programme Coordinator", 4, false, null, List.of(EAST, WEST), List.of(ROOTS_PROJECT),
                leaderStart());

        // Council practitioners.
        for (int i = 0; i < 14; i++) {
            String locality = ALL_LOCALITIES.get(i % 4);
            hire(COUNCIL, StaffRole.PARENTING_PRACTITIONER, "Parenting Practitioner", weighted(4, 3, 5, 3, 6, 4), false,
                    coordinators.get(locality), localitiesFrom(locality), List.of(PARENTING_TEAM, centreIn(locality)),
                    workerStart());
        }
        List<String> centres = centresByLocality.values().stream().flatMap(List::stream).toList();
        String northCentre = centresByLocality.get(NORTH).get(0);
        staffUser = hire(names.reserve("Jade", "Bennett"), COUNCIL, StaffRole.FAMILY_SUPPORT_WORKER,
                "Family Support Worker", 3, false, centreManagers.get(northCentre), List.of(NORTH),
                List.of(northCentre), today.minusYears(4).minusDays(200));
        staffUser.username = "staff";
        for (int i = 1; i < 48; i++) {
            String centre = centres.get(i % centres.size());
            hireAtCentre(StaffRole.FAMILY_SUPPORT_WORKER, "Family Support Worker", chance(0.55) ? 3 : 4, centre,
                    centreManagers.get(centre));
        }
        for (int i = 0; i < 46; i++) {
            String centre = centres.get((i + 3) % centres.size());
            hireAtCentre(StaffRole.CHILDRENS_CENTRE_WORKER, "Children's Centre Worker", chance(0.85) ? 3 : 2, centre,
                    centreManagers.get(centre));
        }
        for (int i = 0; i < 16; i++) {
            String centre = centres.get((i + 7) % centres.size());
            hireAtCentre(StaffRole.EARLY_YEARS_PRACTITIONER, "Early Years Practitioner", 3, centre,
                    centreManagers.get(centre));
        }
        for (int i = 0; i < 22; i++) {
            Person teamManager = i % 2 == 0 ? safeguardingNorthEast : safeguardingSouthWest;
            String team = i % 2 == 0 ? SAFEGUARDING_NORTH_EAST : SAFEGUARDING_SOUTH_WEST;
            List<String> pair = teamManager.localities;
            List<String> where = chance(0.3) ? pair : List.of(pair.get(random.nextInt(2)));
            hire(COUNCIL, StaffRole.SOCIAL_WORKER, "Social Worker", 6, true, teamManager, where, List.of(team),
                    workerStart());
        }

        // Community health.
        for (int i = 0; i < 40; i++) {
            String locality = ALL_LOCALITIES.get(i % 4);
            List<String> where = new ArrayList<>(List.of(healthVisitingTeams.get(locality)));
            if (chance(0.2)) {
                where.add(centreIn(locality));
            }
            hire(HEALTH_TRUST, StaffRole.HEALTH_VISITOR, "Health Visitor", 6, true, healthVisitingLeads.get(locality),
                    localitiesFrom(locality), where, workerStart());
        }
        for (int i = 0; i < 10; i++) {
            String locality = ALL_LOCALITIES.get((i + 1) % 4);
            hire(HEALTH_TRUST, StaffRole.EARLY_YEARS_PRACTITIONER, "Community Nursery Nurse", chance(0.7) ? 3 : 4,
                    false, healthVisitingLeads.get(locality), List.of(locality),
                    List.of(healthVisitingTeams.get(locality)), workerStart());
        }
        for (int i = 0; i < 16; i++) {
            hire(HEALTH_TRUST, StaffRole.MIDWIFE, "Community Midwife", 6, true, leadMidwife,
                    localitiesFrom(ALL_LOCALITIES.get(i % 4)), List.of(MIDWIFERY), workerStart());
        }
        for (int i = 0; i < 4; i++) {
            hire(HEALTH_TRUST, StaffRole.SCHOOL_NURSE, "School Nurse", 6, true, headOfHealthVisiting,
                    localitiesFrom(ALL_LOCALITIES.get(i)), List.of(SCHOOL_NURSING), workerStart());
        }

        // CAMHS.
        List<String> camhsTitles = List.of("Clinical Psychologist", "Family Therapist", "CAMHS Nurse Specialist",
                "Child and Adolescent Psychotherapist", "Parent-Infant Psychotherapist", "CAMHS Practitioner");
        for (int i = 0; i < 13; i++) {
            hire(CAMHS_TRUST, StaffRole.CAMHS_CLINICIAN, camhsTitles.get(i % camhsTitles.size()), 7, true,
                    camhsManager, localitiesFrom(ALL_LOCALITIES.get(i % 4)), List.of(CAMHS_TEAM), workerStart());
        }

        // Voluntary sector: a home-visiting charity in the south, and a BME community group in the east and west.
        for (int i = 0; i < 8; i++) {
            hire(CHARITY, StaffRole.FAMILY_SUPPORT_WORKER, "Family Support Worker", 3, false, brightwaterManager,
                    chance(0.3) ? List.of(SOUTH, i % 2 == 0 ? WEST : EAST) : List.of(SOUTH),
                    List.of(BRIGHTWATER_PROJECT), workerStart());
        }
        for (int i = 0; i < 16; i++) {
            hire(CHARITY, StaffRole.VOLUNTEER, "Volunteer Home Visitor", 2, false, brightwaterManager,
                    chance(0.25) ? List.of(SOUTH, WEST) : List.of(SOUTH), List.of(BRIGHTWATER_PROJECT),
                    volunteerStart());
        }
        List<String> rootsLocalities = List.of(EAST, WEST, EAST, NORTH, WEST);
        for (int i = 0; i < 5; i++) {
            hire(names.next(chance(0.85), true), COMMUNITY_GROUP, StaffRole.PARENTING_PRACTITIONER,
                    "Community Parenting Worker", 3, false, rootsCoordinator, List.of(rootsLocalities.get(i)),
                    List.of(ROOTS_PROJECT), workerStart());
        }
        for (int i = 0; i < 14; i++) {
            String locality = rootsLocalities.get(i % rootsLocalities.size());
            hire(names.next(chance(0.85), true), COMMUNITY_GROUP, StaffRole.VOLUNTEER, "Community Volunteer", 2, false,
                    rootsCoordinator, List.of(locality), List.of(ROOTS_PROJECT), volunteerStart());
        }
    }

    private Person hireAtCentre(StaffRole role, String title, int level, String centre, Person manager) {
        String locality = localityOfCentre(centre);
        List<String> where = new ArrayList<>(List.of(centre));
        if (chance(0.15)) {
            String other = centreIn(locality);
            if (!other.equals(centre)) {
                where.add(other);
            }
        }
        return hire(COUNCIL, role, title, level, false, manager, localitiesFrom(locality), where, workerStart());
    }

    private Person hire(String organisation, StaffRole role, String title, int level, boolean registered,
                        Person manager, List<String> localityCodes, List<String> settingNames, LocalDate start) {
        return hire(names.next(chance(womenShare(role)), false), organisation, role, title, level, registered, manager,
                localityCodes, settingNames, start);
    }

    private Person hire(String[] name, String organisation, StaffRole role, String title, int level,
                        boolean registered, Person manager, List<String> localityCodes, List<String> settingNames,
                        LocalDate start) {
        Person person = new Person(employeeRef(organisation), name[0], name[1], title, role, level, registered,
                organisation, manager, start, List.copyOf(localityCodes), List.copyOf(settingNames));
        people.add(person);
        return person;
    }

    private String employeeRef(String organisation) {
        String prefix = switch (organisation) {
            case COUNCIL -> "WBC";
            case HEALTH_TRUST -> "WCH";
            case CAMHS_TRUST -> "WVM";
            case CHARITY -> "BFS";
            default -> "WCR";
        };
        int number = refCounters.getOrDefault(prefix, 10_000 + random.nextInt(30_000));
        refCounters.put(prefix, number + 1 + random.nextInt(37));
        return prefix + number;
    }

    private static String emailDomain(String organisation) {
        return switch (organisation) {
            case COUNCIL -> "wyvernside.gov.uk";
            case HEALTH_TRUST -> "wyvernsidehealth.nhs.uk";
            case CAMHS_TRUST -> "wyvernvale.nhs.uk";
            case CHARITY -> "brightwaterfamilysupport.org.uk";
            default -> "wyvernsidecommunityroots.org.uk";
        };
    }

    private static double womenShare(StaffRole role) {
        return switch (role) {
            case HEALTH_VISITOR, EARLY_YEARS_PRACTITIONER, MIDWIFE -> 0.96;
            case CHILDRENS_CENTRE_WORKER, SCHOOL_NURSE -> 0.93;
            case VOLUNTEER -> 0.9;
            case CAMHS_CLINICIAN -> 0.75;
            default -> 0.82;
        };
    }

    /** The home locality, and sometimes a neighbouring one too. */
    private List<String> localitiesFrom(String home) {
        if (!chance(0.25)) {
            return List.of(home);
        }
        List<String> neighbours = switch (home) {
            case NORTH -> List.of(EAST, WEST);
            case EAST -> List.of(NORTH, SOUTH);
            case SOUTH -> List.of(EAST, WEST);
            default -> List.of(SOUTH, NORTH);
        };
        return List.of(home, neighbours.get(random.nextInt(2)));
    }

    private String centreIn(String locality) {
        List<String> centres = centresByLocality.get(locality);
        return centres.get(random.nextInt(centres.size()));
    }

    private String localityOfCentre(String centre) {
        return centresByLocality.entrySet().stream().filter(entry -> entry.getValue().contains(centre))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private String localityName(String code) {
        return localities.stream().filter(row -> row.code().equals(code)).map(LocalityRow::name).findFirst()
                .orElseThrow();
    }

    private LocalDate leaderStart() {
        return today.minusDays(between(3 * 365, 20 * 365));
    }

    private LocalDate workerStart() {
        return chance(0.12) ? today.minusDays(between(30, 240)) : today.minusDays(between(300, 18 * 365));
    }

    private LocalDate volunteerStart() {
        return chance(0.25) ? today.minusDays(between(30, 240)) : today.minusDays(between(300, 8 * 365));
    }

    /** A few people have left, and a few more have a leaving date ahead (their cover will drop). */
    private void chooseLeavers() {
        List<Person> managers = people.stream().map(person -> person.manager).filter(m -> m != null).toList();
        List<Person> candidates = new ArrayList<>(people.stream()
                .filter(person -> !person.special() && !managers.contains(person) && person.role != StaffRole.MANAGER)
                .toList());
        Collections.shuffle(candidates, random);
        int left = 0;
        int leaving = 0;
        for (Person person : candidates) {
            if (left < 6) {
                LocalDate leave = today.minusDays(between(14, 270));
                if (leave.isAfter(person.start.plusDays(60))) {
                    person.leave = leave;
                    left++;
                }
            } else if (leaving < 5) {
                person.leave = today.plusDays(between(10, 85));
                leaving++;
            } else {
                break;
            }
        }
    }

    // ---------------------------------------------------------------- accreditations

    /** The people the demo users sign in as get a fixed, documented story. */
    private void specialPeoplesRecords() {
        // Jade Bennett (staff): Triple P and Solihull, and a Group Teen accreditation waiting for a manager.
        Person jade = staffUser;
        add(jade, INDUCTION, TRAINED, jade.start.plusDays(24), null, true);
        add(jade, SOLIHULL, ACCREDITED, today.minusYears(3).minusDays(41), null, true);
        add(jade, TRIPLE_P, TRAINED, today.minusYears(2).minusDays(160), null, true);
        accredit(jade, TRIPLE_P, today.minusYears(2).minusDays(95), null);
        add(jade, WORK_WITH_PARENTS, ACCREDITED, today.minusYears(1).minusDays(220), null, true);
        add(jade, GROUP_TEEN, TRAINED, today.minusDays(96), null, true);
        add(jade, GROUP_TEEN, ACCREDITED, today.minusDays(23), null, false);

        // Claire Donovan (coordinator): North's only certified Incredible Years leader.
        Person claire = northCoordinator;
        add(claire, INTEGRATED_WORKING, TRAINED, today.minusYears(9).minusDays(12), null, true);
        add(claire, INCREDIBLE_YEARS, TRAINED, today.minusYears(7).minusDays(300), null, true);
        accredit(claire, INCREDIBLE_YEARS, today.minusYears(7).minusDays(90), null);
        add(claire, TRIPLE_P, TRAINED, today.minusYears(6).minusDays(30), null, true);
        accredit(claire, TRIPLE_P, today.minusYears(5).minusDays(310), null);
        add(claire, GROUP_TEEN, TRAINED, today.minusYears(4).minusDays(75), null, true);
        accredit(claire, GROUP_TEEN, today.minusYears(3).minusDays(330), null);
        add(claire, WORK_WITH_PARENTS, ACCREDITED, today.minusYears(8).minusDays(60), null, true);

        // Nadia Rahman (manager): a workforce lead with her own, older practice qualifications.
        Person nadia = workforceManager;
        add(nadia, INTEGRATED_WORKING, TRAINED, today.minusYears(7).minusDays(200), null, true);
        add(nadia, WORK_WITH_PARENTS, ACCREDITED, today.minusYears(10).minusDays(15), null, true);
        accredit(nadia, SOLIHULL, today.minusYears(6).minusDays(140), null);
    }

    private void trainingOf(Person person) {
        List<Affinity> affinities = person.organisation.equals(COMMUNITY_GROUP)
                ? communityAffinities(person.role)
                : person.organisation.equals(CHARITY) && person.role == StaffRole.VOLUNTEER
                        ? List.of(new Affinity(INDUCTION, 0.5), new Affinity(WORK_WITH_PARENTS, 0.2))
                        : AFFINITIES.getOrDefault(person.role, List.of());
        for (Affinity affinity : affinities) {
            if (chance(affinity.probability())) {
                journey(person, PROGRAMMES.get(affinity.programmeId()));
            }
        }
    }

    private static List<Affinity> communityAffinities(StaffRole role) {
        return role == StaffRole.VOLUNTEER
                ? List.of(new Affinity(SFSC, 0.45), new Affinity(SPEAK_EASY, 0.1), new Affinity(INDUCTION, 0.3))
                : List.of(new Affinity(SFSC, 1.0), new Affinity(TRIPLE_P, 0.35), new Affinity(WORK_WITH_PARENTS, 0.5));
    }

    /** One person's way along a programme's training path, as far as they have got. */
    private void journey(Person person, ProgrammeSpec programme) {
        LocalDate latest = person.lastDay().minusDays(10);
        LocalDate earliest = person.start.minusYears(chance(0.3) ? 3 : 0);
        if (earliest.isBefore(today.minusYears(12))) {
            earliest = today.minusYears(12);
        }
        if (!earliest.isBefore(latest)) {
            earliest = latest.minusDays(60);
        }
        LocalDate trainedOn = dateBetween(earliest, latest);
        switch (programme.path()) {
            case ATTENDANCE -> add(person, programme.id(), TRAINED, trainedOn, null, true);
            case ACCREDITED_ON_TRAINING -> accreditWithHistory(person, programme.id(), trainedOn);
            case TRAINING_THEN_ACCREDITATION -> {
                add(person, programme.id(), TRAINED, trainedOn, null, true);
                LocalDate accreditedOn = trainedOn.plusDays(between(50, 240));
                if (chance(0.78) && !accreditedOn.isAfter(latest)) {
                    accreditWithHistory(person, programme.id(), accreditedOn);
                }
            }
        }
    }

    /** An accreditation that may since have lapsed, run out soon or later, or have no end. */
    private void accreditWithHistory(Person person, String programmeId, LocalDate awardedOn) {
        if (awardedOn.isBefore(today.minusYears(2)) && chance(0.08)) {
            LocalDate lapsedOn = dateBetween(awardedOn.plusYears(1), today.minusDays(14));
            add(person, programmeId, ACCREDITED, awardedOn, lapsedOn.minusDays(1), true);
            add(person, programmeId, LAPSED, lapsedOn, null, true);
            return;
        }
        double roll = random.nextDouble();
        LocalDate expiresOn = roll < 0.06 ? today.plusDays(between(3, 88))
                : roll < 0.14 ? today.plusDays(between(91, 900))
                : null;
        accredit(person, programmeId, awardedOn, expiresOn);
    }

    /** A current accreditation, unless the locality's built-in cover gap is already full. */
    private void accredit(Person person, String programmeId, LocalDate awardedOn, LocalDate expiresOn) {
        List<Scarcity> applying = SCARCITIES.stream()
                .filter(gap -> gap.programmeId().equals(programmeId)
                        && person.localities.contains(gap.localityCode())
                        && person.level >= gap.minimumLevel())
                .toList();
        if (applying.stream().anyMatch(gap -> scarcityUsed.getOrDefault(gap, 0) >= gap.cap())) {
            return;
        }
        applying.forEach(gap -> scarcityUsed.merge(gap, 1, Integer::sum));
        add(person, programmeId, ACCREDITED, awardedOn, expiresOn, true);
    }

    private void add(Person person, String programmeId, AccreditationStage stage, LocalDate on, LocalDate expiresOn,
                     boolean verified) {
        ProgrammeSpec programme = PROGRAMMES.get(programmeId);
        String certificate = stage == ACCREDITED && programme.certificatePrefix() != null
                ? programme.certificatePrefix() + "-" + on.getYear() + "-" + between(10_000, 99_999)
                : null;
        Origin origin;
        String loggedBy;
        LocalDate verifiedOn;
        if (!verified) {
            origin = Origin.SELF;
            loggedBy = person.handle();
            verifiedOn = null;
        } else if (on.isBefore(importDay())) {
            origin = Origin.IMPORT;
            loggedBy = "import";
            verifiedOn = importDay();
        } else {
            origin = stage == TRAINED || stage == ENROLLED ? Origin.COHORT : Origin.MANAGER;
            loggedBy = "manager";
            verifiedOn = earliestOf(on.plusDays(between(1, 21)), today);
        }
        accreditations.add(new AccreditationRow(person.ref, programmeId, stage, on, expiresOn,
                programme.awardingBody(), certificate, origin, loggedBy, verifiedOn, verified ? "manager" : null));
        accreditationHolders.add(person);
    }

    /** The day the partnership's earlier spreadsheet was imported: older records arrived verified then. */
    private LocalDate importDay() {
        return today.minusYears(2).minusDays(30);
    }

    /** The next training cohorts already have names on them, North's Incredible Years especially. */
    private void enrolOnNextCourses() {
        List<StaffRole> roles = List.of(StaffRole.FAMILY_SUPPORT_WORKER, StaffRole.PARENTING_PRACTITIONER,
                StaffRole.CHILDRENS_CENTRE_WORKER, StaffRole.HEALTH_VISITOR);
        List<Person> north = new ArrayList<>();
        List<Person> anywhere = new ArrayList<>();
        for (Person person : people) {
            if (person.special() || !person.activeOn(today) || !roles.contains(person.role)
                    || !person.organisation.equals(COUNCIL) && !person.organisation.equals(HEALTH_TRUST)) {
                continue;
            }
            if (person.localities.contains(NORTH) && !holds(person, INCREDIBLE_YEARS)) {
                north.add(person);
            } else if (!holds(person, TRIPLE_P)) {
                anywhere.add(person);
            }
        }
        Collections.shuffle(north, random);
        Collections.shuffle(anywhere, random);
        north.stream().limit(6).forEach(person ->
                add(person, INCREDIBLE_YEARS, ENROLLED, today.minusDays(between(7, 45)), null, true));
        anywhere.stream().limit(4).forEach(person ->
                add(person, TRIPLE_P, ENROLLED, today.minusDays(between(7, 45)), null, true));
    }

    private boolean holds(Person person, String programmeId) {
        for (int i = 0; i < accreditations.size(); i++) {
            if (accreditationHolders.get(i) == person && accreditations.get(i).programmeId().equals(programmeId)) {
                return true;
            }
        }
        return false;
    }

    /**
     * About ten recent records were logged by practitioners themselves and wait for a manager:
     * programme training and accreditations, which is what the queue exists for.
     */
    private void markAwaitingVerification() {
        for (int window : new int[] {150, 365, 730}) {
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < accreditations.size(); i++) {
                AccreditationRow row = accreditations.get(i);
                Person person = accreditationHolders.get(i);
                if (row.verified() && !person.special() && person.activeOn(today)
                        && (row.stage() == ACCREDITED || row.stage() == TRAINED)
                        && !WORKFORCE_COURSES.contains(row.programmeId())
                        && !row.awardedOn().isBefore(today.minusDays(window))) {
                    candidates.add(i);
                }
            }
            if (candidates.size() >= PENDING_FROM_OTHERS || window == 730) {
                Collections.shuffle(candidates, random);
                for (int i : candidates.subList(0, Math.min(PENDING_FROM_OTHERS, candidates.size()))) {
                    AccreditationRow row = accreditations.get(i);
                    accreditations.set(i, new AccreditationRow(row.employeeRef(), row.programmeId(), row.stage(),
                            row.awardedOn(), row.expiresOn(), row.awardingBody(), row.certificateRef(), Origin.SELF,
                            accreditationHolders.get(i).handle(), null, null));
                }
                return;
            }
        }
    }

    // ---------------------------------------------------------------- supervision and checks

    /** Sessions every 4–12 weeks over the last 18 months; about one person in ten is overdue. */
    private void supervisionOf(Person person) {
        boolean volunteer = person.role == StaffRole.VOLUNTEER;
        int interval = volunteer ? between(42, 84) : between(28, 84);
        boolean overdue = !person.special() && chance(0.1);
        List<LocalDate> dates = sessionDates(person, interval, overdue, today.minusMonths(18));
        for (LocalDate date : dates) {
            SupervisionKind kind = volunteer ? SupervisionKind.GROUP
                    : chance(0.12) ? SupervisionKind.PEER_CONSULTATION : SupervisionKind.INDIVIDUAL;
            int minutes = kind == SupervisionKind.GROUP ? 90 + 30 * random.nextInt(2) : 45 + 15 * random.nextInt(4);
            String note = kind == SupervisionKind.GROUP ? "Volunteers' group supervision"
                    : kind == SupervisionKind.PEER_CONSULTATION ? "Peer case consultation"
                    : chance(0.5) ? "Caseload review and reflective supervision" : null;
            if (person.manager != null) {
                supervision.add(new SupervisionRow(person.ref, person.manager.ref, null, date, kind, minutes, null,
                        note));
            } else {
                supervision.add(new SupervisionRow(person.ref, null, externalSupervisor(person.organisation), date,
                        kind, minutes, null, note));
            }
        }
        // Programme supervision for Mellow and Incredible Years practitioners, from the programmes' own consultants.
        for (String programmeId : List.of(INCREDIBLE_YEARS, MELLOW_PARENTING, MELLOW_BABIES, MELLOW_BUMPS)) {
            LocalDate accredited = accreditedOn(person, programmeId);
            if (accredited == null) {
                continue;
            }
            String consultant = programmeId.equals(INCREDIBLE_YEARS) ? "Incredible Years mentor (external)"
                    : "Mellow Parenting consultant (external)";
            LocalDate from = accredited.isAfter(today.minusMonths(12)) ? accredited : today.minusMonths(12);
            for (LocalDate date : sessionDates(person, between(42, 70), !person.special() && chance(0.15), from)) {
                supervision.add(new SupervisionRow(person.ref, null, consultant, date,
                        chance(0.5) ? SupervisionKind.VIDEO_REVIEW : SupervisionKind.GROUP, 90, programmeId,
                        "Delivery review against the programme's fidelity checklist"));
            }
        }
    }

    /**
     * Supervision booked ahead, as real boroughs do: most people in post whose general supervision is not overdue
     * have their next session booked before it falls due under the borough's 90-day policy; about one in five has
     * not booked yet, so pages show both.
     */
    private void bookSupervisionAhead() {
        Map<String, LocalDate> lastSession = new HashMap<>();
        for (SupervisionRow row : supervision) {
            if (row.programmeId() == null) {
                lastSession.merge(row.superviseeRef(), row.sessionDate(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        for (Person person : people) {
            LocalDate last = lastSession.get(person.ref);
            if (last == null || person.leave != null || bookingRandom.nextDouble() < 0.2) {
                continue;
            }
            LocalDate due = last.plusDays(DemoDataLoader.DEMO_SUPERVISION_INTERVAL_DAYS);
            LocalDate on = due.minusDays(bookingRandom.nextInt(21));
            if (due.isBefore(today.plusDays(1))) {
                continue; // overdue: the demo's few who are behind have booked nothing
            }
            bookings.add(new BookingRow(person.ref, person.manager == null ? null : person.manager.ref,
                    on.isAfter(today) ? on : today.plusDays(1),
                    person.role == StaffRole.VOLUNTEER ? SupervisionKind.GROUP : SupervisionKind.INDIVIDUAL));
        }
    }

    private List<LocalDate> sessionDates(Person person, int interval, boolean overdue, LocalDate historyStart) {
        LocalDate from = person.start.isAfter(historyStart) ? person.start.plusDays(14) : historyStart;
        LocalDate end = person.lastDay();
        LocalDate date = overdue ? end.minusDays(interval + between(21, 120)) : end.minusDays(between(0, interval - 1));
        List<LocalDate> dates = new ArrayList<>();
        while (!date.isBefore(from)) {
            dates.add(0, date);
            date = date.minusDays(interval + between(-7, 7));
        }
        return dates;
    }

    private LocalDate accreditedOn(Person person, String programmeId) {
        for (int i = 0; i < accreditations.size(); i++) {
            AccreditationRow row = accreditations.get(i);
            if (accreditationHolders.get(i) == person && row.programmeId().equals(programmeId)
                    && row.currentAccreditationOn(today)) {
                return row.awardedOn();
            }
        }
        return null;
    }

    private static String externalSupervisor(String organisation) {
        return switch (organisation) {
            case COUNCIL -> "Director of Children's Services";
            case HEALTH_TRUST -> "Director of Nursing";
            case CAMHS_TRUST -> "Clinical Director, CAMHS";
            default -> "Chair of Trustees";
        };
    }

    /**
     * A third of the staff are on the DBS Update Service. Of the long-serving staff in post, exact
     * shares (not chances, so every seed shows them) have a DBS re-check or safeguarding refresher
     * due within 90 days, or overdue.
     */
    private void assignCheckStandings() {
        for (Person person : people) {
            person.dbsUpdateService = person == workforceManager || person == staffUser
                    || person != northCoordinator && chance(0.35);
        }
        List<Person> longServing = people.stream()
                .filter(person -> !person.special() && person.activeOn(today)
                        && person.start.isBefore(today.minusMonths(40)))
                .toList();
        List<Person> dbs = new ArrayList<>(longServing.stream().filter(person -> !person.dbsUpdateService).toList());
        Collections.shuffle(dbs, random);
        for (int i = 0; i < dbs.size(); i++) {
            dbs.get(i).dbsStanding = standing(i, dbs.size(), 4, 7);
        }
        List<Person> trained = new ArrayList<>(longServing);
        Collections.shuffle(trained, random);
        for (int i = 0; i < trained.size(); i++) {
            trained.get(i).safeguardingStanding = standing(i, trained.size(), 5, 7);
        }
    }

    private static Standing standing(int index, int size, int overduePercent, int dueSoonPercent) {
        return index < size * overduePercent / 100 ? Standing.OVERDUE
                : index < size * (overduePercent + dueSoonPercent) / 100 ? Standing.DUE_SOON
                : Standing.CURRENT;
    }

    /** An enhanced DBS check on joining, then (off the Update Service) a re-check every three years. */
    private void dbsChecksOf(Person person) {
        LocalDate onJoining = person.start.minusDays(between(14, 60));
        if (person.dbsUpdateService) {
            dbsChecks.add(new DbsRow(person.ref, onJoining, certificateNumber(), true));
            return;
        }
        LocalDate lapsesIfIssuedOn = today.minusMonths(36); // issued then, it was current until yesterday
        LocalDate latest = switch (person.dbsStanding) {
            case DUE_SOON -> lapsesIfIssuedOn.plusDays(between(1, 88));
            case OVERDUE -> lapsesIfIssuedOn.minusDays(between(3, 150));
            case CURRENT -> earliestOf(lapsesIfIssuedOn.plusDays(between(100, 1060)), today.minusDays(5));
        };
        latest = earliestOf(latest, person.lastDay());
        if (!latest.isAfter(onJoining)) {
            dbsChecks.add(new DbsRow(person.ref, onJoining, certificateNumber(), false));
            return;
        }
        LocalDate previous = latest.minusMonths(36).minusDays(between(0, 20));
        dbsChecks.add(new DbsRow(person.ref, previous.isAfter(onJoining) ? previous : onJoining, certificateNumber(),
                false));
        dbsChecks.add(new DbsRow(person.ref, latest, certificateNumber(), false));
    }

    private String certificateNumber() {
        return String.format("%012d", 1_000_000_000L + random.nextLong(9_000_000_000L));
    }

    /** Level 3 for most practitioners, 4 for some leads, 1–2 for volunteers; refreshed every three years. */
    private void safeguardingOf(Person person) {
        int level = switch (person.role) {
            case VOLUNTEER -> chance(0.2) ? 1 : 2;
            case CHILDRENS_CENTRE_WORKER, EARLY_YEARS_PRACTITIONER -> chance(0.1) ? 2 : 3;
            default -> person.title.contains("Manager") || person.title.contains("Lead")
                    || person.title.startsWith("Head") ? (chance(0.5) ? 4 : 3) : 3;
        };
        LocalDate lapsesIfCompletedOn = today.minusMonths(36);
        LocalDate completed = switch (person.safeguardingStanding) {
            case DUE_SOON -> lapsesIfCompletedOn.plusDays(between(1, 88));
            case OVERDUE -> lapsesIfCompletedOn.minusDays(between(3, 300));
            case CURRENT -> earliestOf(lapsesIfCompletedOn.plusDays(between(100, 1060)), today.minusDays(3));
        };
        if (completed.isBefore(person.start.minusYears(1))) {
            completed = person.start.plusDays(between(7, 60)); // a recent starter trained on joining
        }
        completed = earliestOf(completed, person.lastDay());
        LocalDate previous = completed.minusMonths(36).minusDays(between(0, 30));
        if (previous.isAfter(person.start) && chance(0.6)) {
            safeguarding.add(new SafeguardingRow(person.ref, previous, level));
        }
        safeguarding.add(new SafeguardingRow(person.ref, completed, level));
    }

    // ---------------------------------------------------------------- users

    private List<UserRow> users() {
        return List.of(
                new UserRow("admin", DemoBorough.ADMIN_PASSWORD, Role.ADMIN, null,
                        "administrator: users and the training catalogue"),
                new UserRow("manager", DemoBorough.MANAGER_PASSWORD, Role.WORKFORCE_MANAGER, workforceManager.ref,
                        workforceManager.describe() + ", Wyvernside Borough Council"),
                new UserRow("coordinator", DemoBorough.COORDINATOR_PASSWORD, Role.COORDINATOR, northCoordinator.ref,
                        northCoordinator.describe() + ", North only"),
                new UserRow("coordinator-south", DemoBorough.COORDINATOR_PASSWORD, Role.COORDINATOR, southCoordinator.ref,
                        southCoordinator.describe() + ", South only"),
                new UserRow("staff", DemoBorough.STAFF_PASSWORD, Role.STAFF, staffUser.ref,
                        staffUser.describe() + " at " + staffUser.settingNames.get(0)
                                + ", North; one record awaiting verification"));
    }

    // ---------------------------------------------------------------- helpers

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code from} to {@code to}, both included. */
    private int between(int from, int to) {
        return random.nextInt(from, to + 1);
    }

    /** {@code a} with weight {@code wa}, {@code b} with {@code wb}, {@code c} with {@code wc}. */
    private int weighted(int a, int wa, int b, int wb, int c, int wc) {
        int roll = random.nextInt(wa + wb + wc);
        return roll < wa ? a : roll < wa + wb ? b : c;
    }

    private LocalDate dateBetween(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    private static LocalDate earliestOf(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Map<String, ProgrammeSpec> index(List<ProgrammeSpec> specs) {
        Map<String, ProgrammeSpec> byId = new LinkedHashMap<>();
        specs.forEach(spec -> byId.put(spec.id(), spec));
        return Collections.unmodifiableMap(byId);
    }

    /** Who tends to train in what, by role (the order is the order the dice are rolled in). */
    private static Map<StaffRole, List<Affinity>> affinities() {
        Map<StaffRole, List<Affinity>> byRole = new EnumMap<>(StaffRole.class);
        byRole.put(StaffRole.HEALTH_VISITOR, List.of(new Affinity(SOLIHULL, 0.75), new Affinity(MELLOW_BABIES, 0.12),
                new Affinity(MELLOW_BUMPS, 0.10), new Affinity(TRIPLE_P, 0.15), new Affinity(INCREDIBLE_YEARS, 0.08),
                new Affinity(INTEGRATED_WORKING, 0.3)));
        byRole.put(StaffRole.MIDWIFE, List.of(new Affinity(SOLIHULL, 0.45), new Affinity(MELLOW_BUMPS, 0.3),
                new Affinity(INTEGRATED_WORKING, 0.2)));
        byRole.put(StaffRole.SCHOOL_NURSE, List.of(new Affinity(GROUP_TEEN, 0.3), new Affinity(SPEAK_EASY, 0.4),
                new Affinity(SOLIHULL, 0.2)));
        byRole.put(StaffRole.FAMILY_SUPPORT_WORKER, List.of(new Affinity(TRIPLE_P, 0.5),
                new Affinity(INCREDIBLE_YEARS, 0.3), new Affinity(SOLIHULL, 0.25), new Affinity(GROUP_TEEN, 0.18),
                new Affinity(TEEN_ZONE, 0.12), new Affinity(WORK_WITH_PARENTS, 0.4), new Affinity(INDUCTION, 0.5),
                new Affinity(INTEGRATED_WORKING, 0.4)));
        byRole.put(StaffRole.CHILDRENS_CENTRE_WORKER, List.of(new Affinity(SOLIHULL, 0.4), new Affinity(TRIPLE_P, 0.22),
                new Affinity(SFSC, 0.12), new Affinity(SPEAK_EASY, 0.05), new Affinity(WORK_WITH_PARENTS, 0.3),
                new Affinity(INDUCTION, 0.6)));
        byRole.put(StaffRole.EARLY_YEARS_PRACTITIONER, List.of(new Affinity(SOLIHULL, 0.45),
                new Affinity(WORK_WITH_PARENTS, 0.15), new Affinity(INDUCTION, 0.6)));
        byRole.put(StaffRole.PARENTING_PRACTITIONER, List.of(new Affinity(INCREDIBLE_YEARS, 0.55),
                new Affinity(TRIPLE_P, 0.65), new Affinity(GROUP_TEEN, 0.4), new Affinity(SFSC, 0.25),
                new Affinity(MELLOW_PARENTING, 0.2), new Affinity(TEEN_ZONE, 0.25),
                new Affinity(WORK_WITH_PARENTS, 0.5), new Affinity(INTEGRATED_WORKING, 0.5)));
        byRole.put(StaffRole.CAMHS_CLINICIAN, List.of(new Affinity(INCREDIBLE_YEARS, 0.55),
                new Affinity(MELLOW_PARENTING, 0.3), new Affinity(MELLOW_BABIES, 0.15), new Affinity(TRIPLE_P, 0.25),
                new Affinity(GROUP_TEEN, 0.25)));
        byRole.put(StaffRole.SOCIAL_WORKER, List.of(new Affinity(TRIPLE_P, 0.35), new Affinity(GROUP_TEEN, 0.25),
                new Affinity(MELLOW_PARENTING, 0.08), new Affinity(INTEGRATED_WORKING, 0.6)));
        byRole.put(StaffRole.MANAGER, List.of(new Affinity(TRIPLE_P, 0.3), new Affinity(SOLIHULL, 0.3),
                new Affinity(INTEGRATED_WORKING, 0.7), new Affinity(WORK_WITH_PARENTS, 0.3)));
        byRole.put(StaffRole.VOLUNTEER, List.of(new Affinity(INDUCTION, 0.5)));
        return byRole;
    }

    /** A member of staff while the borough is being built (leave dates are chosen after hiring). */
    private final class Person {
        final String ref;
        final String given;
        final String family;
        final String title;
        final StaffRole role;
        final int level;
        final boolean registered;
        final String organisation;
        final Person manager;
        final LocalDate start;
        final List<String> localities;
        final List<String> settingNames;
        LocalDate leave;
        /** Set for the people the demo users sign in as: their records follow a fixed, documented story. */
        String username;
        boolean dbsUpdateService;
        Standing dbsStanding = Standing.CURRENT;
        Standing safeguardingStanding = Standing.CURRENT;

        Person(String ref, String given, String family, String title, StaffRole role, int level, boolean registered,
               String organisation, Person manager, LocalDate start, List<String> localities,
               List<String> settingNames) {
            this.ref = ref;
            this.given = given;
            this.family = family;
            this.title = title;
            this.role = role;
            this.level = level;
            this.registered = registered;
            this.organisation = organisation;
            this.manager = manager;
            this.start = start;
            this.localities = localities;
            this.settingNames = settingNames;
        }

        boolean special() {
            return username != null;
        }

        /** The last day records can be dated: today, or the leaving day if that has passed. */
        LocalDate lastDay() {
            return leave != null && leave.isBefore(today) ? leave : today;
        }

        boolean activeOn(LocalDate day) {
            return !start.isAfter(day) && (leave == null || !leave.isBefore(day));
        }

        /** The user name they log records under: their demo user's, or the one they would have. */
        String handle() {
            return username != null ? username : DemoNames.mailbox(given, family);
        }

        String describe() {
            return given + " " + family + ", " + title;
        }

        StaffRow row() {
            String email = role == StaffRole.VOLUNTEER ? null
                    : DemoNames.mailbox(given, family) + "@" + emailDomain(organisation);
            return new StaffRow(ref, given, family, email, title, role, level, registered, organisation,
                    manager == null ? null : manager.ref, start, leave, localities, settingNames);
        }
    }
}
