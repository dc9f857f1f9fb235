package uk.facilitate.cohort;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import uk.facilitate.platform.MaxLength;
import uk.facilitate.catalogue.Programme.CostBasis;
import uk.facilitate.cohort.core.EventStatus;
import uk.facilitate.cohort.core.NominationStatus;

/** JSON shapes of the cohort API, also what the cohort pages show. */
public final class CohortApi {

    private CohortApi() {
    }

    /** A session as sent: a date, times (default 09:30–16:30) and the step it delivers (default: the event's first). */
    public record SessionRequest(LocalDate date, LocalTime startsAt, LocalTime endsAt, @MaxLength(64) String stepId) {
    }

    /** A series of sessions to generate: {@code count} sessions {@code intervalDays} apart (7 = weekly). */
    public record SeriesRequest(LocalDate start, Integer count, Integer intervalDays, LocalTime startsAt, LocalTime endsAt,
                                String stepId, Boolean weekdaysOnly) {
    }

    /**
     * An event as sent. Sessions come from {@code sessions}, from {@code series}, or, when both are empty
     * and {@code draftStart} is given, from a first draft of the steps (days of training on working days).
     */
    public record EventRequest(String title, String programmeId, List<String> steps, String provider, String venue,
                               Boolean online, Long localityId, Integer capacity, CostBasis costBasis, BigDecimal costPounds,
                               String budgetCode, List<SessionRequest> sessions, List<SeriesRequest> series,
                               LocalDate draftStart, Long version) {

        public EventDetails details() {
            return new EventDetails(title, programmeId, steps, provider, venue, Boolean.TRUE.equals(online), localityId,
                    capacity, costBasis, costPounds, budgetCode);
        }
    }

    /** Replacing an event's sessions; {@code version} is the event's version as read. */
    public record SessionsRequest(List<SessionRequest> sessions, List<SeriesRequest> series, Long version) {
    }

    /** A status change; {@code reason} is asked when cancelling. */
    public record StatusRequest(EventStatus status, @MaxLength(500) String reason, Long version) {
    }

    /** A nomination; staff send their own staff id (or none). */
    public record NominationRequest(Long staffId) {
    }

    /** Withdrawing or refusing a place, with a reason. */
    public record ReasonRequest(@MaxLength(500) String reason) {
    }

    /** Attendance at one session: present or absent per nominee. */
    public record AttendanceRequest(Long sessionId, List<Mark> marks) {
    }

    public record Mark(Long staffId, Boolean present) {
    }

    /** A training-path step as an event shows it. */
    public record StepView(String id, String name, String awards) {
    }

    public record EventView(long id, String title, String programmeId, String programmeName, List<StepView> steps,
                            String provider, String venue, boolean online, Long localityId, String localityName,
                            int capacity, long confirmed, long waitlisted, long requested, CostBasis costBasis,
                            BigDecimal costPounds, BigDecimal cost, String budgetCode, EventStatus status,
                            String statusLabel, String statusReason, LocalDate firstDate, LocalDate lastDate,
                            int sessionCount, String awards, String completionRule, long version) {

        public long freePlaces() {
            return Math.max(0, capacity - confirmed);
        }
    }

    public record SessionView(long id, long eventId, String eventTitle, String programmeId, LocalDate date,
                              LocalTime startsAt, LocalTime endsAt, String stepId, String stepName, Long localityId) {
    }

    public record NominationView(long id, long eventId, String eventTitle, long staffId, String name,
                                 NominationStatus status, String statusLabel, String statusReason, boolean selfNominated,
                                 String nominatedBy, Instant nominatedAt, int waitlistPosition, String approvedBy,
                                 Long lineManagerId, String releasedBy, Instant releasedAt, String outcome,
                                 String outcomeReason, Long accreditationRecordId, long version) {
    }

    /** The outcome of a nomination: the nomination, and advice (recommended foundations) that never refuses. */
    public record NominationResult(NominationView nomination, List<String> advice) {
    }

    /** The outcome of a withdrawal or refusal: the nomination, and whoever was promoted from the waitlist. */
    public record PlaceFreed(NominationView nomination, List<NominationView> promoted) {
    }

    public record AttendanceView(long sessionId, long staffId, boolean present) {
    }

    public record EventDetailView(EventView event, List<SessionView> sessions, List<NominationView> nominations,
                                  List<AttendanceView> attendance) {
    }

    /** One attendee's completion outcome. */
    public record Completion(long staffId, String name, int attended, int sessions, boolean completed, String reason,
                             Long accreditationRecordId, String stage) {
    }

    public record CompletionView(long eventId, String rule, LocalDate awardedOn, String awardingBody,
                                 List<Completion> completed, List<Completion> notCompleted) {
    }

    /** The programme or course ids the borough recommends before a programme. */
    public record FoundationsRequest(List<String> foundations) {
    }

    /** The borough's cohort settings as sent and shown. */
    public record SettingsView(Integer minimumAttendancePercent, Integer expiringSoonDays, String completionRule) {
    }
}
