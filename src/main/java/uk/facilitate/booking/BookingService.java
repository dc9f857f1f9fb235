package uk.facilitate.booking;

import static uk.facilitate.platform.Text.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import uk.facilitate.compliance.ComplianceCheck;
import uk.facilitate.compliance.ComplianceInput;
import uk.facilitate.compliance.ComplianceService;
import uk.facilitate.platform.Access;
import uk.facilitate.platform.AuditLog;
import uk.facilitate.platform.Inputs;
import uk.facilitate.shared.ConcurrentEdit;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.shared.SupervisionKind;
import uk.facilitate.shared.NotFound;
import uk.facilitate.shared.Today;
import uk.facilitate.staff.StaffMember;
import uk.facilitate.supervision.SupervisionInput;
import uk.facilitate.supervision.SupervisionService;
import uk.facilitate.web.Formats;

/**
 * Renewals booked ahead: supervision sessions, DBS re-checks and safeguarding refreshes. A booking
 * changes no verdict on the records held, so booking, moving and cancelling fire no RecordsChanged;
 * marking one held logs the session or check through its own feature, which does.
 */
@ApplicationScoped
@Transactional
public class BookingService {

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private Today today;

    @Inject
    private Access access;

    @Inject
    private AuditLog audit;

    @Inject
    private Formats fmt;

    @Inject
    private SupervisionService supervision;

    @Inject
    private ComplianceService compliance;

