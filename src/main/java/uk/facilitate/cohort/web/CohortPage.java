package uk.facilitate.cohort.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import uk.facilitate.cohort.CohortApi;
import uk.facilitate.cohort.CohortService;
import uk.facilitate.cohort.core.EventStatus;
import uk.facilitate.cohort.core.NominationStatus;
import uk.facilitate.cohort.core.SessionSeries;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.shared.Today;
import uk.facilitate.staff.StaffDirectory;
import uk.facilitate.staff.StaffMember;
import uk.facilitate.web.Pages;

/**
 * One cohort: its details and status, nominations and waitlist, the attendance register and completion.
 * Nominating takes an employee reference or enough of a name to find one person.
 */
@Named
@ViewScoped
public class CohortPage implements Serializable {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    private Today today;

    @Inject
    private transient CohortService cohorts;

    @Inject
    private transient StaffDirectory directory;

    private Long id;
    private CohortApi.EventDetailView detail;
    private String nominee;
    private String reason;
    private final Map<String, Boolean> marks = new HashMap<>();
    private CohortApi.CompletionView completion;
    private final List<SessionEdit> editing = new java.util.ArrayList<>();

    // "Add a series"
    private LocalDate seriesStart;
    private Integer seriesCount;
    private Integer seriesEvery = 1;
    private String seriesUnit = SessionSeries.Request.Unit.WEEKS.name();
    private LocalTime seriesStartsAt = SessionSeries.DAY_START;
    private LocalTime seriesEndsAt = SessionSeries.DAY_END;
    private String seriesStep;

    /** One session being edited: date, times (HH:mm) and step. */
    public static class SessionEdit implements Serializable {
        private LocalDate date;
        private String startsAt;
        private String endsAt;
        private String stepId;

        SessionEdit(LocalDate date, String startsAt, String endsAt, String stepId) {
            this.date = date;
            this.startsAt = startsAt;
            this.endsAt = endsAt;
            this.stepId = stepId;
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public String getStartsAt() {
            return startsAt;
        }

        public void setStartsAt(String startsAt) {
            this.startsAt = startsAt;
        }

        public String getEndsAt() {
            return endsAt;
        }

        public void setEndsAt(String endsAt) {
            this.endsAt = endsAt;
        }

        public String getStepId() {
            return stepId;
        }

        public void setStepId(String stepId) {
            this.stepId = stepId;
        }
    }

    /** View action: loads the cohort (404 when there is none). */
    public void load() {
        if (id == null) {
            Pages.require(() -> {
                throw new uk.facilitate.shared.NotFound("Say which cohort to show");
            });
            return;
        }
        detail = Pages.require(() -> cohorts.detail(id));
        marks.clear();
        editing.clear();
        if (detail != null) {
            detail.attendance().forEach(a -> marks.put(key(a.sessionId(), a.staffId()), a.present()));
            detail.sessions().forEach(s -> editing.add(new SessionEdit(s.date(), s.startsAt().toString(), s.endsAt().toString(),
                    s.stepId())));
        }
    }

    public void addSession() {
        SessionEdit last = editing.isEmpty() ? null : editing.get(editing.size() - 1);
        editing.add(last == null ? new SessionEdit(today.date(), "09:30", "16:30",
                detail.event().steps().get(0).id())
                : new SessionEdit(last.date.plusWeeks(1), last.startsAt, last.endsAt, last.stepId));
    }

    public void removeSession(SessionEdit session) {
        editing.remove(session);
    }

    /** Replaces the sessions with the edited ones (allowed while the cohort is planned, open or confirmed). */
    public void saveSessions() {
        List<CohortService.SessionInput> sessions = edited();
        if (sessions != null && Pages.attempt(() -> cohorts.replaceSessions(id, sessions, detail.event().version())) != null) {
            Messages.addGlobalInfo("Sessions saved");
            load();
        }
    }

