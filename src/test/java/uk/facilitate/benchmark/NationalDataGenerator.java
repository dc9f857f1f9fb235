package uk.facilitate.benchmark;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import uk.facilitate.catalogue.CatalogueFile;
import uk.facilitate.catalogue.CatalogueReader;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.devserver.EmbeddedDatabase;
import uk.facilitate.platform.SchemaMigrator;
import uk.facilitate.qualification.PractitionerRecord;
import uk.facilitate.qualification.ProgrammeRules;
import uk.facilitate.qualification.QualificationEngine;
import uk.facilitate.qualification.QualificationSettings;
import uk.facilitate.qualification.service.QualificationIndex;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.shared.NeedLevel;
import uk.facilitate.shared.SupervisionKind;

/**
 * Writes a national-scale data set into its own embedded MariaDB ({@code target/national} unless
 * {@code -Dnational.dir} says otherwise; never {@code ./data}): 50,000 staff each serving 1–3 of 300
 * localities, about 250,000 accreditation records, 1,000,000 supervision sessions and 175,000 DBS and
 * safeguarding checks, over 40 programmes (the 13 real catalogue entries and 27 synthetic ones, whose
 * files go to {@code <dir>/catalogue} for {@code FACILITATE_CATALOGUEDIR}, never to
 * {@code training-catalogue/}). Then fills {@code qualification_interval} with the real engine
 * ({@link QualificationIndex#compute}), so the app starts on it without recomputing anything.
 *
 * <p>Run: {@code ./mvnw -Pnational-data package}. Seeded, so the same command gives the same data.
 */
public final class NationalDataGenerator {

    static final int STAFF = Integer.getInteger("national.staff", 50_000);
    static final int LOCALITIES = 300;
    static final int SETTINGS_PER_LOCALITY = 4;
    static final int ORGANISATIONS = 24;
    static final int SYNTHETIC_PROGRAMMES = 27;
    static final long SEED = 20261124L;
    /** The data's "today": fixed so a seed gives the same data set whatever day it runs. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final String BUFFER_POOL = "--innodb-buffer-pool-size=3G";

    /** Every synthetic fact cites the generator itself, so the app's reader accepts the files as they are. */
    private static final String SYNTHETIC_SOURCES = java.util.stream.Stream.of("needLevels", "length",
                    "facilitatorsPerGroup", "accreditation", "supervision", "minimumProfessionalLevel")
            .map(fact -> "  - fact: " + fact + "\n    document: Synthetic benchmark data set (not a source)\n")
            .collect(java.util.stream.Collectors.joining());

    private static final SupervisionKind[] KINDS = SupervisionKind.values();
    private static final int BATCH = 5_000;

    private final Random random = new Random(SEED);
    private final Instant now = Instant.parse("2026-11-24T09:00:00Z");
    private long accreditationId;

