package uk.facilitate.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import uk.facilitate.accreditation.AccreditationRecord;
import uk.facilitate.accreditation.AccreditationService;
import uk.facilitate.booking.BookingService;
import uk.facilitate.catalogue.Catalogue;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.cohort.EventDetails;
import uk.facilitate.cohort.Nomination;
import uk.facilitate.cohort.SessionAttendance;
import uk.facilitate.cohort.TrainingEvent;
import uk.facilitate.cohort.TrainingSession;
import uk.facilitate.cohort.core.EventStatus;
import uk.facilitate.compliance.ComplianceCheck;
import uk.facilitate.cover.CoverTarget;
import uk.facilitate.cover.DeliveryGroup;
import uk.facilitate.cover.GroupQueries;
import uk.facilitate.demo.DemoBorough.AccreditationRow;
import uk.facilitate.demo.DemoBorough.DbsRow;
import uk.facilitate.demo.DemoBorough.LocalityRow;
import uk.facilitate.demo.DemoBorough.OrganisationRow;
import uk.facilitate.demo.DemoBorough.SafeguardingRow;
import uk.facilitate.demo.DemoBorough.SettingRow;
import uk.facilitate.demo.DemoBorough.StaffRow;
import uk.facilitate.demo.DemoBorough.SupervisionRow;
import uk.facilitate.demo.DemoBorough.UserRow;
import uk.facilitate.demo.DemoTraining.CohortRow;
import uk.facilitate.demo.DemoTraining.GroupRow;
import uk.facilitate.demo.DemoTraining.NominationRow;
import uk.facilitate.demo.DemoTraining.SessionRow;
import uk.facilitate.demo.DemoTraining.TargetRow;
import uk.facilitate.platform.security.AppUser;
import uk.facilitate.platform.security.UserStore;
import uk.facilitate.qualification.QualificationSettings;
import uk.facilitate.shared.RulesChanged;
import uk.facilitate.shared.Today;
import uk.facilitate.staff.Locality;
import uk.facilitate.staff.Organisation;
import uk.facilitate.staff.Setting;
import uk.facilitate.staff.StaffDetails;
import uk.facilitate.staff.StaffMember;
import uk.facilitate.supervision.SupervisionSession;
import uk.facilitate.verification.EntryVerification;

/**
 * Loads the {@link DemoBorough} into an empty database on first start, so someone trying
 * Facilitate has a realistic borough and four users to sign in as. On by default with the
 * embedded database ({@code facilitate.demoData}, default {@code facilitate.embeddedDatabase}).
 * It runs once: a flag row ({@value #FLAG} in {@code app_setting}) records the load, and the
 * loader never deletes or changes existing data.
 */
@Singleton
@Startup
@DependsOn({"CatalogueLoader", "FirstAdmin"})
public class DemoDataLoader {

    /** The {@code app_setting} row that records when the demo data was loaded. */
    public static final String FLAG = "demo.loadedAt";

    /** The user name the demo's plans are made, recorded and verified under. */
    private static final String MANAGER = "manager";

    /** The demo borough's local supervision policy (a fictional borough's choice, not a catalogue fact). */
    static final int DEMO_SUPERVISION_INTERVAL_DAYS = 90;

    @Inject
    private AccreditationService accreditationService;

    @Inject
    private BookingService bookingService;

    @Inject
    private Today today;

    @Inject
    private uk.facilitate.qualification.service.QualificationSettingsStore settingsStore;

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private Catalogue catalogue;

    @Inject
    private Event<RulesChanged> rulesChanged;

    @Inject
    private UserStore users;

    @Inject
    private GroupQueries groupQueries;

    /** What a load wrote, for the log. */
    record Loaded(int staff, int organisations, int localities, int settings, int accreditations, int pending,
                  int supervision,
                  int dbsChecks, int safeguarding, int skipped, List<UserRow> usersCreated, List<String> usersKept,
                  Planned planned) {

        Loaded withPlanned(Planned plans) {
            return new Loaded(staff, organisations, localities, settings, accreditations, pending, supervision,
                    dbsChecks, safeguarding, skipped, usersCreated, usersKept, plans);
        }
    }

