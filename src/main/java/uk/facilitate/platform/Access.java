package uk.facilitate.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.facilitate.platform.security.AppUser;
import uk.facilitate.platform.security.Role;
import uk.facilitate.platform.security.UserStore;
import uk.facilitate.shared.Forbidden;
import uk.facilitate.shared.NotFound;

/**
 * The one place where roles and ownership are checked. Application services call it before
 * doing anything, so pages and the API are held to the same rules:
 * staff see and edit only their own records and never verify their own accreditations;
 * coordinators read staff and cover in their localities; managers manage staff, verify
 * accreditations and run imports; admins manage users and the catalogue.
 */
@RequestScoped
public class Access {

    @Inject
    private SecurityContext security;

    @Inject
    private UserStore users;

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    private Optional<AppUser> user;

    /** The signed-in user's name, as records and the audit trail name them; "system" for the app's own work. */
    public String userName() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? "system" : principal.getName();
    }

    public Optional<AppUser> user() {
        if (user == null) {
            Principal principal = security.getCallerPrincipal();
            user = principal == null ? Optional.empty() : users.find(principal.getName());
        }
        return user;
    }

    public boolean is(String role) {
        return security.isCallerInRole(role);
    }

    public boolean isManager() {
        return is(Role.WORKFORCE_MANAGER) || is(Role.ADMIN);
    }

    public boolean isCoordinator() {
        return is(Role.COORDINATOR);
    }

    /** The signed-in person's own staff record, if their account is linked to one. */
    public Optional<Long> ownStaffId() {
        return user().map(AppUser::getStaffId);
    }

    public boolean isOwn(long staffId) {
        return ownStaffId().map(id -> id == staffId).orElse(false);
    }

    public void requireSignedIn() {
        if (security.getCallerPrincipal() == null) {
            throw new Forbidden("Please sign in");
        }
    }

    public void requireStaffManagement() {
        if (!isManager()) {
            throw new Forbidden("Only workforce development managers may add or change staff records");
        }
    }

    /** Changing a person's details: managers; to anyone else the person is forbidden if they may read it, else not found. */
    public void requireStaffManagement(long staffId) {
        requireSignedIn();
        if (!isManager()) {
            throw refusal(staffId, "Only workforce development managers may add or change staff records");
        }
    }

    public void requireManager(String what) {
        if (!isManager()) {
            throw new Forbidden("Only workforce development managers may " + what);
        }
    }

    public void requireAdmin(String what) {
        if (!is(Role.ADMIN)) {
            throw new Forbidden("Only administrators may " + what);
        }
    }

    /** Cover, the directory and group planning: coordinators and managers. */
    public void requireCoverReader() {
        if (!isManager() && !isCoordinator()) {
            throw new Forbidden("Only programme coordinators and workforce managers may see facilitator cover");
        }
    }

    public boolean canReadStaff(long staffId) {
        if (isManager() || isOwn(staffId)) {
            return true;
        }
        return isCoordinator() && sharesLocality(staffId);
    }

    /** Reading a person's record; someone else's record is reported as not found, not forbidden. */
    public void requireReadStaff(long staffId) {
        requireSignedIn();
        if (!canReadStaff(staffId)) {
            throw new NotFound("No staff member with id " + staffId);
        }
    }

    /** Adding accreditations, supervision and checks: the person themselves, or a manager. */
    public void requireEditRecordsOf(long staffId) {
        requireSignedIn();
        if (!isManager() && !isOwn(staffId)) {
            throw refusal(staffId, "You may only add records to your own file");
        }
        // A manager may write to anyone's file, so say plainly when there is no such person rather
        // than let the database refuse the reference.
        Number found = (Number) em.createNativeQuery("SELECT COUNT(*) FROM staff_member WHERE id = ?")
                .setParameter(1, staffId).getSingleResult();
        if (found.longValue() == 0) {
            throw new NotFound("No staff member with id " + staffId);
        }
    }

    /**
     * Booking, moving or cancelling a renewal ahead (supervision, DBS re-check, safeguarding refresh):
     * the person themselves, their line manager, or a manager. Booking changes no record held.
     */
    public void requireBookFor(long staffId) {
        requireSignedIn();
        if (isLineManagerOf(staffId)) {
            return;
        }
        if (!isManager() && !isOwn(staffId)) {
            throw refusal(staffId, "You may book renewals only for yourself and the people you line-manage");
        }
        requireEditRecordsOf(staffId);
    }

    /** Verifying or rejecting: a manager, and never for their own record. */
    public void requireVerify(long staffIdOfRecord) {
        requireManager("verify accreditations and checks");
        if (isOwn(staffIdOfRecord)) {
            throw new Forbidden("Nobody may verify their own records; ask another manager");
        }
    }

    /**
     * Whether what the signed-in person enters for this member of staff counts as verified at once: a
     * manager's entry for someone else, from evidence seen. Everyone's own entries wait for another manager.
     */
    public boolean vouchesFor(long staffId) {
        return isManager() && !isOwn(staffId);
    }

    /**
     * The refusal of a change to someone's record: forbidden when the caller may read that person, else
     * not found, so a change can never reveal whether a record the caller may not see exists.
     */
    public RuntimeException refusal(long staffId, String why) {
        return canReadStaff(staffId) ? new Forbidden(why) : new NotFound("No staff member with id " + staffId);
    }

    /** Whether the signed-in person is this member of staff's line manager (on the staff list). */
    public boolean isLineManagerOf(long staffId) {
        Optional<Long> own = ownStaffId();
        if (own.isEmpty()) {
            return false;
        }
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM staff_member WHERE id = ? AND line_manager_id = ?")
                .setParameter(1, staffId).setParameter(2, own.get()).getSingleResult();
        return count.longValue() > 0;
    }

    /** Localities the signed-in coordinator covers (their own staff record's localities). */
    public Set<Long> coordinatorLocalities() {
        Optional<Long> own = ownStaffId();
        if (own.isEmpty()) {
            return Set.of();
        }
        // A native query's result class must be an entity for EclipseLink, so the numbers are mapped here.
        List<?> ids = em.createNativeQuery("SELECT locality_id FROM staff_locality WHERE staff_id = ?")
                .setParameter(1, own.get()).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private boolean sharesLocality(long staffId) {
        Optional<Long> own = ownStaffId();
        if (own.isEmpty()) {
            return false;
        }
        Number shared = (Number) em.createNativeQuery("SELECT COUNT(*) FROM staff_locality theirs"
                        + " JOIN staff_locality mine ON mine.locality_id = theirs.locality_id"
                        + " WHERE theirs.staff_id = ? AND mine.staff_id = ?")
                .setParameter(1, staffId).setParameter(2, own.get()).getSingleResult();
        return shared.longValue() > 0;
    }
}
