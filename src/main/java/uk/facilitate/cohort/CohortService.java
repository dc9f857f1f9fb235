package uk.facilitate.cohort;

import static uk.facilitate.platform.Text.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.facilitate.accreditation.AccreditationRecord;
import uk.facilitate.accreditation.AccreditationService;
import uk.facilitate.catalogue.Catalogue;
import uk.facilitate.catalogue.Programme.TrainingStep;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.cohort.CohortApi.AttendanceView;
import uk.facilitate.cohort.CohortApi.Completion;
import uk.facilitate.cohort.CohortApi.CompletionView;
import uk.facilitate.cohort.CohortApi.EventDetailView;
import uk.facilitate.cohort.CohortApi.EventView;
import uk.facilitate.cohort.CohortApi.NominationResult;
import uk.facilitate.cohort.CohortApi.NominationView;
import uk.facilitate.cohort.CohortApi.PlaceFreed;
import uk.facilitate.cohort.CohortApi.SessionView;
import uk.facilitate.cohort.CohortApi.StepView;
import uk.facilitate.cohort.core.CompletionRule;
import uk.facilitate.cohort.core.EventStatus;
import uk.facilitate.cohort.core.NominationStatus;
import uk.facilitate.cohort.core.Prerequisites;
import uk.facilitate.cohort.core.SessionSeries;
import uk.facilitate.cohort.core.Waitlist;
import uk.facilitate.platform.AcceptedDates;
import uk.facilitate.platform.Access;
import uk.facilitate.platform.AuditLog;
import uk.facilitate.platform.Inputs;
import uk.facilitate.platform.MaxLength;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.shared.ConcurrentEdit;
import uk.facilitate.shared.Forbidden;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.shared.NotFound;
import uk.facilitate.shared.RecordsChanged;
import uk.facilitate.shared.Today;
import uk.facilitate.staff.Locality;
import uk.facilitate.staff.StaffMember;
import uk.facilitate.verification.Verification;

/**
 * Training events and their nominations, attendance and completion. Managers manage; staff may
 * nominate themselves (a request a manager approves) and withdraw; a line manager may record a
 * release. Capacity decisions lock the event row, so two nominations never take the last place.
 */
@ApplicationScoped
@Transactional
public class CohortService {

    static final Set<NominationStatus> ACTIVE = EnumSet.of(NominationStatus.REQUESTED, NominationStatus.CONFIRMED,
            NominationStatus.WAITLISTED);
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private AccreditationService accreditations;

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

    @Inject
    private CohortSettingsStore settings;

    /** A session to create, after series and drafts have been expanded. */
    public record SessionInput(LocalDate date, LocalTime startsAt, LocalTime endsAt, @MaxLength(64) String stepId) {
    }

    /** Filters of the event list; any may be null. */
    public record EventFilter(String programmeId, Long localityId, EventStatus status) {
    }

    // --- events -----------------------------------------------------------------------------

    /**
     * Plans an event. With no sessions listed and a {@code draftStart}, the sessions are a first draft of
     * the steps delivered (a day per training day, on working days), for the manager to edit.
     */
    public EventView create(EventDetails details, List<SessionInput> sessions, LocalDate draftStart) {
        access.requireManager("plan training events");
        EventDetails complete = withCatalogueCost(details);
        List<String> steps = validate(complete, null);
        TrainingEvent event = new TrainingEvent(complete.programmeId(), actor());
        event.update(complete, steps);
        em.persist(event);
        em.flush();
        List<SessionInput> toSave = sessions;
        if (sessions.isEmpty() && draftStart != null) {
            toSave = SessionSeries.forSteps(steps(event, catalogue.require(event.getProgrammeId())), draftStart).stream()
                    .map(p -> new SessionInput(p.date(), p.startsAt(), p.endsAt(), p.stepId())).toList();
        }
        saveSessions(event, toSave);
        audit.record("EVENT_CREATED", "TrainingEvent", event.getId(), event.getTitle());
        return view(event);
    }

    public EventView update(long eventId, EventDetails details, long expectedVersion) {
        access.requireManager("change training events");
        TrainingEvent event = lock(eventId);
        checkVersion(event, expectedVersion);
        if (!event.getStatus().editable()) {
            throw InvalidInput.of("status", "A " + event.getStatus().label().toLowerCase() + " event can no longer be changed");
        }
        EventDetails complete = withCatalogueCost(details);
        List<String> steps = validate(complete, event);
        long confirmed = Waitlist.confirmed(entries(eventId));
        if (complete.capacity() < confirmed) {
            throw InvalidInput.of("capacity", "There are " + confirmed + " confirmed places; withdraw someone before"
                    + " reducing the capacity to " + complete.capacity());
        }
        event.update(complete, steps);
        em.flush();
        audit.record("EVENT_UPDATED", "TrainingEvent", eventId, event.getTitle());
        promote(event, "the capacity grew to " + event.getCapacity());
        return view(event);
    }