    /** What the training and delivery plans wrote: cohorts and their nominations, groups and their facilitators, targets. */
    record Planned(int cohorts, int nominations, int groups, int facilitators, int targets) {
    }

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void loadOnFirstStart() {
        Config config = ConfigProvider.getConfig();
        boolean embedded = config.getOptionalValue("facilitate.embeddedDatabase", Boolean.class).orElse(false);
        if (!config.getOptionalValue("facilitate.demoData", Boolean.class).orElse(embedded)) {
            return;
        }
        Optional<String> loadedAt = flag();
        if (loadedAt.isPresent()) {
            LOG.info(() -> "Demo data was loaded at " + loadedAt.get() + "; the README lists the demo users.");
            return;
        }
        long workforce = em.createQuery("SELECT COUNT(s) FROM StaffMember s", Long.class).getSingleResult()
                + em.createQuery("SELECT COUNT(o) FROM Organisation o", Long.class).getSingleResult();
        if (workforce > 0) {
            LOG.warning("Demo data not loaded: this database already holds organisations or staff, and demo data is"
                    + " only ever loaded into an empty one. Set FACILITATE_DEMODATA=false to silence this.");
            return;
        }
        LocalDate today = this.today.date();
        // Wyvernside's own (fictional) local policy: facilitators are supervised at least every 90 days.
        QualificationSettings current = settingsStore.current();
        QualificationSettings wyvernside = new QualificationSettings(current.dbsRecheckMonths(),
                current.safeguardingRefreshMonths(), current.minimumSafeguardingLevel(),
                current.requireVerifiedAccreditation(), DEMO_SUPERVISION_INTERVAL_DAYS);
        DemoBorough borough = DemoBorough.generate(today, DemoBorough.DEFAULT_SEED);
        Map<String, Programme> programmes = new HashMap<>();
        catalogue.programmes().forEach(programme -> programmes.put(programme.id(), programme));
        DemoTraining training = training(borough, programmes, wyvernside);
        Loaded loaded = load(borough, training);
        settingsStore.save(wyvernside);
        rulesChanged.fire(RulesChanged.forEveryProgramme(progress -> LOG.info(progress)));
        // Groups last: their facilitators are checked against the rebuilt index, as the app offers them.
        int facilitators = planDelivery(training);
        loaded = loaded.withPlanned(new Planned(training.cohorts().size(), loaded.planned().nominations(),
                training.groups().size(), facilitators, training.targets().size()));
        em.createNativeQuery("INSERT INTO app_setting (name, value) VALUES (?, ?)")
                .setParameter(1, FLAG).setParameter(2, Instant.now().toString()).executeUpdate();
        int port = config.getOptionalValue("facilitate.httpPort", Integer.class).orElse(8080);
        LOG.info(summary(loaded, port));
    }

    /**
     * The borough's cohorts, groups and targets, or none when the catalogue loaded (e.g. from
     * {@code FACILITATE_CATALOGUEDIR}) lacks a programme they need: the borough itself still loads.
     */
    private static DemoTraining training(DemoBorough borough, Map<String, Programme> programmes,
                                         QualificationSettings settings) {
        try {
            return DemoTraining.generate(borough, programmes, settings);
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            LOG.warning(() -> "Demo cohorts, delivery groups and cover targets not loaded: " + e.getMessage());
            return new DemoTraining(List.of(), List.of(), List.of());
        }
    }

