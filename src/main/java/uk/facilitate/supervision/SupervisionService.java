package uk.facilitate.supervision;

import static uk.facilitate.platform.Text.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import uk.facilitate.catalogue.Catalogue;
import uk.facilitate.platform.Access;
import uk.facilitate.platform.AuditLog;
import uk.facilitate.platform.Inputs;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.shared.RecordsChanged;
import uk.facilitate.shared.SupervisionKind;
import uk.facilitate.shared.Today;
import uk.facilitate.staff.StaffMember;
import uk.facilitate.verification.EntryVerification;

/** The supervision log: sessions a practitioner received, which keep their delivery current. */
@ApplicationScoped
@Transactional
public class SupervisionService {

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private Today today;

    @Inject
    private Access access;

    @Inject
    private AuditLog audit;

    @Inject
    private Catalogue catalogue;

    @Inject
    private Event<RecordsChanged> recordsChanged;

    public SupervisionSession add(long staffId, SupervisionInput input) {
        access.requireEditRecordsOf(staffId);
        List<InvalidInput.Problem> problems = new ArrayList<>(Inputs.problems(input));
        if (input.date() == null) {
            problems.add(new InvalidInput.Problem("date", "Give the date of the session"));
        } else if (input.date().isAfter(today.date())) {
            problems.add(new InvalidInput.Problem("date", "A session cannot be logged before it has happened"));
        }
        problems.addAll(sessionProblems(staffId, input.kind(), input.programmeId(), input.supervisorId()));
        if (input.minutes() != null && (input.minutes() < 1 || input.minutes() > 600)) {
            problems.add(new InvalidInput.Problem("minutes", "Length must be between 1 and 600 minutes"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        EntryVerification verification = EntryVerification.enteredBy(access, staffId);
        SupervisionSession session = new SupervisionSession(staffId, input.supervisorId(), blankToNull(input.supervisorName()),
                input.date(), input.kind(), input.minutes(), blankToNull(input.programmeId()), blankToNull(input.notes()),
                verification);
        em.persist(session);
        em.flush();
        audit.record("SUPERVISION_ADDED", "SupervisionSession", session.getId(), "staff " + staffId + " " + input.date()
                + (verification.isVerified() ? ", verified on entry" : ", waiting for verification"));
        recordsChanged.fire(RecordsChanged.of(staffId));
        return session;
    }

    /** A supervisor someone may name on a session: a member of staff, by id and name. */
    public record Supervisor(long id, String name) {
    }

    /**
     * The supervisors a session of this person may name: their line manager, then everyone in their
     * organisation who line-manages someone (the borough's supervisors), by name. Anyone else, such as
     * an external consultant, is named in free text ({@code supervisorName}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Supervisor> supervisorsFor(long staffId) {
        access.requireEditRecordsOf(staffId);
        return supervisors(staffId);
    }

    /**
     * What is wrong with a session's kind, programme and supervisor, whether logged or booked ahead; the
     * caller has checked access.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InvalidInput.Problem> sessionProblems(long staffId, SupervisionKind kind, String programmeId,
                                                      Long supervisorId) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new InvalidInput.Problem("kind", "Choose the kind of supervision"));
        }
        if (programmeId != null && !programmeId.isBlank() && catalogue.find(programmeId).isEmpty()) {
            problems.add(new InvalidInput.Problem("programmeId", "'" + programmeId + "' is not in the catalogue"));
        }
        // One answer for an unknown id, oneself and anyone not on the list, so the field reveals nothing.
        if (supervisorId != null && supervisors(staffId).stream().noneMatch(s -> s.id() == supervisorId)) {
            problems.add(new InvalidInput.Problem("supervisorId", "Choose a supervisor from the list"));
        }
        return problems;
    }

    private List<Supervisor> supervisors(long staffId) {
        StaffMember person = em.find(StaffMember.class, staffId);
        if (person == null) {
            return List.of();
        }
        long lineManager = person.getLineManagerId() == null ? -1L : person.getLineManagerId();
        List<Supervisor> lineManagerFirst = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT s.id, s.givenName, s.familyName FROM StaffMember s"
                        + " WHERE s.id <> :person AND (s.id = :lineManager OR (s.organisationId = :organisation"
                        + " AND EXISTS (SELECT r.id FROM StaffMember r WHERE r.lineManagerId = s.id)))"
                        + " ORDER BY s.familyName, s.givenName, s.id", Object[].class)
                .setParameter("person", staffId)
                .setParameter("lineManager", lineManager)
                .setParameter("organisation", person.getOrganisationId()).getResultList()) {
            Supervisor supervisor = new Supervisor((Long) row[0], row[1] + " " + row[2]);
            if (supervisor.id() == lineManager) {
                lineManagerFirst.add(0, supervisor);
            } else {
                lineManagerFirst.add(supervisor);
            }
        }
        return lineManagerFirst;
    }

    public List<SupervisionSession> sessionsOf(long staffId) {
        access.requireReadStaff(staffId);
        return em.createQuery("SELECT s FROM SupervisionSession s WHERE s.superviseeId = :staff"
                        + " ORDER BY s.sessionDate DESC, s.id DESC", SupervisionSession.class)
                .setParameter("staff", staffId).getResultList();
    }

}
