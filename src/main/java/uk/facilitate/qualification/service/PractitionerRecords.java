package uk.facilitate.qualification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.facilitate.accreditation.AccreditationRecord;
import uk.facilitate.booking.Booking;
import uk.facilitate.compliance.ComplianceCheck;
import uk.facilitate.qualification.ExpectedBasis;
import uk.facilitate.qualification.PractitionerRecord;
import uk.facilitate.qualification.QualificationSettings;
import uk.facilitate.shared.SupervisionKind;
import uk.facilitate.verification.Verification;

/**
 * Builds the engine's snapshots of many people at once: four set-based queries per thousand
 * people, whatever records they hold (never a query per person).
 */
@ApplicationScoped
public class PractitionerRecords {

    static final int CHUNK = 1000;

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    public PractitionerRecord load(long staffId) {
        PractitionerRecord record = load(List.of(staffId)).get(staffId);
        if (record == null) {
            throw new uk.facilitate.shared.NotFound("No staff member with id " + staffId);
        }
        return record;
    }

    /** Snapshots keyed by staff id, in the order of {@code staffIds}; unknown ids are skipped. */
    public Map<Long, PractitionerRecord> load(Collection<Long> staffIds) {
        Map<Long, PractitionerRecord> result = new LinkedHashMap<>();
        List<Long> ids = List.copyOf(staffIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            result.putAll(loadChunk(ids.subList(from, Math.min(ids.size(), from + CHUNK))));
        }
        return result;
    }

    /**
     * What each of these people has booked on or after {@code from} (supervision, DBS re-checks, safeguarding
     * refreshes), as the records it becomes when held: the bookings the expected basis counts. People with
     * nothing booked are left out.
     */
    public Map<Long, ExpectedBasis.Booked> booked(Collection<Long> staffIds, LocalDate from, QualificationSettings settings) {
        Map<Long, List<PractitionerRecord.Supervision>> sessions = new HashMap<>();
        Map<Long, List<PractitionerRecord.DbsCheck>> checks = new HashMap<>();
        Map<Long, List<PractitionerRecord.SafeguardingTraining>> training = new HashMap<>();
        List<Long> ids = List.copyOf(staffIds);
        for (int i = 0; i < ids.size(); i += CHUNK) {
            for (Booking b : em.createQuery("SELECT b FROM Booking b WHERE b.staffId IN :ids AND b.status = :booked"
                            + " AND b.bookedFor >= :from", Booking.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
                    .setParameter("booked", Booking.Status.BOOKED).setParameter("from", from).getResultList()) {
                switch (b.getRenewal()) {
                    case SUPERVISION -> sessions.computeIfAbsent(b.getStaffId(), k -> new ArrayList<>()).add(
                            new PractitionerRecord.Supervision(b.getBookedFor(), b.getSupervisionKind(), b.getProgrammeId(), true));
                    case DBS -> checks.computeIfAbsent(b.getStaffId(), k -> new ArrayList<>()).add(
                            new PractitionerRecord.DbsCheck(b.getBookedFor(), null, false, true));
                    case SAFEGUARDING -> training.computeIfAbsent(b.getStaffId(), k -> new ArrayList<>()).add(
                            new PractitionerRecord.SafeguardingTraining(b.getBookedFor(), b.getSafeguardingLevel() == null
                                    ? settings.minimumSafeguardingLevel() : b.getSafeguardingLevel(), true));
                }
            }
        }
        Map<Long, ExpectedBasis.Booked> booked = new HashMap<>();
        java.util.Set<Long> who = new java.util.HashSet<>(sessions.keySet());
        who.addAll(checks.keySet());
        who.addAll(training.keySet());
        for (Long id : who) {
            booked.put(id, new ExpectedBasis.Booked(sessions.getOrDefault(id, List.of()), checks.getOrDefault(id, List.of()),
                    training.getOrDefault(id, List.of())));
        }
        return booked;
    }

    private Map<Long, PractitionerRecord> loadChunk(List<Long> ids) {
        Map<Long, Builder> builders = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT s.id, s.givenName, s.familyName, s.professionalLevel, s.startDate,"
                        + " s.leaveDate FROM StaffMember s WHERE s.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            builders.put((Long) row[0], new Builder((Long) row[0], row[1] + " " + row[2], (Integer) row[3],
                    (LocalDate) row[4], (LocalDate) row[5]));
        }
        for (AccreditationRecord a : em.createQuery(
                        "SELECT a FROM AccreditationRecord a WHERE a.staffId IN :ids", AccreditationRecord.class)
                .setParameter("ids", ids).getResultList()) {
            Builder b = builders.get(a.getStaffId());
            if (b != null) {
                b.accreditations.add(new PractitionerRecord.Accreditation(a.getId(), a.getProgrammeId(), a.getStage(),
                        a.getAwardedOn(), a.getExpiresOn(),
                        a.getVerification() == Verification.VERIFIED));
            }
        }
        for (Object[] row : em.createQuery("SELECT s.superviseeId, s.sessionDate, s.kind, s.programmeId,"
                        + " s.verification.status FROM SupervisionSession s WHERE s.superviseeId IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            Builder b = builders.get((Long) row[0]);
            if (b != null) {
                b.supervision.add(new PractitionerRecord.Supervision((LocalDate) row[1], (SupervisionKind) row[2],
                        (String) row[3], row[4] == Verification.VERIFIED));
            }
        }
        for (ComplianceCheck c : em.createQuery(
                        "SELECT c FROM ComplianceCheck c WHERE c.staffId IN :ids", ComplianceCheck.class)
                .setParameter("ids", ids).getResultList()) {
            Builder b = builders.get(c.getStaffId());
            if (b == null) {
                continue;
            }
            if (c.getKind() == ComplianceCheck.Kind.DBS) {
                b.dbs.add(new PractitionerRecord.DbsCheck(c.getCheckedOn(), c.getCertificateNumber(), c.isUpdateService(),
                        c.getVerification().isVerified()));
            } else {
                b.safeguarding.add(new PractitionerRecord.SafeguardingTraining(c.getCheckedOn(),
                        c.getSafeguardingLevel() == null ? 0 : c.getSafeguardingLevel(), c.getVerification().isVerified()));
            }
        }
        Map<Long, PractitionerRecord> records = new HashMap<>();
        builders.forEach((id, b) -> records.put(id, b.build()));
        return records;
    }

    private static final class Builder {
        final long id;
        final String name;
        final Integer level;
        final LocalDate start;
        final LocalDate leave;
        final List<PractitionerRecord.Accreditation> accreditations = new ArrayList<>();
        final List<PractitionerRecord.Supervision> supervision = new ArrayList<>();
        final List<PractitionerRecord.DbsCheck> dbs = new ArrayList<>();
        final List<PractitionerRecord.SafeguardingTraining> safeguarding = new ArrayList<>();

        Builder(long id, String name, Integer level, LocalDate start, LocalDate leave) {
            this.id = id;
            this.name = name;
            this.level = level;
            this.start = start;
            this.leave = leave;
        }

        PractitionerRecord build() {
            return new PractitionerRecord(id, name, level, start, leave, accreditations, supervision, dbs, safeguarding);
        }
    }

}