    /** Persists the borough: structure, people (managers before their teams), records, users, then its cohorts. */
    Loaded load(DemoBorough borough, DemoTraining training) {
        Map<String, Long> localityIds = new HashMap<>();
        Map<String, Locality> localities = new HashMap<>();
        for (LocalityRow row : borough.localities()) {
            Locality locality = new Locality(row.code(), row.name());
            em.persist(locality);
            localities.put(row.code(), locality);
        }
        Map<String, Organisation> organisations = new HashMap<>();
        for (OrganisationRow row : borough.organisations()) {
            Organisation organisation = new Organisation(row.name(), row.kind());
            em.persist(organisation);
            organisations.put(row.name(), organisation);
        }
        em.flush();
        localities.forEach((code, locality) -> localityIds.put(code, locality.getId()));

        Map<String, Setting> settings = new HashMap<>();
        for (SettingRow row : borough.settings()) {
            Setting setting = new Setting(row.name(), row.kind(), organisations.get(row.organisation()).getId(),
                    row.localityCode() == null ? null : localityIds.get(row.localityCode()));
            em.persist(setting);
            settings.put(row.name(), setting);
        }
        em.flush();

        // Rows come managers first; a flush hands out the ids of everyone persisted so far.
        Map<String, StaffMember> staff = new HashMap<>();
        for (StaffRow row : borough.staff()) {
            Long lineManagerId = null;
            if (row.lineManagerRef() != null) {
                StaffMember manager = staff.get(row.lineManagerRef());
                if (manager.getId() == null) {
                    em.flush();
                }
                lineManagerId = manager.getId();
            }
            StaffMember member = new StaffMember(row.employeeRef());
            member.update(new StaffDetails(row.employeeRef(), row.givenName(), row.familyName(), row.email(),
                    row.role(), row.professionalLevel(), row.registeredProfessional(),
                    organisations.get(row.organisation()).getId(), lineManagerId, row.startDate(), row.leaveDate(),
                    Set.copyOf(row.localityCodes().stream().map(localityIds::get).toList()),
                    Set.copyOf(row.settingNames().stream().map(name -> settings.get(name).getId()).toList())));
            em.persist(member);
            staff.put(row.employeeRef(), member);
        }
        em.flush();
        Map<String, Long> staffIds = new HashMap<>();
        staff.forEach((ref, member) -> staffIds.put(ref, member.getId()));

        int skipped = 0;
        int accreditations = 0;
        int pending = 0;
        Instant now = Instant.now();
        List<AccreditationService.Award> awards = new ArrayList<>();
        for (AccreditationRow row : borough.accreditations()) {
            if (!catalogue.isCurrent(row.programmeId())) {
                skipped++;
                continue;
            }
            Instant verifiedAt = null;
            if (row.verified()) {
                Instant at = row.verifiedOn().atTime(10, 0).atZone(Today.ZONE).toInstant();
                verifiedAt = at.isAfter(now) ? now : at;
            } else {
                pending++;
            }
            awards.add(new AccreditationService.Award(staffIds.get(row.employeeRef()), row.programmeId(), row.stage(),
                    row.awardedOn(), row.expiresOn(), awardingBody(row), row.certificateRef(), row.origin(),
                    row.loggedBy(), row.verified() ? row.verifiedBy() : null, verifiedAt));
        }
        accreditationService.award(awards, "demo borough");
        accreditations += awards.size();
        int sessions = 0;
        for (SupervisionRow row : borough.supervision()) {
            if (row.programmeId() != null && !catalogue.isCurrent(row.programmeId())) {
                skipped++;
                continue;
            }
            em.persist(new SupervisionSession(staffIds.get(row.superviseeRef()),
                    row.supervisorRef() == null ? null : staffIds.get(row.supervisorRef()), row.supervisorName(),
                    row.sessionDate(), row.kind(), row.minutes(), row.programmeId(), row.notes(), demoVerified(now)));
            sessions++;
        }
        for (DbsRow row : borough.dbsChecks()) {
            em.persist(ComplianceCheck.dbs(staffIds.get(row.employeeRef()), row.issuedOn(), row.certificateNumber(),
                    row.updateService(), demoVerified(now)));
        }
        for (SafeguardingRow row : borough.safeguarding()) {
            em.persist(ComplianceCheck.safeguarding(staffIds.get(row.employeeRef()), row.completedOn(), row.level(), demoVerified(now)));
        }
        em.flush();
        bookingService.bookSessions(borough.bookings().stream().map(row -> new BookingService.LoadedSession(
                staffIds.get(row.employeeRef()), row.bookedFor(), row.kind(),
                row.supervisorRef() == null ? null : staffIds.get(row.supervisorRef()))).toList(), "demo borough");

        List<UserRow> created = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (UserRow row : borough.users()) {
            if (users.find(row.username()).isPresent()) {
                kept.add(row.username()); // e.g. an administrator made from FACILITATE_ADMIN_PASSWORD
                continue;
            }
            em.persist(new AppUser(row.username(), users.hash(row.password()),
                    row.employeeRef() == null ? null : staffIds.get(row.employeeRef()), Set.of(row.role())));
            created.add(row);
        }
        em.flush();
        int nominations = loadCohorts(training, staffIds, localityIds);
        em.flush();
        em.clear(); // the index rebuild reads everything back; nothing here needs to stay managed
        return new Loaded(borough.staff().size(), borough.organisations().size(), borough.localities().size(),
                borough.settings().size(),
                accreditations, pending, sessions, borough.dbsChecks().size(), borough.safeguarding().size(), skipped,
                created, kept, new Planned(training.cohorts().size(), nominations, 0, 0, 0));
    }