    /**
     * Adds a generated series to the sessions in the table and saves them all with the version read, so the
     * table's unsaved changes are kept and a concurrent change is reported.
     */
    public void addSeries() {
        SessionSeries.Request request = new SessionSeries.Request(seriesStart, seriesCount, seriesEvery,
                SessionSeries.Request.Unit.valueOf(seriesUnit), seriesStartsAt, seriesEndsAt);
        List<CohortService.SessionInput> series = Pages.attempt(() -> cohorts.series(id, request, seriesStep));
        List<CohortService.SessionInput> sessions = series == null ? null : edited();
        if (sessions == null) {
            return;
        }
        sessions.addAll(series);
        if (Pages.attempt(() -> cohorts.replaceSessions(id, sessions, detail.event().version())) != null) {
            Messages.addGlobalInfo(series.size() + " sessions added, " + UK.format(series.get(0).date()) + " to "
                    + UK.format(series.get(series.size() - 1).date()) + "; the cohort has " + sessions.size() + " sessions");
            seriesStart = null;
            seriesCount = null;
            load();
        }
    }

    /** The sessions as edited in the table, or {@code null} (with a message) when a time is not HH:mm. */
    private List<CohortService.SessionInput> edited() {
        List<CohortService.SessionInput> sessions = new java.util.ArrayList<>();
        for (int i = 0; i < editing.size(); i++) {
            SessionEdit e = editing.get(i);
            try {
                sessions.add(new CohortService.SessionInput(e.date, LocalTime.parse(e.startsAt), LocalTime.parse(e.endsAt),
                        e.stepId));
            } catch (java.time.format.DateTimeParseException bad) {
                Messages.addGlobalError("Session " + (i + 1) + ": give times as HH:mm, e.g. 09:30");
                return null;
            }
        }
        return sessions;
    }

    public List<SessionEdit> getEditing() {
        return editing;
    }

    public void nominate() {
        Long staffId = Pages.attempt(() -> findOne(nominee));
        if (staffId == null) {
            return;
        }
        CohortApi.NominationResult result = Pages.attempt(() -> cohorts.nominate(id, staffId));
        if (result != null) {
            Messages.addGlobalInfo(result.nomination().name() + ": " + result.nomination().statusLabel().toLowerCase()
                    + (result.nomination().waitlistPosition() > 0 ? " (number " + result.nomination().waitlistPosition()
                    + " on the waitlist)" : ""));
            result.advice().forEach(Messages::addGlobalWarn);
            nominee = null;
            load();
        }
    }

    public void move(String status) {
        if (Pages.attempt(() -> cohorts.changeStatus(id, EventStatus.valueOf(status), reason, detail.event().version())) != null) {
            Messages.addGlobalInfo("The cohort is now " + EventStatus.valueOf(status).label().toLowerCase());
            reason = null;
            load();
        }
    }

    public void approve(long nominationId) {
        if (Pages.attempt(() -> cohorts.approve(nominationId)) != null) {
            load();
        }
    }

    public void withdraw(long nominationId) {
        CohortApi.PlaceFreed freed = Pages.attempt(() -> cohorts.withdraw(nominationId, reason));
        afterFreed(freed);
    }

    public void refuse(long nominationId) {
        afterFreed(Pages.attempt(() -> cohorts.refuse(nominationId, reason)));
    }

    public void release(long nominationId) {
        if (Pages.attempt(() -> cohorts.release(nominationId)) != null) {
            load();
        }
    }

    private void afterFreed(CohortApi.PlaceFreed freed) {
        if (freed != null) {
            freed.promoted().forEach(p -> Messages.addGlobalInfo(p.name() + " was promoted from the waitlist"));
            reason = null;
            load();
        }
    }

    /** Everyone with a confirmed place present at every session that has taken place (then save). */
    public void markEveryonePresent() {
        for (CohortApi.SessionView s : getPastSessions()) {
            for (CohortApi.NominationView n : getRegister()) {
                marks.put(key(s.id(), n.staffId()), Boolean.TRUE);
            }
        }
    }

