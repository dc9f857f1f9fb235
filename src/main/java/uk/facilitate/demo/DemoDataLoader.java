package uk.facilitate.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import uk.facilitate.qualification.QualificationSettings;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import uk.facilitate.accreditation.AccreditationRecord;
import uk.facilitate.catalogue.Catalogue;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.compliance.ComplianceCheck;
import uk.facilitate.demo.DemoBorough.AccreditationRow;
import uk.facilitate.demo.DemoBorough.DbsRow;
import uk.facilitate.demo.DemoBorough.LocalityRow;
import uk.facilitate.demo.DemoBorough.OrganisationRow;
import uk.facilitate.demo.DemoBorough.SafeguardingRow;
import uk.facilitate.demo.DemoBorough.SettingRow;
import uk.facilitate.demo.DemoBorough.StaffRow;
import uk.facilitate.demo.DemoBorough.SupervisionRow;
import uk.facilitate.demo.DemoBorough.UserRow;
import uk.facilitate.platform.security.AppUser;
import uk.facilitate.platform.security.UserStore;
import uk.facilitate.qualification.service.QualificationIndex;
import uk.facilitate.staff.Locality;
import uk.facilitate.staff.Organisation;
import uk.facilitate.staff.Setting;
import uk.facilitate.staff.StaffDetails;
import uk.facilitate.staff.StaffMember;
import uk.facilitate.supervision.SupervisionSession;

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

    /** The demo borough's local supervision policy (a fictional borough's choice, not a catalogue fact). */
    static final int DEMO_SUPERVISION_INTERVAL_DAYS = 90;

    @Inject
    private uk.facilitate.qualification.service.QualificationSettingsStore settingsStore;

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private Catalogue catalogue;

    @Inject
    private QualificationIndex qualificationIndex;

    @Inject
    private UserStore users;

    /** What a load wrote, for the log. */
    record Loaded(int staff, int organisations, int localities, int settings, int accreditations, int pending,
                  int supervision,
                  int dbsChecks, int safeguarding, int skipped, List<UserRow> usersCreated, List<String> usersKept) {
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
        LocalDate today = LocalDate.now(LONDON);
        Loaded loaded = load(DemoBorough.generate(today, DemoBorough.DEFAULT_SEED));
        // Wyvernside's own (fictional) local policy: facilitators are supervised at least every 90 days.
        QualificationSettings current = settingsStore.current();
        settingsStore.save(new QualificationSettings(current.dbsRecheckMonths(), current.safeguardingRefreshMonths(),
                current.minimumSafeguardingLevel(), current.requireVerifiedAccreditation(), DEMO_SUPERVISION_INTERVAL_DAYS));
        qualificationIndex.rebuildAll(progress -> LOG.info(progress));
        em.createNativeQuery("INSERT INTO app_setting (name, value) VALUES (?, ?)")
                .setParameter(1, FLAG).setParameter(2, Instant.now().toString()).executeUpdate();
        int port = config.getOptionalValue("facilitate.httpPort", Integer.class).orElse(8080);
        LOG.info(summary(loaded, port));
    }

    /** Persists the borough: structure, people (managers before their teams), records, users. */
    Loaded load(DemoBorough borough) {
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
        for (AccreditationRow row : borough.accreditations()) {
            if (!catalogue.isCurrent(row.programmeId())) {
                skipped++;
                continue;
            }
            AccreditationRecord record = new AccreditationRecord(staffIds.get(row.employeeRef()), row.programmeId(),
                    row.stage(), row.awardedOn(), row.expiresOn(), awardingBody(row), row.certificateRef(),
                    row.origin(), row.loggedBy());
            if (row.verified()) {
                Instant at = row.verifiedOn().atTime(10, 0).atZone(LONDON).toInstant();
                record.markVerifiedOnEntry(row.verifiedBy(), at.isAfter(now) ? now : at);
            } else {
                pending++;
            }
            em.persist(record);
            accreditations++;
        }
        int sessions = 0;
        for (SupervisionRow row : borough.supervision()) {
            if (row.programmeId() != null && !catalogue.isCurrent(row.programmeId())) {
                skipped++;
                continue;
            }
            em.persist(new SupervisionSession(staffIds.get(row.superviseeRef()),
                    row.supervisorRef() == null ? null : staffIds.get(row.supervisorRef()), row.supervisorName(),
                    row.sessionDate(), row.kind(), row.minutes(), row.programmeId(), row.notes()));
            sessions++;
        }
        for (DbsRow row : borough.dbsChecks()) {
            em.persist(ComplianceCheck.dbs(staffIds.get(row.employeeRef()), row.issuedOn(), row.certificateNumber(),
                    row.updateService()));
        }
        for (SafeguardingRow row : borough.safeguarding()) {
            em.persist(ComplianceCheck.safeguarding(staffIds.get(row.employeeRef()), row.completedOn(), row.level()));
        }
        em.flush();

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
        em.clear(); // the index rebuild reads everything back; nothing here needs to stay managed
        return new Loaded(borough.staff().size(), borough.organisations().size(), borough.localities().size(),
                borough.settings().size(),
                accreditations, pending, sessions, borough.dbsChecks().size(), borough.safeguarding().size(), skipped,
                created, kept);
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
}