    public static void main(String[] args) throws Exception {
        Path dir = folder();
        long started = System.nanoTime();
        Path catalogue = dir.resolve("catalogue");
        List<Programme> programmes = writeCatalogue(Path.of("training-catalogue"), catalogue);
        System.out.println("National data: " + programmes.size() + " programmes written to " + catalogue.toAbsolutePath());
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("mariadb"), 0, BUFFER_POOL,
                "--innodb-flush-log-at-trx-commit=2", "--innodb-log-file-size=512M")) {
            MysqlDataSource dataSource = dataSource(db);
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + EmbeddedDatabase.DATABASE);
                s.execute("CREATE DATABASE " + EmbeddedDatabase.DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            System.out.println("National data: " + new SchemaMigrator(dataSource, SchemaMigrator.DEFAULT_LOCATION)
                    .migrate().describe());
            try (Connection c = dataSource.getConnection()) {
                new NationalDataGenerator().generate(c, programmes, catalogue);
            }
        }
        System.out.printf("National data: done in %.0f s, in %s%n", (System.nanoTime() - started) / 1e9, dir.toAbsolutePath());
    }

    static Path folder() {
        return Path.of(System.getProperty("national.dir", "target/national"));
    }

    static MysqlDataSource dataSource(EmbeddedDatabase db) throws SQLException {
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setURL(db.jdbcUrl());
        dataSource.setUser(db.user());
        dataSource.setPassword(db.password());
        return dataSource;
    }

    // ------------------------------------------------------------------ catalogue

    /** The real catalogue files plus synthetic ones, read back through the app's own reader. */
    static List<Programme> writeCatalogue(Path real, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (var old = Files.list(folder)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        for (CatalogueFile file : CatalogueFile.readFolder(real)) {
            Files.writeString(folder.resolve(file.name()), file.content(), StandardCharsets.UTF_8);
        }
        Random shape = new Random(SEED + 1);
        for (int i = 1; i <= SYNTHETIC_PROGRAMMES; i++) {
            String id = String.format("synthetic-programme-%02d", i);
            boolean supervised = i % 3 != 0;
            String yaml = "# Synthetic programme for the national-scale benchmark only: not a real programme, no real facts.\n"
                    + "id: " + id + "\n"
                    + "name: Synthetic Programme " + String.format("%02d", i) + "\n"
                    + "kind: programme\n"
                    + "needLevels: [1, 2, 3, 4]\n"
                    + "length:\n  sessions: " + (8 + shape.nextInt(8)) + "\n  text: synthetic\n"
                    + "facilitatorsPerGroup: " + (1 + shape.nextInt(2)) + "\n"
                    + "accreditation:\n  validityMonths: " + (i % 4 == 0 ? "" : String.valueOf(24 + 12 * shape.nextInt(3)))
                    + "\n  provisionalDeliveryWhenTrained: " + (i % 5 == 0) + "\n"
                    + "supervision:\n  required: " + supervised + "\n  kinds: []\n  maxIntervalDays: "
                    + (supervised ? String.valueOf(90 + 30 * shape.nextInt(4)) : "") + "\n"
                    + "minimumProfessionalLevel:\n  3: 5\n  4: 6\n"
                    + "sources:\n" + SYNTHETIC_SOURCES;
            Files.writeString(folder.resolve(id + ".yaml"), yaml, StandardCharsets.UTF_8);
        }
        return new CatalogueReader().read(CatalogueFile.readFolder(folder));
    }

    // ------------------------------------------------------------------ data

    void generate(Connection c, List<Programme> programmes, Path catalogueFolder) throws Exception {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("SET unique_checks = 0");
            s.execute("SET foreign_key_checks = 0");
        }
        writeProgrammes(c, programmes, catalogueFolder);
        List<Programme> facilitated = programmes.stream()
                .filter(p -> p.kind() == Programme.Kind.PROGRAMME && !p.needLevels().isEmpty()).toList();
        structure(c);
        List<PractitionerRecord> people = new ArrayList<>(STAFF);
        try (Rows staff = new Rows(c, "staff_member", "id, employee_ref, given_name, family_name, role,"
                + " professional_level, organisation_id, start_date, leave_date, created_at, updated_at", 11);
             Rows staffLocality = new Rows(c, "staff_locality", "staff_id, locality_id", 2);
             Rows staffSetting = new Rows(c, "staff_setting", "staff_id, setting_id", 2);
             Rows accreditations = new Rows(c, "accreditation_record", "id, staff_id, programme_id, stage, awarded_on,"
                     + " expires_on, verification, created_at", 8);
             Rows sessions = new Rows(c, "supervision_session", "supervisee_id, session_date, kind, programme_id,"
                     + " created_at", 5);
             Rows checks = new Rows(c, "compliance_check", "staff_id, kind, checked_on, update_service,"
                     + " safeguarding_level, created_at", 6)) {
            for (long id = 1; id <= STAFF; id++) {
                people.add(person(id, facilitated, staff, staffLocality, staffSetting, accreditations, sessions, checks));
            }
            System.out.printf("National data: %,d staff, %,d accreditations, %,d supervision sessions, %,d checks%n",
                    staff.count, accreditations.count, sessions.count, checks.count);
        }
        c.commit();
        long started = System.nanoTime();
        QualificationEngine engine = new QualificationEngine(QualificationSettings.defaults());
        List<ProgrammeRules> rules = programmes.stream().filter(p -> p.kind() == Programme.Kind.PROGRAMME)
                .map(ProgrammeRules::of).toList();
        long intervals = 0;
        try (Rows index = new Rows(c, "qualification_interval", "staff_id, programme_id, need_level, valid_from,"
                + " valid_until, end_causes", 6)) {
            for (int from = 0; from < people.size(); from += 1000) {
                for (QualificationIndex.Row row : QualificationIndex.compute(engine, rules,
                        people.subList(from, Math.min(people.size(), from + 1000)))) {
                    index.add(row.staffId(), row.programmeId(), row.needLevel().number(), row.from(), row.until(),
                            row.endCauses());
                }
            }
            intervals = index.count;
        }
        try (Statement s = c.createStatement()) {
            // As QualificationIndex keeps it: each run once per locality the person serves.
            s.execute(uk.facilitate.qualification.service.QualificationIndex.COPY_TO_COVER);
        }
        c.commit();
        System.out.printf("National data: %,d qualification intervals computed by the engine in %.0f s%n", intervals,
                (System.nanoTime() - started) / 1e9);
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE TABLE staff_member, staff_locality, staff_setting, accreditation_record,"
                    + " supervision_session, compliance_check, qualification_interval, cover_interval");
        }
        c.commit();
    }

    /** Rows for the catalogue exactly as the app's loader writes them, so its start-up finds nothing changed. */
    private void writeProgrammes(Connection c, List<Programme> programmes, Path folder) throws Exception {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO programme (id, name, kind, provider, accrediting_body,"
                + " definition, fingerprint, loaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement l = c.prepareStatement("INSERT INTO programme_need_level (programme_id, need_level,"
                     + " minimum_professional_level) VALUES (?, ?, ?)")) {
            for (Programme programme : programmes) {
                p.setString(1, programme.id());
                p.setString(2, programme.name());
                p.setString(3, programme.kind().name());
                p.setString(4, programme.provider());
                p.setString(5, programme.accreditingBody());
                p.setString(6, Files.readString(folder.resolve(programme.id() + ".yaml"), StandardCharsets.UTF_8));
                p.setString(7, programme.fingerprint());
                p.setTimestamp(8, Timestamp.from(now));
                p.addBatch();
                for (NeedLevel level : programme.needLevels()) {
                    l.setString(1, programme.id());
                    l.setInt(2, level.number());
                    l.setObject(3, programme.minimumProfessionalLevel().get(level));
                    l.addBatch();
                }
            }
            p.executeBatch();
            l.executeBatch();
        }
    }

    private void structure(Connection c) throws SQLException {
        try (Rows organisations = new Rows(c, "organisation", "id, name, kind", 3);
             Rows localities = new Rows(c, "locality", "id, code, name", 3);
             Rows settings = new Rows(c, "setting", "id, name, kind, organisation_id, locality_id", 5)) {
            String[] kinds = {"COUNCIL", "NHS_TRUST", "VOLUNTARY", "SCHOOL"};
            for (int o = 1; o <= ORGANISATIONS; o++) {
                organisations.add(o, "Synthetic Organisation " + o, kinds[o % kinds.length]);
            }
            for (int l = 1; l <= LOCALITIES; l++) {
                localities.add(l, String.format("L%03d", l), String.format("Locality %03d", l));
                for (int s = 0; s < SETTINGS_PER_LOCALITY; s++) {
                    int id = (l - 1) * SETTINGS_PER_LOCALITY + s + 1;
                    settings.add(id, String.format("Setting %03d-%d", l, s + 1), "CHILDRENS_CENTRE",
                            1 + random.nextInt(ORGANISATIONS), l);
                }
            }
        }
    }

    private PractitionerRecord person(long id, List<Programme> facilitated, Rows staff, Rows staffLocality,
                                      Rows staffSetting, Rows accreditationRows, Rows sessionRows, Rows checkRows)
            throws SQLException {
        int level = 3 + random.nextInt(6);
        LocalDate start = TODAY.minusDays(365 + random.nextInt(365 * 14));
        LocalDate leave = random.nextInt(100) < 4 ? TODAY.minusDays(400).plusDays(random.nextInt(800)) : null;
        staff.add(id, "N" + id, "Given" + id, "Family" + (id % 9973), "FAMILY_SUPPORT_WORKER", level,
                1 + random.nextInt(ORGANISATIONS), start, leave, now, now);
        Set<Integer> localities = new TreeSet<>();
        int served = 1 + random.nextInt(3);
        while (localities.size() < served) {
            localities.add(1 + random.nextInt(LOCALITIES));
        }
        for (int l : localities) {
            staffLocality.add(id, l);
        }
        int home = localities.iterator().next();
        staffSetting.add(id, (home - 1) * SETTINGS_PER_LOCALITY + 1 + random.nextInt(SETTINGS_PER_LOCALITY));

        List<PractitionerRecord.Accreditation> accreditations = new ArrayList<>();
        int count = 1 + random.nextInt(9);
        for (int i = 0; i < count; i++) {
            Programme programme = facilitated.get(random.nextInt(facilitated.size()));
            int roll = random.nextInt(100);
            AccreditationStage stage = roll < 75 ? AccreditationStage.ACCREDITED : roll < 87 ? AccreditationStage.TRAINED
                    : roll < 92 ? AccreditationStage.ENROLLED : roll < 97 ? AccreditationStage.LAPSED : AccreditationStage.REVOKED;
            LocalDate awarded = TODAY.minusDays(random.nextInt(365 * 6));
            LocalDate expires = random.nextInt(100) < 30 ? awarded.plusDays(365 + random.nextInt(365 * 4)) : null;
            boolean verified = random.nextInt(100) < 92;
            long recordId = ++accreditationId;
            accreditationRows.add(recordId, id, programme.id(), stage.name(), awarded, expires,
                    verified ? "VERIFIED" : "PENDING", now);
            accreditations.add(new PractitionerRecord.Accreditation(recordId, programme.id(), stage, awarded, expires,
                    verified));
        }
        List<PractitionerRecord.Supervision> supervision = new ArrayList<>();
        int sessions = 10 + random.nextInt(21);
        for (int i = 0; i < sessions; i++) {
            LocalDate date = TODAY.minusDays(random.nextInt(365 * 3));
            SupervisionKind kind = KINDS[random.nextInt(KINDS.length)];
            String programmeId = random.nextInt(100) < 30
                    ? accreditations.get(random.nextInt(accreditations.size())).programmeId() : null;
            sessionRows.add(id, date, kind.name(), programmeId, now);
            supervision.add(new PractitionerRecord.Supervision(date, kind, programmeId));
        }
        List<PractitionerRecord.DbsCheck> dbs = new ArrayList<>();
        for (int i = random.nextInt(2); i < 2; i++) {
            LocalDate issued = TODAY.minusDays(random.nextInt(365 * 5));
            boolean updateService = random.nextInt(100) < 30;
            checkRows.add(id, "DBS", issued, updateService, null, now);
            dbs.add(new PractitionerRecord.DbsCheck(issued, null, updateService));
        }
        List<PractitionerRecord.SafeguardingTraining> safeguarding = new ArrayList<>();
        for (int i = random.nextInt(3); i < 3; i++) {
            LocalDate completed = TODAY.minusDays(random.nextInt(365 * 5));
            int trainingLevel = random.nextInt(100) < 80 ? 3 : 2 + random.nextInt(3);
            checkRows.add(id, "SAFEGUARDING", completed, false, trainingLevel, now);
            safeguarding.add(new PractitionerRecord.SafeguardingTraining(completed, trainingLevel));
        }
        return new PractitionerRecord(id, "Given" + id + " Family" + (id % 9973), level, start, leave, accreditations,
                supervision, dbs, safeguarding);
    }

    /** Multi-row inserts of one table, {@value #BATCH} rows a statement, through a rewritten JDBC batch. */
    static final class Rows implements AutoCloseable {
        private final Connection connection;
        private final PreparedStatement insert;
        private final int columns;
        private int pending;
        long count;

        Rows(Connection connection, String table, String columnList, int columns) throws SQLException {
            this.connection = connection;
            this.columns = columns;
            this.insert = connection.prepareStatement("INSERT INTO " + table + " (" + columnList + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")");
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < columns; i++) {
                Object v = values[i];
                if (v instanceof LocalDate date) {
                    insert.setDate(i + 1, Date.valueOf(date));
                } else if (v instanceof Instant instant) {
                    insert.setTimestamp(i + 1, Timestamp.from(instant));
                } else {
                    insert.setObject(i + 1, v);
                }
            }
            insert.addBatch();
            count++;
            if (++pending == BATCH) {
                flush();
            }
        }

        private void flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
                if (count % 200_000 < BATCH) {
                    connection.commit();
                }
            }
        }

        @Override
        public void close() throws SQLException {
            flush();
            insert.close();
        }
    }

    static Collection<Programme> facilitated(List<Programme> programmes) {
        return programmes.stream().filter(p -> p.kind() == Programme.Kind.PROGRAMME).toList();
    }
}
