package uk.facilitate.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.facilitate.accreditation.AccreditationRecord;
import uk.facilitate.accreditation.AccreditationService;
import uk.facilitate.catalogue.Catalogue;
import uk.facilitate.platform.AuditLog;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.shared.RecordsChanged;
import uk.facilitate.shared.Today;
import uk.facilitate.staff.StaffDetails;
import uk.facilitate.staff.StaffMember;

/**
 * Checks import files against the database and writes them, all or nothing, in one transaction.
 * Reference data is loaded set-based (a query per thousand employee refs, never one per row).
 * Called only by {@link ImportService}, which has already checked that the user may import; the
 * user is passed in because a background import runs outside their request.
 */
@ApplicationScoped
public class ImportWriter {

    /** Rows written between flushes: each flush hands out ids and moves the progress bar. */
    static final int CHUNK = 500;
    private static final int LOOKUP_CHUNK = 1000;

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private AccreditationService accreditations;

    @Inject
    private Today today;

    @Inject
    private Catalogue catalogue;

    @Inject
    private Event<RecordsChanged> recordsChanged;

    @Inject
    private AuditLog audit;

    /** Reads and checks a file; writes nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportReport check(ImportKind kind, String fileName, byte[] csv, Long ownStaffId) {
        return switch (kind) {
            case STAFF -> {
                StaffCsv.Checked checked = checkStaff(csv);
                yield new ImportReport(kind, fileName, checked.rowsRead(), withEmptyCheck(checked.problems(), checked.rowsRead()),
                        checked.rows().size(), checked.rows().size());
            }
            case ACCREDITATIONS -> {
                AccreditationCsv.Checked checked = checkAccreditations(csv, ownStaffId);
                yield new ImportReport(kind, fileName, checked.rowsRead(),
                        withEmptyCheck(checked.problems(), checked.rowsRead()), checked.rows().size(),
                        (int) checked.rows().stream().map(AccreditationCsv.Row::staffId).distinct().count());
            }
        };
    }

    /**
     * Checks the file again inside the transaction and, only if it has no problems, writes every row,
     * recomputes the qualifications of everyone it touched and records one audit event. Any failure
     * (a problem in the file, or the database refusing a row) rolls everything back.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public ImportResult write(ImportKind kind, String fileName, byte[] csv, String actor, Long ownStaffId,
                              ImportProgress progress) {
        Instant started = Instant.now();
        progress.update(ImportProgress.Step.CHECKING, 0, 1);
        ImportResult result = switch (kind) {
            case STAFF -> writeStaff(fileName, csv, actor, progress, started);
            case ACCREDITATIONS -> writeAccreditations(fileName, csv, actor, ownStaffId, progress, started);
        };
        progress.update(ImportProgress.Step.SAVING, 0, 1);
        return result;
    }

    private ImportResult writeStaff(String fileName, byte[] csv, String actor, ImportProgress progress, Instant started) {
        StaffCsv.Checked checked = checkStaff(csv);
        rejectIfProblems(withEmptyCheck(checked.problems(), checked.rowsRead()));
        List<StaffCsv.Row> rows = StaffCsv.managersFirst(checked.rows());
        progress.update(ImportProgress.Step.WRITING, 0, rows.size());
        Map<String, StaffMember> written = new HashMap<>();
        List<StaffMember> members = new ArrayList<>();
        for (StaffCsv.Row row : rows) {
            StaffDetails details = row.details();
            if (row.lineManagerRefInFile() != null) {
                StaffMember manager = written.get(CsvValues.key(row.lineManagerRefInFile()));
                if (manager.getId() == null) {
                    em.flush(); // ids are handed out on flush; managers come first, so one flush per level at most
                }
                details = withLineManager(details, manager.getId());
            }
            StaffMember member = new StaffMember(details.employeeRef());
            member.update(details);
            em.persist(member);
            written.put(CsvValues.key(details.employeeRef()), member);
            members.add(member);
            if (members.size() % CHUNK == 0) {
                em.flush();
                progress.update(ImportProgress.Step.WRITING, members.size(), rows.size());
            }
        }
        em.flush();
        progress.update(ImportProgress.Step.WRITING, members.size(), rows.size());
        List<Long> ids = members.stream().map(StaffMember::getId).toList();
        recompute(ids, progress);
        audit.recordAs(actor, "STAFF_IMPORTED", "Import", null, ids.size() + " staff added from " + fileName
                + " (" + checked.rowsRead() + " rows)");
        return new ImportResult(ImportKind.STAFF, fileName, checked.rowsRead(), ids.size(), ids.size(),
                Duration.between(started, Instant.now()));
    }

    private ImportResult writeAccreditations(String fileName, byte[] csv, String actor, Long ownStaffId,
                                             ImportProgress progress, Instant started) {
        AccreditationCsv.Checked checked = checkAccreditations(csv, ownStaffId);
        rejectIfProblems(withEmptyCheck(checked.problems(), checked.rowsRead()));
        List<AccreditationCsv.Row> rows = checked.rows();
        progress.update(ImportProgress.Step.WRITING, 0, rows.size());
        Instant now = Instant.now();
        Set<Long> people = new LinkedHashSet<>();
        int done = 0;
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<AccreditationService.Award> awards = new ArrayList<>();
            for (AccreditationCsv.Row row : rows.subList(from, Math.min(rows.size(), from + CHUNK))) {
                // Historic records, vouched for by the importing manager.
                awards.add(new AccreditationService.Award(row.staffId(), row.programme().id(), row.stage(),
                        row.awardedOn(), row.expiresOn(), row.awardingBody(), row.certificateRef(),
                        AccreditationRecord.Origin.IMPORT, actor, actor, now));
                people.add(row.staffId());
            }
            accreditations.award(awards, "imported from " + fileName);
            done += awards.size();
            progress.update(ImportProgress.Step.WRITING, done, rows.size());
        }
        recompute(people, progress);
        audit.recordAs(actor, "ACCREDITATIONS_IMPORTED", "Import", null, rows.size() + " accreditation records for "
                + people.size() + " staff added from " + fileName + " (" + checked.rowsRead() + " rows)");
        return new ImportResult(ImportKind.ACCREDITATIONS, fileName, checked.rowsRead(), rows.size(), people.size(),
                Duration.between(started, Instant.now()));
    }

    /** The index is refreshed in slices only to move the progress bar; it is all one transaction. */
    private void recompute(Collection<Long> staffIds, ImportProgress progress) {
        List<Long> ids = List.copyOf(staffIds);
        progress.update(ImportProgress.Step.RECOMPUTING, 0, ids.size());
        for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK));
            recordsChanged.fire(RecordsChanged.of(slice));
            progress.update(ImportProgress.Step.RECOMPUTING, from + slice.size(), ids.size());
        }
    }

    private StaffCsv.Checked checkStaff(byte[] csv) {
        CsvFile file = CsvFile.read(csv, StaffCsv.COLUMNS);
        Map<String, Long> organisations = names("SELECT o.name, o.id FROM Organisation o");
        Map<String, Long> localities = names("SELECT l.code, l.id FROM Locality l");
        Map<String, Long> settings = names("SELECT s.name, s.id FROM Setting s");
        Map<String, Long> existing = staffByRef(StaffCsv.refsMentioned(file));
        return StaffCsv.check(file, new StaffCsv.Reference(organisations, localities, settings, existing));
    }

    private AccreditationCsv.Checked checkAccreditations(byte[] csv, Long ownStaffId) {
        CsvFile file = CsvFile.read(csv, AccreditationCsv.COLUMNS);
        Map<String, Long> staff = staffByRef(AccreditationCsv.refsMentioned(file));
        List<AccreditationCsv.ProgrammeRef> programmes = catalogue.programmes().stream()
                .map(p -> new AccreditationCsv.ProgrammeRef(p.id(), p.name(), p.accreditingBody())).toList();
        Set<AccreditationCsv.RecordKey> existing = new HashSet<>();
        List<Long> ids = List.copyOf(new HashSet<>(staff.values()));
        for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK));
            for (Object[] r : em.createQuery("SELECT a.staffId, a.programmeId, a.stage, a.awardedOn"
                    + " FROM AccreditationRecord a WHERE a.staffId IN :ids", Object[].class)
                    .setParameter("ids", slice).getResultList()) {
                existing.add(new AccreditationCsv.RecordKey((Long) r[0], (String) r[1], (AccreditationStage) r[2],
                        (LocalDate) r[3]));
            }
        }
        return AccreditationCsv.check(file, new AccreditationCsv.Reference(staff, programmes, existing, ownStaffId,
                today.date()));
    }

    /** Employee ref → id of the people among {@code refs} who are already on the staff list. */
    private Map<String, Long> staffByRef(Set<String> refs) {
        Map<String, Long> found = new HashMap<>();
        List<String> all = List.copyOf(refs);
        for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
            List<String> slice = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK));
            for (Object[] r : em.createQuery("SELECT s.employeeRef, s.id FROM StaffMember s WHERE s.employeeRef IN :refs",
                    Object[].class).setParameter("refs", slice).getResultList()) {
                found.put((String) r[0], (Long) r[1]);
            }
        }
        return found;
    }

    private Map<String, Long> names(String jpql) {
        Map<String, Long> byName = new HashMap<>();
        for (Object[] r : em.createQuery(jpql, Object[].class).getResultList()) {
            byName.put((String) r[0], (Long) r[1]);
        }
        return byName;
    }

    private static List<RowProblem> withEmptyCheck(List<RowProblem> problems, int rowsRead) {
        if (rowsRead > 0 || !problems.isEmpty()) {
            return problems;
        }
        return List.of(new RowProblem(2, null, "the file has a header but no rows to import"));
    }

    private static void rejectIfProblems(List<RowProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
    }

    private static StaffDetails withLineManager(StaffDetails d, Long lineManagerId) {
        return new StaffDetails(d.employeeRef(), d.givenName(), d.familyName(), d.email(), d.role(), d.professionalLevel(),
                d.registeredProfessional(), d.organisationId(), lineManagerId, d.startDate(), d.leaveDate(),
                d.localityIds(), d.settingIds());
    }
}
