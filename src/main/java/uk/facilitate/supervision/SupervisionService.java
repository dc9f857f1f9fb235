package uk.facilitate.supervision;

import static uk.facilitate.platform.Text.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.facilitate.catalogue.Catalogue;
import uk.facilitate.platform.Access;
import uk.facilitate.platform.AuditLog;
import uk.facilitate.platform.Inputs;
import uk.facilitate.platform.InvalidInput;
import uk.facilitate.qualification.service.QualificationIndex;
import uk.facilitate.staff.StaffMember;

/** The supervision log: sessions a practitioner received, which keep their delivery current. */
@ApplicationScoped
@Transactional
public class SupervisionService {

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private AuditLog audit;

    @Inject
    private Catalogue catalogue;

    @Inject
    private QualificationIndex qualificationIndex;

    public SupervisionSession add(long staffId, SupervisionInput input) {
        access.requireEditRecordsOf(staffId);
        List<InvalidInput.Problem> problems = new ArrayList<>(Inputs.problems(input));
        if (input.date() == null) {
            problems.add(new InvalidInput.Problem("date", "Give the date of the session"));
        } else if (input.date().isAfter(LocalDate.now())) {
            problems.add(new InvalidInput.Problem("date", "A session cannot be logged before it has happened"));
        }
        if (input.kind() == null) {
            problems.add(new InvalidInput.Problem("kind", "Choose the kind of supervision"));
        }
        if (input.minutes() != null && (input.minutes() < 1 || input.minutes() > 600)) {
            problems.add(new InvalidInput.Problem("minutes", "Length must be between 1 and 600 minutes"));
        }
        if (input.programmeId() != null && !input.programmeId().isBlank() && catalogue.find(input.programmeId()).isEmpty()) {
            problems.add(new InvalidInput.Problem("programmeId", "'" + input.programmeId() + "' is not in the catalogue"));
        }
        if (input.supervisorId() != null) {
            if (input.supervisorId() == staffId) {
                problems.add(new InvalidInput.Problem("supervisorId", "Nobody supervises themselves"));
            } else if (em.find(StaffMember.class, input.supervisorId()) == null) {
                problems.add(new InvalidInput.Problem("supervisorId", "No staff member with id " + input.supervisorId()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        SupervisionSession session = new SupervisionSession(staffId, input.supervisorId(), blankToNull(input.supervisorName()),
                input.date(), input.kind(), input.minutes(), blankToNull(input.programmeId()), blankToNull(input.notes()));
        em.persist(session);
        em.flush();
        audit.record("SUPERVISION_ADDED", "SupervisionSession", session.getId(), "staff " + staffId + " " + input.date());
        qualificationIndex.refresh(staffId);
        return session;
    }

    public List<SupervisionSession> sessionsOf(long staffId) {
        access.requireReadStaff(staffId);
        return em.createQuery("SELECT s FROM SupervisionSession s WHERE s.superviseeId = :staff"
                        + " ORDER BY s.sessionDate DESC, s.id DESC", SupervisionSession.class)
                .setParameter("staff", staffId).getResultList();
    }

}