    /**
     * Persists the cohorts as the cohort service would have left them: events, sessions, nominations with
     * their place or waitlist position, releases, the register, and for a completed cohort the outcome of
     * each nomination and the accreditation record completion created (then verified by the manager).
     */
    private int loadCohorts(DemoTraining training, Map<String, Long> staffIds, Map<String, Long> localityIds) {
        int nominations = 0;
        for (CohortRow row : training.cohorts()) {
            TrainingEvent event = new TrainingEvent(row.programmeId(), MANAGER);
            event.update(new EventDetails(row.title(), row.programmeId(), row.steps(), row.provider(), row.venue(),
                    false, row.localityCode() == null ? null : localityIds.get(row.localityCode()), row.capacity(),
                    row.costBasis(), row.costPounds(), row.budgetCode()), row.steps());
            if (row.status() == EventStatus.COMPLETED) {
                event.complete(row.completionRule(), at(row.completedOn()));
            } else if (row.status() != EventStatus.PLANNED) {
                event.moveTo(row.status(), row.statusReason());
            }
            em.persist(event);
            em.flush();
            List<TrainingSession> sessions = new ArrayList<>();
            for (SessionRow s : row.sessions()) {
                TrainingSession session = new TrainingSession(event.getId(), s.date(), s.startsAt(), s.endsAt(), s.stepId());
                em.persist(session);
                sessions.add(session);
            }
            em.flush();
            for (NominationRow n : row.nominations()) {
                long staffId = staffIds.get(n.employeeRef());
                Nomination nomination = new Nomination(event.getId(), staffId);
                nomination.nominate(n.status(), n.selfNominated(), n.nominatedBy(), at(n.nominatedOn()));
                nomination.moveTo(n.status(), n.statusReason());
                if (n.releasedOn() != null) {
                    nomination.release(MANAGER, at(n.releasedOn()));
                }
                for (int i = 0; i < sessions.size(); i++) {
                    Boolean present = n.attendance().get(i);
                    if (present != null) {
                        em.persist(new SessionAttendance(sessions.get(i).getId(), staffId, present, MANAGER,
                                at(sessions.get(i).getDate()).plusSeconds(7 * 3600)));
                    }
                }
                if (n.outcome() != null) {
                    Long recordId = null;
                    if (n.awarded() != null) {
                        AccreditationRow awarded = n.awarded();
                        // Exactly what completion creates (CohortService.complete), then verified by the manager.
                        recordId = accreditationService.award(List.of(new AccreditationService.Award(staffId,
                                awarded.programmeId(), awarded.stage(), awarded.awardedOn(), null,
                                awarded.awardingBody(), null, AccreditationRecord.Origin.COHORT, awarded.loggedBy(),
                                awarded.verifiedBy(), at(awarded.verifiedOn()))), "demo borough cohort").get(0).getId();
                    }
                    nomination.outcome(n.outcome(), n.outcomeReason(), recordId);
                }
                em.persist(nomination);
                nominations++;
            }
        }
        return nominations;
    }