    public Booking book(long staffId, BookingInput input) {
        access.requireBookFor(staffId);
        List<InvalidInput.Problem> problems = new ArrayList<>(Inputs.problems(input));
        if (input.renewal() == null) {
            problems.add(new InvalidInput.Problem("renewal", "Choose what to book: SUPERVISION, DBS or SAFEGUARDING"));
        }
        dateProblem(staffId, input.date()).ifPresent(problems::add);
        if (input.renewal() == Booking.Renewal.SUPERVISION) {
            // The same rules, and the same answers, as logging a session.
            problems.addAll(supervision.sessionProblems(staffId, input.kind(), input.programmeId(), input.supervisorId()));
        } else if (input.renewal() != null) {
            String what = input.renewal().label();
            if (input.kind() != null) {
                problems.add(new InvalidInput.Problem("kind", "Only supervision has a kind; a " + what + " has none"));
            }
            if (input.supervisorId() != null || blankToNull(input.supervisorName()) != null) {
                problems.add(new InvalidInput.Problem("supervisorId", "Only supervision names a supervisor"));
            }
            if (blankToNull(input.programmeId()) != null) {
                problems.add(new InvalidInput.Problem("programmeId", "A " + what + " is not for one programme"));
            }
        }
        if (input.renewal() == Booking.Renewal.SAFEGUARDING) {
            if (input.safeguardingLevel() == null || input.safeguardingLevel() < 1 || input.safeguardingLevel() > 5) {
                problems.add(new InvalidInput.Problem("safeguardingLevel",
                        "Give the level of the safeguarding course booked, 1 to 5"));
            }
        } else if (input.safeguardingLevel() != null) {
            problems.add(new InvalidInput.Problem("safeguardingLevel", "Only a safeguarding refresh has a level"));
        }
        if (problems.isEmpty() && alreadyBooked(staffId, input)) {
            problems.add(new InvalidInput.Problem("date", "This is already booked for " + fmt.date(input.date())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Booking booking = new Booking(staffId, input.renewal(), input.date(), input.kind(), input.supervisorId(),
                blankToNull(input.supervisorName()), blankToNull(input.programmeId()), input.safeguardingLevel(),
                blankToNull(input.notes()), access.userName());
        em.persist(booking);
        em.flush();
        audit.record("BOOKING_MADE", "Booking", booking.getId(), "staff " + staffId + " " + input.renewal() + " for "
                + input.date());
        return booking;
    }

    /** A supervision session a loader books for someone (the demo borough): no signed-in user is needed. */
    public record LoadedSession(long staffId, LocalDate date, SupervisionKind kind, Long supervisorId) {
    }

    /**
     * Supervision sessions booked by a loader, in one go and one audit entry: each dated today or later, one per
     * person and date. A loader's data is trusted no further than that; anything else is refused whole.
     */
    public int bookSessions(List<LoadedSession> sessions, String source) {
        LocalDate from = today.date();
        for (LoadedSession s : sessions) {
            if (s.date() == null || s.date().isBefore(from) || s.kind() == null) {
                throw InvalidInput.of("date", "A loaded booking for staff " + s.staffId() + " must have a kind and a date"
                        + " from " + fmt.date(from) + " on, not " + (s.date() == null ? "none" : fmt.date(s.date())));
            }
        }
        for (LoadedSession s : sessions) {
            em.persist(new Booking(s.staffId(), Booking.Renewal.SUPERVISION, s.date(), s.kind(), s.supervisorId(), null,
                    null, null, null, source));
        }
        em.flush();
        // A loader runs with nobody signed in (the demo at start-up), so the entry names the loader.
        audit.recordAs(source, "BOOKINGS_LOADED", "Booking", null, sessions.size() + " supervision sessions booked");
        return sessions.size();
    }

    /** Moves a booking that has not taken place to another date, today or later. */
    public Booking move(long staffId, long bookingId, LocalDate date, Long version) {
        Booking booking = open(staffId, bookingId, version, "moved");
        dateProblem(staffId, date).ifPresent(problem -> {
            throw new InvalidInput(List.of(problem));
        });
        LocalDate from = booking.getBookedFor();
        booking.moveTo(date);
        em.flush();
        audit.record("BOOKING_MOVED", "Booking", bookingId, "staff " + staffId + " " + booking.getRenewal() + " from "
                + from + " to " + date);
        return booking;
    }

    public Booking cancel(long staffId, long bookingId, Long version) {
        Booking booking = open(staffId, bookingId, version, "cancelled");
        booking.cancel();
        em.flush();
        audit.record("BOOKING_CANCELLED", "Booking", bookingId, "staff " + staffId + " " + booking.getRenewal() + " for "
                + booking.getBookedFor());
        return booking;
    }

    /**
     * Marks a booking held: the session or check is logged on the booked date, with the same rules and
     * verification as logging it by hand (so only the person or a manager may do it), and the booking
     * points to it.
     */
    public Booking markHeld(long staffId, long bookingId, HeldInput held) {
        access.requireEditRecordsOf(staffId);
        Booking booking = open(staffId, bookingId, held.version(), "marked held");
        List<InvalidInput.Problem> problems = new ArrayList<>(Inputs.problems(held));
        if (booking.getBookedFor().isAfter(today.date())) {
            problems.add(new InvalidInput.Problem("date", "This " + booking.getRenewal().label() + " is booked for "
                    + fmt.date(booking.getBookedFor()) + ", which has not come yet; mark it held on or after that day,"
                    + " or move it first if it took place earlier"));
        }
        if (booking.getRenewal() != Booking.Renewal.SUPERVISION && held.minutes() != null) {
            problems.add(new InvalidInput.Problem("minutes", "Only a supervision session has a length"));
        }
        if (booking.getRenewal() != Booking.Renewal.DBS
                && (blankToNull(held.certificateNumber()) != null || held.updateService())) {
            problems.add(new InvalidInput.Problem("certificateNumber", "Only a DBS re-check has a certificate"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long recordId = switch (booking.getRenewal()) {
            case SUPERVISION -> supervision.add(staffId, new SupervisionInput(booking.getBookedFor(),
                    booking.getSupervisionKind(), booking.getSupervisorId(), booking.getSupervisorName(), held.minutes(),
                    booking.getProgrammeId(), booking.getNotes())).getId();
            case DBS -> compliance.add(staffId, new ComplianceInput(ComplianceCheck.Kind.DBS, booking.getBookedFor(),
                    held.certificateNumber(), held.updateService(), null)).getId();
            case SAFEGUARDING -> compliance.add(staffId, new ComplianceInput(ComplianceCheck.Kind.SAFEGUARDING,
                    booking.getBookedFor(), null, false, booking.getSafeguardingLevel())).getId();
        };
        booking.held(recordId);
        em.flush();
        audit.record("BOOKING_HELD", "Booking", bookingId, "staff " + staffId + " " + booking.getRenewal() + " on "
                + booking.getBookedFor() + ", logged as record " + recordId);
        return booking;
    }

    /** A person's bookings: those still to take place first, soonest first, then the rest, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Booking> bookingsOf(long staffId) {
        // Whoever may book for someone sees what is booked: a line manager too.
        if (!access.isLineManagerOf(staffId)) {
            access.requireReadStaff(staffId);
        }
        List<Booking> newestFirst = em.createQuery("SELECT b FROM Booking b WHERE b.staffId = :staff"
                + " ORDER BY b.bookedFor DESC, b.id DESC", Booking.class).setParameter("staff", staffId).getResultList();
        List<Booking> toCome = new ArrayList<>(newestFirst.stream().filter(b -> b.getStatus() == Booking.Status.BOOKED)
                .toList());
        java.util.Collections.reverse(toCome);
        toCome.addAll(newestFirst.stream().filter(b -> b.getStatus() != Booking.Status.BOOKED).toList());
        return toCome;
    }

    /**
     * Bookings still to take place, on or after a date, for these people: for the planning views, which
     * have already checked that the caller may see them.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Booking> openBookings(Collection<Long> staffIds, LocalDate from) {
        if (staffIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT b FROM Booking b WHERE b.staffId IN :staff AND b.status = :booked"
                        + " AND b.bookedFor >= :from ORDER BY b.bookedFor, b.id", Booking.class)
                .setParameter("staff", staffIds).setParameter("booked", Booking.Status.BOOKED)
                .setParameter("from", from).getResultList();
    }

    /** A booking of this person, still booked, at the version the user saw. */
    private Booking open(long staffId, long bookingId, Long version, String what) {
        access.requireBookFor(staffId);
        Booking booking = em.find(Booking.class, bookingId);
        if (booking == null || booking.getStaffId() != staffId) {
            throw new NotFound("No booking " + bookingId + " for staff member " + staffId);
        }
        if (version == null) {
            throw new InvalidInput(List.of(new InvalidInput.Problem("version",
                    "Give the version of the booking you saw, so nobody else's change is overwritten")));
        }
        if (version != booking.getVersion()) {
            throw new ConcurrentEdit("Someone else has changed this booking since you opened it; reload and try again");
        }
        if (booking.getStatus() != Booking.Status.BOOKED) {
            throw new InvalidInput(List.of(new InvalidInput.Problem("status", "This " + booking.getRenewal().label()
                    + " is already " + booking.getStatus().name().toLowerCase() + " and cannot be " + what)));
        }
        return booking;
    }

    /** Bookings are for today or later, and not on or after the day the person leaves. */
    private Optional<InvalidInput.Problem> dateProblem(long staffId, LocalDate date) {
        if (date == null) {
            return Optional.of(new InvalidInput.Problem("date", "Give the date it is booked for"));
        }
        if (date.isBefore(today.date())) {
            return Optional.of(new InvalidInput.Problem("date", fmt.date(date) + " has passed: a booking is"
                    + " for today or later; log a session or check that has already taken place in the record instead"));
        }
        StaffMember person = em.find(StaffMember.class, staffId);
        LocalDate leaves = person.getLeaveDate();
        if (leaves != null && !leaves.isAfter(today.date())) {
            return Optional.of(new InvalidInput.Problem("date", person.getFullName() + " left on "
                    + fmt.date(leaves) + "; nothing can be booked for a leaver"));
        }
        if (leaves != null && !date.isBefore(leaves)) {
            return Optional.of(new InvalidInput.Problem("date", person.getFullName() + " leaves on "
                    + fmt.date(leaves) + "; book a date before then"));
        }
        return Optional.empty();
    }

    private boolean alreadyBooked(long staffId, BookingInput input) {
        String programme = blankToNull(input.programmeId());
        return !em.createQuery("SELECT b.id FROM Booking b WHERE b.staffId = :staff AND b.renewal = :renewal"
                        + " AND b.bookedFor = :date AND b.status = :booked"
                        + " AND (b.programmeId = :programme OR (b.programmeId IS NULL AND :programme IS NULL))", Long.class)
                .setParameter("staff", staffId).setParameter("renewal", input.renewal())
                .setParameter("date", input.date()).setParameter("booked", Booking.Status.BOOKED)
                .setParameter("programme", programme).setMaxResults(1).getResultList().isEmpty();
    }
}
