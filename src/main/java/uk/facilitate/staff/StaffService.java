package uk.facilitate.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.facilitate.platform.Access;
import uk.facilitate.platform.AuditLog;
import uk.facilitate.platform.Inputs;
import uk.facilitate.shared.ConcurrentEdit;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.shared.NotFound;
import uk.facilitate.shared.RecordsChanged;

/** Keeping the staff list: adding and updating people, with validation, audit and access checks. */
@ApplicationScoped
@Transactional
public class StaffService {

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Access access;

    @Inject
    private Event<RecordsChanged> recordsChanged;

    public StaffMember create(StaffDetails details) {
        access.requireStaffManagement();
        validate(details, null);
        StaffMember staff = new StaffMember(details.employeeRef());
        staff.update(details);
        em.persist(staff);
        em.flush();
        audit.record("STAFF_CREATED", "StaffMember", staff.getId(), staff.getEmployeeRef() + " " + staff.getFullName());
        recordsChanged.fire(RecordsChanged.of(staff.getId()));
        return staff;
    }

    /** Updates a person; {@code expectedVersion} is the version the editor saw (optimistic locking). */
    public StaffMember update(long staffId, StaffDetails details, long expectedVersion) {
        access.requireStaffManagement(staffId);
        StaffMember staff = require(staffId);
        if (staff.getVersion() != expectedVersion) {
            throw new ConcurrentEdit("Someone else changed " + staff.getFullName()
                    + " since you opened the record; reload to see their changes, then try again");
        }
        validate(details, staffId);
        staff.update(details);
        em.flush();
        audit.record("STAFF_UPDATED", "StaffMember", staffId, staff.getEmployeeRef());
        recordsChanged.fire(RecordsChanged.of(staffId));
        return staff;
    }

    public StaffMember find(long staffId) {
        access.requireReadStaff(staffId);
        return require(staffId);
    }

    StaffMember require(long staffId) {
        StaffMember staff = em.find(StaffMember.class, staffId);
        if (staff == null) {
            throw new NotFound("No staff member with id " + staffId);
        }
        return staff;
    }

    private void validate(StaffDetails d, Long existingId) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        require(problems, d.employeeRef(), "employeeRef", "Employee reference is required");
        require(problems, d.givenName(), "givenName", "Given name is required");
        require(problems, d.familyName(), "familyName", "Family name is required");
        problems.addAll(Inputs.problems(d));
        if (d.email() != null && !d.email().isBlank() && !d.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new InvalidInput.Problem("email", "Email must be an address like name@example.org"));
        }
        if (d.role() == null) {
            problems.add(new InvalidInput.Problem("role", "Role is required"));
        }
        if (d.professionalLevel() != null && (d.professionalLevel() < 1 || d.professionalLevel() > 8)) {
            problems.add(new InvalidInput.Problem("professionalLevel", "Professional level must be an RQF level from 1 to 8"));
        }
        if (d.startDate() != null && d.leaveDate() != null && d.leaveDate().isBefore(d.startDate())) {
            problems.add(new InvalidInput.Problem("leaveDate", "Leave date cannot be before the start date"));
        }
        if (d.organisationId() == null) {
            problems.add(new InvalidInput.Problem("organisationId", "Organisation is required"));
        } else if (em.find(Organisation.class, d.organisationId()) == null) {
            problems.add(new InvalidInput.Problem("organisationId", "No organisation with id " + d.organisationId()));
        }
        if (d.lineManagerId() != null && (d.lineManagerId().equals(existingId)
                || em.find(StaffMember.class, d.lineManagerId()) == null)) {
            problems.add(new InvalidInput.Problem("lineManagerId", "Line manager must be another member of staff on the list"));
        }
        unknownIds(problems, "localityIds", "Locality", d.localityIds(), "SELECT l.id FROM Locality l WHERE l.id IN :ids");
        unknownIds(problems, "settingIds", "Setting", d.settingIds(), "SELECT s.id FROM Setting s WHERE s.id IN :ids");
        if (d.employeeRef() != null && !d.employeeRef().isBlank()) {
            List<Long> holders = em.createQuery("SELECT s.id FROM StaffMember s WHERE s.employeeRef = :ref", Long.class)
                    .setParameter("ref", d.employeeRef()).getResultList();
            if (holders.stream().anyMatch(id -> !id.equals(existingId))) {
                problems.add(new InvalidInput.Problem("employeeRef",
                        "Employee reference " + d.employeeRef() + " already belongs to someone else"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private void unknownIds(List<InvalidInput.Problem> problems, String field, String what, Set<Long> ids, String jpql) {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> found = em.createQuery(jpql, Long.class).setParameter("ids", ids).getResultList();
        ids.stream().filter(id -> !found.contains(id)).forEach(id ->
                problems.add(new InvalidInput.Problem(field, "No " + what.toLowerCase() + " with id " + id)));
    }

    private static void require(List<InvalidInput.Problem> problems, String value, String field, String message) {
        if (value == null || value.isBlank()) {
            problems.add(new InvalidInput.Problem(field, message));
        }
    }
}