    /**
     * Persists the delivery groups and the borough's cover targets. Each facilitator the generator chose with
     * the engine is assigned only if the app would offer them now (the rebuilt index's "qualified on every
     * session date" query), so the demo never contradicts its own rules.
     */
    private int planDelivery(DemoTraining training) {
        Map<String, Long> staffIds = new HashMap<>();
        em.createQuery("SELECT s.employeeRef, s.id FROM StaffMember s", Object[].class).getResultList()
                .forEach(r -> staffIds.put((String) r[0], (Long) r[1]));
        Map<String, Long> localityIds = new HashMap<>();
        em.createQuery("SELECT l.code, l.id FROM Locality l", Object[].class).getResultList()
                .forEach(r -> localityIds.put((String) r[0], (Long) r[1]));
        Map<String, Setting> settings = new HashMap<>();
        em.createQuery("SELECT s FROM Setting s", Setting.class).getResultList().forEach(s -> settings.put(s.getName(), s));
        Instant now = Instant.now();
        int assigned = 0;
        for (GroupRow row : training.groups()) {
            Setting setting = settings.get(row.settingName());
            DeliveryGroup group = new DeliveryGroup(MANAGER, now);
            group.plan(row.programmeId(), row.needLevel(), setting.getId(), setting.getLocalityId(), row.startDate(),
                    row.sessions(), row.notes(), now);
            Set<Long> offered = groupQueries.qualifiedOnEveryDate(row.programmeId(), row.needLevel(),
                    setting.getLocalityId(), row.sessionDates()).stream().map(GroupQueries.Person::staffId)
                    .collect(Collectors.toSet());
            for (String ref : row.facilitatorRefs()) {
                long staffId = staffIds.get(ref);
                if (offered.contains(staffId)) {
                    group.assign(staffId, MANAGER, now);
                    assigned++;
                } else {
                    LOG.warning(() -> "Demo data: " + ref + " is not qualified on every session date of the "
                            + row.programmeId() + " group at " + row.settingName() + ", so is not assigned");
                }
            }
            em.persist(group);
        }
        for (TargetRow row : training.targets()) {
            CoverTarget target = new CoverTarget(row.programmeId(), row.needLevel(),
                    row.localityCode() == null ? null : localityIds.get(row.localityCode()));
            target.set(row.count(), MANAGER, now);
            em.persist(target);
        }
        em.flush();
        return assigned;
    }

    private static Instant at(LocalDate day) {
        return TrainingGenerator.instant(day);
    }

    /** The catalogue's accrediting body (or provider), so records agree with the catalogue as loaded. */
    private String awardingBody(AccreditationRow row) {
        Programme programme = catalogue.require(row.programmeId());
        if (programme.accreditingBody() != null) {
            return programme.accreditingBody();
        }
        return programme.provider() != null ? programme.provider() : row.awardingBody();
    }

    private Optional<String> flag() {
        List<?> values = em.createNativeQuery("SELECT value FROM app_setting WHERE name = ?")
                .setParameter(1, FLAG).getResultList();
        return values.stream().findFirst().map(Object::toString);
    }

    static String summary(Loaded loaded, int port) {
        StringBuilder text = new StringBuilder("Demo data loaded: ").append(loaded.staff())
                .append(" staff of the fictional borough of ").append(BoroughGenerator.BOROUGH).append(" in ")
                .append(loaded.organisations()).append(" organisations, ").append(loaded.localities())
                .append(" localities and ").append(loaded.settings())
                .append(" settings; ").append(loaded.accreditations()).append(" accreditation records (")
                .append(loaded.pending()).append(" awaiting verification), ").append(loaded.supervision())
                .append(" supervision sessions, ").append(loaded.dbsChecks()).append(" DBS checks and ")
                .append(loaded.safeguarding()).append(" safeguarding trainings.");
        Planned planned = loaded.planned();
        if (planned != null) {
            text.append(" Training and delivery: ").append(planned.cohorts()).append(" cohorts with ")
                    .append(planned.nominations()).append(" nominations, ").append(planned.groups())
                    .append(" delivery groups with ").append(planned.facilitators()).append(" facilitators, and ")
                    .append(planned.targets()).append(" cover targets.");
        }
        if (loaded.skipped() > 0) {
            text.append(" Skipped ").append(loaded.skipped())
                    .append(" records for programmes that are not in the training catalogue.");
        }
        String address = "http://localhost:" + port + "/";
        Optional<UserRow> manager = loaded.usersCreated().stream()
                .filter(user -> user.username().equals("manager")).findFirst();
        if (manager.isPresent()) {
            text.append("\nSign in at ").append(address).append(" as manager / ").append(manager.get().password())
                    .append(" (").append(manager.get().description()).append(").");
        } else {
            text.append("\nSign in at ").append(address).append(".");
        }
        text.append("\nDemo users (demo-only passwords, also in the README):");
        for (UserRow user : loaded.usersCreated()) {
            text.append("\n  ").append(String.format("%-12s", user.username())).append(" / ")
                    .append(String.format("%-20s", user.password())).append(user.role()).append(" - ")
                    .append(user.description());
        }
        for (String username : loaded.usersKept()) {
            text.append("\n  ").append(username).append(" already existed and keeps its own password");
        }
        return text.toString();
    }

    /** The demo's supervision and checks are historic records, vouched for by its workforce manager. */
    private static EntryVerification demoVerified(Instant at) {
        return EntryVerification.verifiedOnEntry("manager", at);
    }
}