    /** Saves the register: ticked present, unticked absent, for every session that has taken place. */
    public void saveAttendance() {
        boolean saved = true;
        for (CohortApi.SessionView s : getPastSessions()) {
            Map<Long, Boolean> sessionMarks = new LinkedHashMap<>();
            for (CohortApi.NominationView n : getRegister()) {
                sessionMarks.put(n.staffId(), Boolean.TRUE.equals(marks.get(key(s.id(), n.staffId()))));
            }
            saved &= Pages.attempt(() -> cohorts.recordAttendance(id, s.id(), sessionMarks)) != null;
        }
        if (saved) {
            Messages.addGlobalInfo("Attendance saved");
            load();
        }
    }

    public void complete() {
        completion = Pages.attempt(() -> cohorts.complete(id, detail.event().version()));
        if (completion != null) {
            Messages.addGlobalInfo(completion.completed().size() + " completed; records created pending verification");
            load();
        }
    }

    public String key(long sessionId, long staffId) {
        return sessionId + ":" + staffId;
    }

    public Map<String, Boolean> getMarks() {
        return marks;
    }

    public List<CohortApi.NominationView> getRegister() {
        return detail == null ? List.of() : detail.nominations().stream()
                .filter(n -> n.status() == NominationStatus.CONFIRMED).toList();
    }

    public List<CohortApi.SessionView> getPastSessions() {
        return detail == null ? List.of() : detail.sessions().stream().filter(s -> !s.date().isAfter(today.date())).toList();
    }

    public boolean can(String status) {
        return detail != null && detail.event().status().refusal(EventStatus.valueOf(status)).isEmpty();
    }

    private Long findOne(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of("nominee", "Type the person's employee reference or name");
        }
        // The directory matches one field at a time, so search by the last word (a family name or a reference)
        // and then prefer an exact full name or reference.
        String[] words = text.strip().split("\\s+");
        List<StaffMember> found = directory.search(new StaffDirectory.Filter(words[words.length - 1], null, null, null, null,
                null, null), 0, 50, "name", true).stream()
                .filter(s -> words.length == 1 || s.getFullName().toLowerCase().contains(text.strip().toLowerCase()))
                .toList();
        List<StaffMember> exact = found.stream().filter(s -> s.getEmployeeRef().equalsIgnoreCase(text.strip())
                || s.getFullName().equalsIgnoreCase(text.strip())).toList();
        if (exact.size() == 1) {
            return exact.get(0).getId();
        }
        if (found.size() == 1) {
            return found.get(0).getId();
        }
        throw InvalidInput.of("nominee", found.isEmpty() ? "Nobody matches '" + text.strip() + "'"
                : found.size() + " people match '" + text.strip() + "'; type the employee reference or the full name");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CohortApi.EventDetailView getDetail() {
        return detail;
    }

    public String getNominee() {
        return nominee;
    }

    public void setNominee(String nominee) {
        this.nominee = nominee;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public CohortApi.CompletionView getCompletion() {
        return completion;
    }

    public LocalDate getSeriesStart() {
        return seriesStart;
    }

    public void setSeriesStart(LocalDate seriesStart) {
        this.seriesStart = seriesStart;
    }

    public Integer getSeriesCount() {
        return seriesCount;
    }

    public void setSeriesCount(Integer seriesCount) {
        this.seriesCount = seriesCount;
    }

    public Integer getSeriesEvery() {
        return seriesEvery;
    }

    public void setSeriesEvery(Integer seriesEvery) {
        this.seriesEvery = seriesEvery;
    }

    public String getSeriesUnit() {
        return seriesUnit;
    }

    public void setSeriesUnit(String seriesUnit) {
        this.seriesUnit = seriesUnit;
    }

    public LocalTime getSeriesStartsAt() {
        return seriesStartsAt;
    }

    public void setSeriesStartsAt(LocalTime seriesStartsAt) {
        this.seriesStartsAt = seriesStartsAt;
    }

    public LocalTime getSeriesEndsAt() {
        return seriesEndsAt;
    }

    public void setSeriesEndsAt(LocalTime seriesEndsAt) {
        this.seriesEndsAt = seriesEndsAt;
    }

    public String getSeriesStep() {
        return seriesStep;
    }

    public void setSeriesStep(String seriesStep) {
        this.seriesStep = seriesStep;
    }
}