    public EventView replaceSessions(long eventId, List<SessionInput> sessions, long expectedVersion) {
        access.requireManager("change training events");
        TrainingEvent event = lock(eventId);
        checkVersion(event, expectedVersion);
        if (!event.getStatus().editable()) {
            throw InvalidInput.of("sessions", "The sessions of a " + event.getStatus().label().toLowerCase()
                    + " event can no longer be changed");
        }
        em.createNativeQuery("DELETE FROM session_attendance WHERE session_id IN"
                + " (SELECT id FROM training_session WHERE event_id = ?)").setParameter(1, eventId).executeUpdate();
        em.createQuery("DELETE FROM TrainingSession s WHERE s.eventId = :event").setParameter("event", eventId).executeUpdate();
        saveSessions(event, sessions);
        em.lock(event, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record("EVENT_SESSIONS_CHANGED", "TrainingEvent", eventId, sessions.size() + " sessions");
        em.flush();
        return view(event);
    }

    /**
     * The sessions of a series a manager asks for on the cohort page, checked field by field ({@code seriesStart},
     * {@code seriesCount}, {@code seriesEvery}, {@code seriesStartsAt}, {@code seriesEndsAt}, {@code seriesStep}).
     * Nothing is saved: the page adds them to the sessions it has and saves all with {@link #replaceSessions}.
     */
    public List<SessionInput> series(long eventId, SessionSeries.Request request, String stepId) {
        access.requireManager("change training events");
        TrainingEvent event = require(eventId);
        List<InvalidInput.Problem> problems = new ArrayList<>();
        request.problems(today.date()).forEach((part, message) -> problems.add(new InvalidInput.Problem(
                "series" + Character.toUpperCase(part.charAt(0)) + part.substring(1), message)));
        String step = stepId == null || stepId.isBlank() ? event.getSteps().get(0) : stepId;
        if (!event.getSteps().contains(step)) {
            problems.add(new InvalidInput.Problem("seriesStep", "'" + step + "' is not a step this event delivers"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return request.plan(today.date(), step).stream()
                .map(p -> new SessionInput(p.date(), p.startsAt(), p.endsAt(), p.stepId())).toList();
    }

    public EventView changeStatus(long eventId, EventStatus to, String reason, long expectedVersion) {
        access.requireManager("change a training event's status");
        TrainingEvent event = lock(eventId);
        checkVersion(event, expectedVersion);
        if (to == EventStatus.COMPLETED) {
            throw InvalidInput.of("status", "Complete the event with the completion action, which checks attendance");
        }
        Optional<String> refusal = event.getStatus().refusal(to);
        if (refusal.isPresent()) {
            throw InvalidInput.of("status", refusal.get());
        }
        if (to == EventStatus.RUNNING && sessions(eventId).isEmpty()) {
            throw InvalidInput.of("status", "Add the event's sessions before it starts running");
        }
        if (to == EventStatus.CANCELLED && (reason == null || reason.isBlank())) {
            throw InvalidInput.of("reason", "Say why the event is cancelled; the nominees are told");
        }
        String why = blankToNull(reason);
        event.moveTo(to, to == EventStatus.CANCELLED ? why : null);
        if (to == EventStatus.CANCELLED) {
            for (Nomination n : nominationsOf(eventId)) {
                if (n.getStatus().active()) {
                    n.moveTo(NominationStatus.CANCELLED, "The event was cancelled: " + why);
                }
            }
        }
        em.flush();
        audit.record("EVENT_STATUS_CHANGED", "TrainingEvent", eventId, to + (why == null ? "" : ": " + why));
        return view(event);
    }

    /** Events, soonest first, a page at a time; visible to every signed-in user (no personal data). */
    public List<EventView> events(EventFilter filter, int first, int max) {
        access.requireSignedIn();
        Map<String, Object> params = new HashMap<>();
        TypedQuery<TrainingEvent> query = em.createQuery("SELECT e FROM TrainingEvent e" + where(filter, params)
                + " ORDER BY (SELECT MIN(s.date) FROM TrainingSession s WHERE s.eventId = e.id), e.id", TrainingEvent.class);
        params.forEach(query::setParameter);
        return views(query.setFirstResult(first).setMaxResults(max).getResultList());
    }

    public EventView event(long eventId) {
        access.requireSignedIn();
        return view(require(eventId));
    }

    /**
     * The event with its sessions, nominations and register: workforce managers and administrators only, as on
     * the cohort page; nominees come from every locality, so coordinators (who see only their own localities'
     * people) are refused, and see the people they cover on each person's record instead.
     */
    public EventDetailView detail(long eventId) {
        access.requireManager("see a cohort's nominees and register");
        TrainingEvent event = require(eventId);
        List<AttendanceView> attendance = em.createQuery("SELECT a.sessionId, a.staffId, a.present FROM SessionAttendance a"
                        + " WHERE a.sessionId IN (SELECT s.id FROM TrainingSession s WHERE s.eventId = :event)", Object[].class)
                .setParameter("event", eventId).getResultList().stream()
                .map(r -> new AttendanceView((Long) r[0], (Long) r[1], (Boolean) r[2])).toList();
        return new EventDetailView(view(event), sessionViews(event, sessions(eventId)),
                nominationViews(event, nominationsOf(eventId)), attendance);
    }

    /** Sessions of events in a date range (the schedule), optionally of one programme or locality. */
    public List<SessionView> sessionsBetween(LocalDate from, LocalDate to, String programmeId, Long localityId) {
        access.requireSignedIn();
        if (from == null || to == null || to.isBefore(from) || from.plusDays(400).isBefore(to)) {
            throw InvalidInput.of("to", "Give a range of at most 400 days, from on or before to");
        }
        StringBuilder jpql = new StringBuilder("SELECT s, e FROM TrainingSession s, TrainingEvent e WHERE e.id = s.eventId"
                + " AND s.date BETWEEN :from AND :to AND e.status <> :cancelled");
        if (programmeId != null && !programmeId.isBlank()) {
            jpql.append(" AND e.programmeId = :programme");
        }
        if (localityId != null) {
            jpql.append(" AND e.localityId = :locality");
        }
        TypedQuery<Object[]> query = em.createQuery(jpql.append(" ORDER BY s.date, s.startsAt, s.id").toString(), Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("cancelled", EventStatus.CANCELLED);
        if (programmeId != null && !programmeId.isBlank()) {
            query.setParameter("programme", programmeId);
        }
        if (localityId != null) {
            query.setParameter("locality", localityId);
        }
        return query.getResultList().stream().map(r -> sessionView((TrainingEvent) r[1], (TrainingSession) r[0])).toList();
    }

    /** The calendar entries of one event. */
    public List<SessionView> sessionsOf(long eventId) {
        access.requireSignedIn();
        TrainingEvent event = require(eventId);
        return sessionViews(event, sessions(eventId));
    }

    // --- nominations ------------------------------------------------------------------------

    /**
     * Nominates a person. A manager's nomination takes a free place or joins the waitlist; a member of
     * staff nominating themselves asks for a place, which a manager approves. Refused, with the reason,
     * when a prerequisite step is missing or the person has another event's session on the same day.
     */
    public NominationResult nominate(long eventId, Long staffIdOrNull) {
        access.requireSignedIn();
        long staffId = staffIdOrNull != null ? staffIdOrNull
                : access.ownStaffId().orElseThrow(() -> InvalidInput.of("staffId", "Say whom to nominate"));
        boolean manager = access.isManager();
        if (!manager && !access.isOwn(staffId)) {
            throw access.refusal(staffId, "You may nominate only yourself; ask a workforce development manager to nominate others");
        }
        TrainingEvent event = lock(eventId);
        if (manager ? !event.getStatus().takesNominations() : event.getStatus() != EventStatus.OPEN) {
            throw InvalidInput.of("eventId", "The event is " + event.getStatus().label().toLowerCase()
                    + (manager ? "; nominations are taken while it is planned, open or confirmed" : "; it is not open for nominations"));
        }
        StaffMember person = em.find(StaffMember.class, staffId);
        if (person == null) {
            throw InvalidInput.of("staffId", "No staff member with id " + staffId);
        }
        List<TrainingSession> sessions = sessions(eventId);
        if (person.getLeaveDate() != null && sessions.stream().anyMatch(s -> s.getDate().isAfter(person.getLeaveDate()))) {
            throw InvalidInput.of("staffId", person.getFullName() + " leaves on " + UK.format(person.getLeaveDate())
                    + ", before the event ends");
        }
        Nomination nomination = em.createQuery("SELECT n FROM Nomination n WHERE n.eventId = :e AND n.staffId = :s",
                        Nomination.class).setParameter("e", eventId).setParameter("s", staffId)
                .getResultStream().findFirst().orElse(null);
        if (nomination != null && nomination.getStatus().active()) {
            throw InvalidInput.of("staffId", person.getFullName() + " is already nominated ("
                    + nomination.getStatus().label().toLowerCase() + ")");
        }
        Programme programme = catalogue.require(event.getProgrammeId());
        Prerequisites.refusal(person.getFullName(), programme, steps(event, programme), heldStages(staffId, programme.id()))
                .ifPresent(reason -> {
                    throw InvalidInput.of("staffId", reason);
                });
        clash(person, event, sessions).ifPresent(reason -> {
            throw InvalidInput.of("staffId", reason);
        });
        boolean self = !manager;
        NominationStatus status = self ? NominationStatus.REQUESTED : Waitlist.admit(entries(eventId), event.getCapacity());
        if (nomination == null) {
            nomination = new Nomination(eventId, staffId);
            nomination.nominate(status, self, actor(), Instant.now());
            em.persist(nomination);
        } else {
            nomination.nominate(status, self, actor(), Instant.now());
        }
        em.flush();
        audit.record(self ? "NOMINATION_REQUESTED" : "NOMINATED", "Nomination", nomination.getId(),
                person.getFullName() + " to event " + eventId + ": " + status);
        return new NominationResult(nominationView(event, nomination, person), advice(person, programme));
    }

    /** Places people the planner chose (already checked by it) on an event; managers only. */
    List<NominationView> placeFromPlan(TrainingEvent event, Collection<Long> staffIds) {
        access.requireManager("apply a plan");
        List<NominationView> placed = new ArrayList<>();
        for (long staffId : staffIds) {
            placed.add(nominate(event.getId(), staffId).nomination());
        }
        return placed;
    }

    /** A manager approves a self-nomination: it takes a free place or joins the waitlist. */
    public NominationView approve(long nominationId) {
        access.requireManager("approve nominations");
        Nomination nomination = requireNomination(nominationId);
        TrainingEvent event = lock(nomination.getEventId());
        if (nomination.getStatus() != NominationStatus.REQUESTED) {
            throw InvalidInput.of("status", "Only a request awaiting approval can be approved; this one is "
                    + nomination.getStatus().label().toLowerCase());
        }
        nomination.approve(Waitlist.admit(entries(event.getId()), event.getCapacity()), actor(), Instant.now());
        em.flush();
        audit.record("NOMINATION_APPROVED", "Nomination", nominationId, nomination.getStatus().name());
        return nominationView(event, nomination, (StaffMember) null);
    }

    /** The person (or a manager) withdraws; a freed place goes to the first person waiting, in the same transaction. */
    public PlaceFreed withdraw(long nominationId, String reason) {
        Nomination nomination = requireNomination(nominationId);
        access.requireSignedIn();
        if (!access.isManager() && !access.isOwn(nomination.getStaffId())) {
            throw new NotFound("No nomination with id " + nominationId);
        }
        return free(nomination, NominationStatus.WITHDRAWN, reason, "NOMINATION_WITHDRAWN");
    }

    /** A manager refuses a request or takes back a place; a freed place goes to the first person waiting. */
    public PlaceFreed refuse(long nominationId, String reason) {
        access.requireManager("refuse nominations");
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "Say why the nomination is refused, so the person knows");
        }
        return free(requireNomination(nominationId), NominationStatus.REFUSED, reason, "NOMINATION_REFUSED");
    }

    /** Records that the person's line manager (or a workforce manager) releases them to attend. */
    public NominationView release(long nominationId) {
        Nomination nomination = requireNomination(nominationId);
        access.requireSignedIn();
        if (!access.isManager() && !access.isLineManagerOf(nomination.getStaffId())) {
            // Someone who may not even read the person learns nothing about the nomination.
            throw access.canReadStaff(nomination.getStaffId())
                    ? new Forbidden("Only the person's line manager or a workforce development manager may release them")
                    : new NotFound("No nomination with id " + nominationId);
        }
        if (!nomination.getStatus().active()) {
            throw InvalidInput.of("status", "The nomination is " + nomination.getStatus().label().toLowerCase());
        }
        nomination.release(actor(), Instant.now());
        em.flush();
        audit.record("NOMINATION_RELEASED", "Nomination", nominationId, "released by " + actor());
        return nominationView(require(nomination.getEventId()), nomination, (StaffMember) null);
    }

    /** The signed-in person's own nominations, newest first. */
    public List<NominationView> myNominations() {
        access.requireSignedIn();
        Long own = access.ownStaffId().orElse(null);
        if (own == null) {
            return List.of();
        }
        return nominationsOfStaff(own);
    }

    /** One person's nominations: the person themselves, or whoever may read their record. */
    public List<NominationView> nominationsOfStaff(long staffId) {
        access.requireReadStaff(staffId);
        List<Nomination> nominations = em.createQuery("SELECT n FROM Nomination n WHERE n.staffId = :s ORDER BY n.nominatedAt DESC,"
                + " n.id DESC", Nomination.class).setParameter("s", staffId).getResultList();
        Map<Long, TrainingEvent> events = new HashMap<>();
        if (!nominations.isEmpty()) {
            em.createQuery("SELECT e FROM TrainingEvent e WHERE e.id IN :ids", TrainingEvent.class)
                    .setParameter("ids", nominations.stream().map(Nomination::getEventId).collect(Collectors.toSet()))
                    .getResultList().forEach(e -> events.put(e.getId(), e));
        }
        Map<Long, List<Waitlist.Entry>> queues = entriesOf(events.keySet());
        Map<Long, Object[]> people = people(List.of(staffId));
        return nominations.stream().map(n -> nominationView(events.get(n.getEventId()), n, people.get(staffId),
                queues.getOrDefault(n.getEventId(), List.of()))).toList();
    }

    // --- attendance and completion ----------------------------------------------------------

    /** Marks present or absent at one session, for people with a confirmed place. */
    public List<AttendanceView> recordAttendance(long eventId, long sessionId, Map<Long, Boolean> marks) {
        access.requireManager("record attendance");
        TrainingEvent event = lock(eventId);
        if (event.getStatus() != EventStatus.RUNNING) {
            throw InvalidInput.of("status", "Attendance is recorded while the event is running; it is "
                    + event.getStatus().label().toLowerCase());
        }
        TrainingSession session = em.find(TrainingSession.class, sessionId);
        if (session == null || !session.getEventId().equals(eventId)) {
            throw InvalidInput.of("sessionId", "No session " + sessionId + " in this event");
        }
        if (session.getDate().isAfter(today.date())) {
            throw InvalidInput.of("sessionId", "The session on " + UK.format(session.getDate()) + " has not happened yet");
        }
        Set<Long> confirmed = nominationsOf(eventId).stream().filter(n -> n.getStatus() == NominationStatus.CONFIRMED)
                .map(Nomination::getStaffId).collect(Collectors.toSet());
        List<InvalidInput.Problem> problems = new ArrayList<>();
        marks.forEach((staffId, present) -> {
            if (!confirmed.contains(staffId)) {
                problems.add(new InvalidInput.Problem("marks", "Staff member " + staffId + " has no confirmed place on this event"));
            } else if (present == null) {
                problems.add(new InvalidInput.Problem("marks", "Say whether staff member " + staffId + " was present"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Instant now = Instant.now();
        for (Map.Entry<Long, Boolean> mark : marks.entrySet()) {
            // Upsert: one mark per person and session, the latest wins (valid on MySQL and MariaDB).
            em.createNativeQuery("INSERT INTO session_attendance (session_id, staff_id, present, recorded_by, recorded_at)"
                            + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE present = VALUES(present),"
                            + " recorded_by = VALUES(recorded_by), recorded_at = VALUES(recorded_at)")
                    .setParameter(1, sessionId).setParameter(2, mark.getKey()).setParameter(3, mark.getValue())
                    .setParameter(4, actor()).setParameter(5, now).executeUpdate();
        }
        audit.record("ATTENDANCE_RECORDED", "TrainingSession", sessionId, marks.size() + " marks");
        return detail(eventId).attendance().stream().filter(a -> a.sessionId() == sessionId).toList();
    }

    /**
     * Completes a running event: everyone with a confirmed place who met the borough's completion rule
     * gets one accreditation record for the programme at the stage the event's last step awards, dated
     * the last session, pending a manager's verification; those who did not are told why.
     */
    public CompletionView complete(long eventId, long expectedVersion) {
        access.requireManager("complete training events");
        TrainingEvent event = lock(eventId);
        checkVersion(event, expectedVersion);
        Optional<String> refusal = event.getStatus().refusal(EventStatus.COMPLETED);
        if (refusal.isPresent()) {
            throw InvalidInput.of("status", refusal.get());
        }
        List<TrainingSession> sessions = sessions(eventId);
        LocalDate last = sessions.stream().map(TrainingSession::getDate).max(Comparator.naturalOrder()).orElseThrow(
                () -> InvalidInput.of("sessions", "The event has no sessions"));
        if (last.isAfter(today.date())) {
            throw InvalidInput.of("status", "The last session is on " + UK.format(last) + "; complete the event after it");
        }
        List<Nomination> confirmed = nominationsOf(eventId).stream()
                .filter(n -> n.getStatus() == NominationStatus.CONFIRMED).toList();
        Map<Long, Object[]> people = people(confirmed.stream().map(Nomination::getStaffId).toList());
        Map<Long, Map<Long, Boolean>> marks = new HashMap<>();
        detail(eventId).attendance().forEach(a -> marks.computeIfAbsent(a.staffId(), k -> new HashMap<>()).put(a.sessionId(), a.present()));
        List<String> missing = new ArrayList<>();
        for (Nomination n : confirmed) {
            for (TrainingSession s : sessions) {
                if (!marks.getOrDefault(n.getStaffId(), Map.of()).containsKey(s.getId())) {
                    missing.add(name(people.get(n.getStaffId())) + " on " + UK.format(s.getDate()));
                }
            }
        }
        if (!missing.isEmpty()) {
            throw InvalidInput.of("attendance", "Record attendance at every session first: " + missing.size()
                    + (missing.size() == 1 ? " mark is" : " marks are") + " missing ("
                    + String.join(", ", missing.subList(0, Math.min(5, missing.size())))
                    + (missing.size() > 5 ? ", …" : "") + ")");
        }
        Programme programme = catalogue.require(event.getProgrammeId());
        AccreditationStage stage = Prerequisites.awarded(steps(event, programme));
        CompletionRule rule = settings.current().completionRule();
        List<Completion> done = new ArrayList<>();
        List<Completion> notDone = new ArrayList<>();
        List<Long> completers = new ArrayList<>();
        for (Nomination n : confirmed) {
            int attended = (int) marks.get(n.getStaffId()).values().stream().filter(Boolean::booleanValue).count();
            CompletionRule.Outcome outcome = rule.assess(attended, sessions.size());
            String name = name(people.get(n.getStaffId()));
            if (outcome.completed()) {
                AccreditationRecord record = accreditations.award(List.of(new AccreditationService.Award(n.getStaffId(),
                        programme.id(), stage, last, null, programme.accreditingBody(), null,
                        AccreditationRecord.Origin.COHORT, actor(), null, null)), "event " + eventId).get(0);
                n.outcome(Nomination.Outcome.COMPLETED, outcome.reason(), record.getId());
                completers.add(n.getStaffId());
                done.add(new Completion(n.getStaffId(), name, attended, sessions.size(), true, outcome.reason(), record.getId(),
                        stage.name()));
            } else {
                n.outcome(Nomination.Outcome.NOT_COMPLETED, outcome.reason(), null);
                notDone.add(new Completion(n.getStaffId(), name, attended, sessions.size(), false,
                        name + " did not complete: " + outcome.reason(), null, null));
            }
        }
        event.complete(rule.describe(), Instant.now());
        em.flush();
        audit.record("EVENT_COMPLETED", "TrainingEvent", eventId, "rule: " + rule.describe() + "; " + done.size()
                + " completed, " + notDone.size() + " not completed");
        recordsChanged.fire(RecordsChanged.of(completers));
        return new CompletionView(eventId, rule.describe(), last, programme.accreditingBody(), done, notDone);
    }

    // --- internals shared with the planner --------------------------------------------------

    TrainingEvent require(long eventId) {
        TrainingEvent event = em.find(TrainingEvent.class, eventId);
        if (event == null) {
            throw new NotFound("No training event with id " + eventId);
        }
        return event;
    }

    List<TrainingSession> sessions(long eventId) {
        return em.createQuery("SELECT s FROM TrainingSession s WHERE s.eventId = :e ORDER BY s.date, s.startsAt, s.id",
                TrainingSession.class).setParameter("e", eventId).getResultList();
    }

    List<TrainingStep> steps(TrainingEvent event, Programme programme) {
        return Prerequisites.delivered(programme, event.getSteps());
    }

    EventView view(TrainingEvent event) {
        return views(List.of(event)).get(0);
    }

    /** Views of many events with three queries in all (counts, session dates, names). */
    List<EventView> views(List<TrainingEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = events.stream().map(TrainingEvent::getId).collect(Collectors.toSet());
        Map<Long, Map<NominationStatus, Long>> counts = new HashMap<>();
        em.createQuery("SELECT n.eventId, n.status, COUNT(n) FROM Nomination n WHERE n.eventId IN :ids GROUP BY n.eventId, n.status",
                        Object[].class).setParameter("ids", ids).getResultList()
                .forEach(r -> counts.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((NominationStatus) r[1], (Long) r[2]));
        Map<Long, Object[]> dates = new HashMap<>();
        em.createQuery("SELECT s.eventId, MIN(s.date), MAX(s.date), COUNT(s) FROM TrainingSession s WHERE s.eventId IN :ids"
                + " GROUP BY s.eventId", Object[].class).setParameter("ids", ids).getResultList().forEach(r -> dates.put((Long) r[0], r));
        Map<Long, String> localities = new HashMap<>();
        Set<Long> localityIds = events.stream().map(TrainingEvent::getLocalityId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        if (!localityIds.isEmpty()) {
            em.createQuery("SELECT l FROM Locality l WHERE l.id IN :ids", Locality.class).setParameter("ids", localityIds)
                    .getResultList().forEach(l -> localities.put(l.getId(), l.getName()));
        }
        List<EventView> views = new ArrayList<>();
        for (TrainingEvent e : events) {
            Map<NominationStatus, Long> c = counts.getOrDefault(e.getId(), Map.of());
            Object[] d = dates.get(e.getId());
            Programme programme = catalogue.find(e.getProgrammeId()).orElse(null);
            List<StepView> steps = programme == null ? List.of() : steps(e, programme).stream()
                    .map(s -> new StepView(s.id(), s.name(), s.awards().name())).toList();
            long confirmed = c.getOrDefault(NominationStatus.CONFIRMED, 0L);
            views.add(new EventView(e.getId(), e.getTitle(), e.getProgrammeId(), catalogue.nameOf(e.getProgrammeId()), steps,
                    e.getProvider(), e.getVenue(), e.isOnline(), e.getLocalityId(), localities.get(e.getLocalityId()),
                    e.getCapacity(), confirmed, c.getOrDefault(NominationStatus.WAITLISTED, 0L),
                    c.getOrDefault(NominationStatus.REQUESTED, 0L), e.getCostBasis(), e.getCostPounds(), e.cost(confirmed),
                    e.getBudgetCode(), e.getStatus(), e.getStatus().label(), e.getStatusReason(),
                    d == null ? null : (LocalDate) d[1], d == null ? null : (LocalDate) d[2], d == null ? 0 : ((Long) d[3]).intValue(),
                    steps.isEmpty() ? null : steps.get(steps.size() - 1).awards(), e.getCompletionRule(), e.getVersion()));
        }
        return views;
    }

    TrainingEvent lock(long eventId) {
        TrainingEvent event = em.find(TrainingEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw new NotFound("No training event with id " + eventId);
        }
        return event;
    }

    void saveSessions(TrainingEvent event, List<SessionInput> sessions) {
        List<String> steps = event.getSteps();
        List<InvalidInput.Problem> problems = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            SessionInput s = sessions.get(i);
            String field = "sessions[" + i + "]";
            if (s.date() == null) {
                problems.add(new InvalidInput.Problem(field, "Give the session's date"));
            } else if (!AcceptedDates.accepts(s.date())) {
                AcceptedDates.problem(field, s.date()).ifPresent(problems::add);
            } else if (s.startsAt() != null && s.endsAt() != null && !s.endsAt().isAfter(s.startsAt())) {
                problems.add(new InvalidInput.Problem(field, "The session on " + UK.format(s.date()) + " must end after it starts"));
            }
            if (s.stepId() != null && !steps.contains(s.stepId())) {
                problems.add(new InvalidInput.Problem(field, "'" + s.stepId() + "' is not a step this event delivers ("
                        + String.join(", ", steps) + ")"));
            }
        }
        if (sessions.size() > 200) {
            problems.add(new InvalidInput.Problem("sessions", "An event has at most 200 sessions"));
        }
        Set<String> covered = sessions.stream().map(s -> s.stepId() == null ? steps.get(0) : s.stepId()).collect(Collectors.toSet());
        if (!sessions.isEmpty() && !covered.containsAll(steps)) {
            problems.add(new InvalidInput.Problem("sessions", "Every step the event delivers needs a session; none for "
                    + String.join(", ", steps.stream().filter(st -> !covered.contains(st)).toList())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        for (SessionInput s : sessions) {
            em.persist(new TrainingSession(event.getId(), s.date(),
                    s.startsAt() == null ? SessionSeries.DAY_START : s.startsAt(),
                    s.endsAt() == null ? SessionSeries.DAY_END : s.endsAt(),
                    s.stepId() == null ? steps.get(0) : s.stepId()));
        }
        em.flush();
    }

    // --- private helpers --------------------------------------------------------------------

    private PlaceFreed free(Nomination nomination, NominationStatus to, String reason, String action) {
        TrainingEvent event = lock(nomination.getEventId());
        if (!nomination.getStatus().active()) {
            throw InvalidInput.of("status", "The nomination is already " + nomination.getStatus().label().toLowerCase());
        }
        if (event.getStatus() == EventStatus.COMPLETED || event.getStatus() == EventStatus.CANCELLED) {
            throw InvalidInput.of("status", "The event is " + event.getStatus().label().toLowerCase());
        }
        boolean heldPlace = nomination.getStatus() == NominationStatus.CONFIRMED;
        nomination.moveTo(to, blankToNull(reason));
        em.flush();
        audit.record(action, "Nomination", nomination.getId(), reason);
        Map<Long, Object[]> person = people(List.of(nomination.getStaffId()));
        List<NominationView> promoted = heldPlace
                ? promote(event, name(person.get(nomination.getStaffId())) + "'s place was freed") : List.of();
        return new PlaceFreed(nominationView(event, nomination, person.get(nomination.getStaffId())), promoted);
    }

    /** Promotes the longest-waiting people into free places, audited, in the caller's transaction. */
    private List<NominationView> promote(TrainingEvent event, String why) {
        List<Nomination> nominations = nominationsOf(event.getId());
        List<Waitlist.Entry> promote = Waitlist.toPromote(nominations.stream().map(Nomination::entry).toList(), event.getCapacity());
        List<NominationView> promoted = new ArrayList<>();
        for (Waitlist.Entry entry : promote) {
            Nomination n = nominations.stream().filter(x -> x.getId() == entry.nominationId()).findFirst().orElseThrow();
            n.moveTo(NominationStatus.CONFIRMED, "Promoted from the waitlist: " + why);
            audit.record("NOMINATION_PROMOTED", "Nomination", n.getId(), "promoted from the waitlist: " + why);
        }
        em.flush();
        if (!promote.isEmpty()) {
            Set<Long> ids = promote.stream().map(Waitlist.Entry::nominationId).collect(Collectors.toSet());
            promoted.addAll(nominationViews(event, nominations.stream().filter(n -> ids.contains(n.getId())).toList()));
        }
        return promoted;
    }

    private Optional<String> clash(StaffMember person, TrainingEvent event, List<TrainingSession> sessions) {
        if (sessions.isEmpty()) {
            return Optional.empty();
        }
        List<Object[]> clashes = em.createQuery("SELECT s.date, e.title FROM Nomination n, TrainingEvent e, TrainingSession s"
                        + " WHERE e.id = n.eventId AND s.eventId = e.id AND n.staffId = :staff AND n.status IN :active"
                        + " AND e.status NOT IN :closed AND e.id <> :event AND s.date IN :dates ORDER BY s.date", Object[].class)
                .setParameter("staff", person.getId()).setParameter("active", ACTIVE)
                .setParameter("closed", EnumSet.of(EventStatus.CANCELLED, EventStatus.COMPLETED))
                .setParameter("event", event.getId())
                .setParameter("dates", sessions.stream().map(TrainingSession::getDate).collect(Collectors.toSet()))
                .setMaxResults(1).getResultList();
        return clashes.stream().findFirst().map(c -> person.getFullName() + " already has a session of " + c[1] + " on "
                + UK.format((LocalDate) c[0]) + ", the same day as this event; withdraw that nomination first");
    }

    private Set<AccreditationStage> heldStages(long staffId, String programmeId) {
        return em.createQuery("SELECT DISTINCT a.stage FROM AccreditationRecord a WHERE a.staffId = :s AND a.programmeId = :p"
                        + " AND a.verification.status <> :rejected AND a.stage IN :stages", AccreditationStage.class)
                .setParameter("s", staffId).setParameter("p", programmeId)
                .setParameter("rejected", Verification.REJECTED)
                .setParameter("stages", EnumSet.of(AccreditationStage.TRAINED, AccreditationStage.ACCREDITED))
                .getResultList().stream().collect(Collectors.toSet());
    }

    /** The borough's recommended foundations the person has no record of: advice, never a refusal. */
    private List<String> advice(StaffMember person, Programme programme) {
        @SuppressWarnings("unchecked")
        List<String> missing = em.createNativeQuery("SELECT rf.foundation_programme_id FROM recommended_foundation rf"
                        + " WHERE rf.programme_id = ? AND NOT EXISTS (SELECT 1 FROM accreditation_record a WHERE a.staff_id = ?"
                        + " AND a.programme_id = rf.foundation_programme_id AND a.verification <> 'REJECTED'"
                        + " AND a.stage IN ('TRAINED', 'ACCREDITED')) ORDER BY rf.foundation_programme_id")
                .setParameter(1, programme.id()).setParameter(2, person.getId()).getResultList();
        return missing.stream().map(id -> "The borough recommends " + catalogue.nameOf(id) + " before " + programme.name()
                + "; " + person.getFullName() + " has no record of it (advice only)").toList();
    }

    private List<Nomination> nominationsOf(long eventId) {
        return em.createQuery("SELECT n FROM Nomination n WHERE n.eventId = :e ORDER BY n.queuedAt, n.id", Nomination.class)
                .setParameter("e", eventId).getResultList();
    }

    private List<Waitlist.Entry> entries(long eventId) {
        return nominationsOf(eventId).stream().map(Nomination::entry).toList();
    }

    private Map<Long, List<Waitlist.Entry>> entriesOf(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT n FROM Nomination n WHERE n.eventId IN :ids", Nomination.class)
                .setParameter("ids", eventIds).getResultList().stream()
                .collect(Collectors.groupingBy(Nomination::getEventId, Collectors.mapping(Nomination::entry, Collectors.toList())));
    }

    private Nomination requireNomination(long nominationId) {
        Nomination nomination = em.find(Nomination.class, nominationId);
        if (nomination == null) {
            throw new NotFound("No nomination with id " + nominationId);
        }
        return nomination;
    }

    /** id → [given name, family name, line manager id], one query for many people. */
    private Map<Long, Object[]> people(Collection<Long> staffIds) {
        if (staffIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Object[]> people = new HashMap<>();
        em.createQuery("SELECT s.id, s.givenName, s.familyName, s.lineManagerId FROM StaffMember s WHERE s.id IN :ids", Object[].class)
                .setParameter("ids", new HashSet<>(staffIds)).getResultList().forEach(r -> people.put((Long) r[0], r));
        return people;
    }

    private static String name(Object[] person) {
        return person == null ? "?" : person[1] + " " + person[2];
    }

    private List<NominationView> nominationViews(TrainingEvent event, List<Nomination> nominations) {
        Map<Long, Object[]> people = people(nominations.stream().map(Nomination::getStaffId).toList());
        List<Waitlist.Entry> entries = entries(event.getId());
        return nominations.stream().sorted(Comparator.comparing((Nomination n) -> n.getStatus().ordinal())
                        .thenComparing(Nomination::getQueuedAt).thenComparing(Nomination::getId))
                .map(n -> nominationView(event, n, people.get(n.getStaffId()), entries)).toList();
    }

    private NominationView nominationView(TrainingEvent event, Nomination n, StaffMember person) {
        Object[] row = person == null ? people(List.of(n.getStaffId())).get(n.getStaffId())
                : new Object[] {person.getId(), person.getGivenName(), person.getFamilyName(), person.getLineManagerId()};
        return nominationView(event, n, row);
    }

    private NominationView nominationView(TrainingEvent event, Nomination n, Object[] person) {
        return nominationView(event, n, person, entries(event.getId()));
    }

    private static NominationView nominationView(TrainingEvent event, Nomination n, Object[] person, List<Waitlist.Entry> entries) {
        return new NominationView(n.getId(), n.getEventId(), event == null ? null : event.getTitle(), n.getStaffId(), name(person),
                n.getStatus(), n.getStatus().label(), n.getStatusReason(), n.isSelfNominated(), n.getNominatedBy(),
                n.getNominatedAt(), Waitlist.position(entries, n.getId()), n.getApprovedBy(),
                person == null ? null : (Long) person[3], n.getReleasedBy(), n.getReleasedAt(),
                n.getOutcome() == null ? null : n.getOutcome().name(), n.getOutcomeReason(), n.getAccreditationRecordId(),
                n.getVersion());
    }

    private List<SessionView> sessionViews(TrainingEvent event, List<TrainingSession> sessions) {
        return sessions.stream().map(s -> sessionView(event, s)).toList();
    }

    private SessionView sessionView(TrainingEvent event, TrainingSession s) {
        String stepName = catalogue.find(event.getProgrammeId()).flatMap(p -> p.step(s.getStepId())).map(TrainingStep::name)
                .orElse(s.getStepId());
        return new SessionView(s.getId(), event.getId(), event.getTitle(), event.getProgrammeId(), s.getDate(), s.getStartsAt(),
                s.getEndsAt(), s.getStepId(), stepName, event.getLocalityId());
    }

    private String where(EventFilter f, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (f.programmeId() != null && !f.programmeId().isBlank()) {
            conditions.add("e.programmeId = :programme");
            params.put("programme", f.programmeId());
        }
        if (f.localityId() != null) {
            conditions.add("e.localityId = :locality");
            params.put("locality", f.localityId());
        }
        if (f.status() != null) {
            conditions.add("e.status = :status");
            params.put("status", f.status());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private EventDetails withCatalogueCost(EventDetails d) {
        if (d.costBasis() != null || d.costPounds() != null || d.programmeId() == null) {
            return d;
        }
        Programme.TrainingCost cost = catalogue.find(d.programmeId()).map(Programme::trainingCost).orElse(null);
        if (cost == null || cost.pounds() == null || cost.basis() == null) {
            return d;
        }
        return d.withCost(cost.basis(), cost.pounds());
    }

    private List<String> validate(EventDetails d, TrainingEvent existing) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (d.title() == null || d.title().isBlank()) {
            problems.add(new InvalidInput.Problem("title", "Give the event a title, e.g. \"Group Teen Triple P, North, spring\""));
        }
        problems.addAll(Inputs.problems(d));
        List<String> steps = List.of();
        if (d.programmeId() == null || !catalogue.isCurrent(d.programmeId())) {
            problems.add(new InvalidInput.Problem("programmeId", d.programmeId() == null ? "Choose the programme"
                    : "'" + d.programmeId() + "' is not a programme in the catalogue"));
        } else if (existing != null && !existing.getProgrammeId().equals(d.programmeId())) {
            problems.add(new InvalidInput.Problem("programmeId", "An event's programme cannot change; cancel it and plan another"));
        } else {
            Programme programme = catalogue.require(d.programmeId());
            if (programme.trainingPath().isEmpty()) {
                problems.add(new InvalidInput.Problem("programmeId", "The catalogue gives no training path for " + programme.name()));
            } else if (d.steps().isEmpty()) {
                problems.add(new InvalidInput.Problem("steps", "Choose the training-path steps the event delivers ("
                        + String.join(", ", programme.trainingPath().stream().map(TrainingStep::id).toList()) + ")"));
            } else {
                try {
                    steps = Prerequisites.delivered(programme, d.steps()).stream().map(TrainingStep::id).toList();
                } catch (IllegalArgumentException e) {
                    problems.add(new InvalidInput.Problem("steps", e.getMessage()));
                }
            }
            if (d.costBasis() == null || d.costPounds() == null) {
                problems.add(new InvalidInput.Problem("costPounds", "The catalogue gives no training cost for " + programme.name()
                        + ": give the cost and whether it is per place or per cohort"));
            }
        }
        if (d.capacity() == null || d.capacity() < 1 || d.capacity() > 500) {
            problems.add(new InvalidInput.Problem("capacity", "Give the number of places, from 1 to 500"));
        }
        if (d.costPounds() != null && (d.costPounds().signum() < 0 || d.costPounds().compareTo(new BigDecimal("9999999999")) > 0)) {
            problems.add(new InvalidInput.Problem("costPounds", "The cost must be £0 or more"));
        }
        if (d.localityId() != null && em.find(Locality.class, d.localityId()) == null) {
            problems.add(new InvalidInput.Problem("localityId", "No locality with id " + d.localityId()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return steps;
    }

    private static void checkVersion(TrainingEvent event, long expectedVersion) {
        if (event.getVersion() != expectedVersion) {
            throw new ConcurrentEdit("Someone else has changed " + event.getTitle() + " since you opened it; reload and try again");
        }
    }

    private String actor() {
        return access.userName();
    }
}
