package uk.facilitate.records;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;
import uk.facilitate.accreditation.AccreditationInput;
import uk.facilitate.accreditation.AccreditationRecord;
import uk.facilitate.accreditation.AccreditationService;
import uk.facilitate.booking.Booking;
import uk.facilitate.booking.BookingInput;
import uk.facilitate.booking.BookingService;
import uk.facilitate.booking.HeldInput;
import uk.facilitate.catalogue.Catalogue;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.compliance.ComplianceCheck;
import uk.facilitate.compliance.ComplianceInput;
import uk.facilitate.compliance.ComplianceService;
import uk.facilitate.platform.Access;
import uk.facilitate.qualification.FacilitationPanel;
import uk.facilitate.qualification.service.QualificationService;
import uk.facilitate.qualification.service.QualificationSettingsStore;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.shared.SupervisionKind;
import uk.facilitate.shared.Today;
import uk.facilitate.staff.StaffProfiles;
import uk.facilitate.supervision.SupervisionInput;
import uk.facilitate.supervision.SupervisionService;
import uk.facilitate.verification.EntryVerification;
import uk.facilitate.verification.Verification;
import uk.facilitate.web.Formats;
import uk.facilitate.web.Pages;

/**
 * A person's record: My record ({@code /my/record.xhtml}) and the person page
 * ({@code /directory/person.xhtml?id=N}) share this bean and the fragments under
 * {@code WEB-INF/includes/records}. It only calls the features' services, which check access.
 */
@Named
@ViewScoped
public class RecordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Access access;
    @Inject
    private StaffProfiles profiles;
    @Inject
    private AccreditationService accreditations;
    @Inject
    private SupervisionService supervision;

    @Inject
    private BookingService bookings;
    @Inject
    private ComplianceService compliance;
    @Inject
    private QualificationService qualifications;
    @Inject
    private QualificationSettingsStore settings;
    @Inject
    private Catalogue catalogue;
    @Inject
    private Formats fmt;

    /** Which "add" form is open, if any. */
    public enum Adding { ACCREDITATION, SUPERVISION, DBS, SAFEGUARDING, BOOKING, MOVE }

    /** One accreditation as the record shows it. */
    public record AccreditationRow(long id, String programme, String stage, LocalDate awardedOn, LocalDate expiresOn,
                                   String awardingBody, String certificateRef, boolean hasEvidence,
                                   Verification verification, String outcome, String loggedBy,
                                   Instant loggedAt) implements Serializable {
        public boolean isPending() {
            return verification == Verification.PENDING;
        }

        public boolean isRejected() {
            return verification == Verification.REJECTED;
        }
    }

    /** A record's verification as the page shows it: "Waiting for a manager to verify", "Verified by …". */
    public record Outcome(Verification status, String text) implements Serializable {
        public boolean isPending() {
            return status == Verification.PENDING;
        }

        public boolean isRejected() {
            return status == Verification.REJECTED;
        }
    }

    /** One supervision session with its supervisor's name. */
    public record SupervisionRow(long id, LocalDate date, String kind, String supervisor, Integer minutes, String programme,
                                 String notes, Outcome verification) implements Serializable {
    }

    /** One booking: "Supervision (individual) with Helen Price, for Solihull Approach", booked or not. */
    public record BookingRow(long id, String what, LocalDate date, String status, boolean toCome, boolean due,
                             long version) implements Serializable {
    }

    /** One DBS check or safeguarding training. */
    public record ComplianceRow(long id, LocalDate date, String certificateNumber, boolean updateService, Integer level,
                                Outcome verification) implements Serializable {
    }

    private Long id;
    private boolean own;
    private boolean loaded;
    private StaffProfiles.Profile profile;
    private List<AccreditationRow> accreditationRows = List.of();
    private List<SupervisionRow> supervisionRows = List.of();
    private List<BookingRow> bookingRows = List.of();
    private List<ComplianceRow> dbsRows = List.of();
    private List<ComplianceRow> safeguardingRows = List.of();
    private List<FacilitationPanel.ProgrammeVerdicts> panel = List.of();
    private List<String> programmesWithoutLevels = List.of();
    private boolean verifiedOnly;
    private boolean verifiedChecksOnly;
    private LocalDate today;
    private Adding adding;
    private Map<String, Long> supervisorChoices;

    // The "add" forms.
    private String programmeId;
    private AccreditationStage stage;
    private LocalDate awardedOn;
    private LocalDate expiresOn;
    private String awardingBody;
    private String certificateRef;
    private transient UploadedFile file;
    private LocalDate date;
    private SupervisionKind kind;
    private Long supervisorId;
    private String supervisorName;
    private Integer minutes;
    private String notes;
    private String certificateNumber;
    private boolean updateService;
    private Integer safeguardingLevel;
    private Booking.Renewal renewal;
    private Long bookingId;
    private long bookingVersion;

    /** My record: the signed-in person's own staff record, if their account has one. */
    public void openOwn() {
        own = true;
        id = access.ownStaffId().orElse(null);
        if (id != null) {
            Pages.require(() -> {
                load();
                return Boolean.TRUE;
            });
        }
    }

    /** The person page: someone the user may not see answers 404. */
    public void openPerson() {
        Pages.require(() -> {
            if (id == null) {
                throw new uk.facilitate.shared.NotFound("Say whose record to show: person.xhtml?id=…");
            }
            load();
            return Boolean.TRUE;
        });
    }

    private void load() {
        long staffId = id;
        profile = profiles.profile(staffId);
        today = fmt.today();
        verifiedOnly = settings.current().requireVerifiedAccreditation();
        List<AccreditationRecord> records = accreditations.recordsOf(staffId);
        accreditationRows = records.stream().map(this::row).toList();
        var sessions = supervision.sessionsOf(staffId);
        Map<Long, String> supervisors = profiles.namesOf(sessions.stream().map(s -> s.getSupervisorId())
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        supervisionRows = sessions.stream().map(s -> new SupervisionRow(s.getId(), s.getSessionDate(), s.getKind().label(),
                s.getSupervisorId() != null ? supervisors.getOrDefault(s.getSupervisorId(), "") : s.getSupervisorName(),
                s.getMinutes(), s.getProgrammeId() == null ? "General" : catalogue.nameOf(s.getProgrammeId()),
                s.getNotes(), outcome(s.getVerification()))).toList();
        List<Booking> booked = bookings.bookingsOf(staffId);
        Map<Long, String> bookedSupervisors = profiles.namesOf(booked.stream().map(Booking::getSupervisorId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        bookingRows = booked.stream().map(b -> new BookingRow(b.getId(), describe(b, bookedSupervisors), b.getBookedFor(),
                b.getStatus() == Booking.Status.BOOKED ? "Booked" : b.getStatus() == Booking.Status.HELD ? "Held" : "Cancelled",
                b.getStatus() == Booking.Status.BOOKED, !b.getBookedFor().isAfter(today), b.getVersion())).toList();
        List<ComplianceCheck> checks = compliance.checksOf(staffId);
        dbsRows = checks.stream().filter(c -> c.getKind() == ComplianceCheck.Kind.DBS)
                .map(c -> new ComplianceRow(c.getId(), c.getCheckedOn(), c.getCertificateNumber(), c.isUpdateService(), null,
                        outcome(c.getVerification()))).toList();
        safeguardingRows = checks.stream().filter(c -> c.getKind() == ComplianceCheck.Kind.SAFEGUARDING)
                .map(c -> new ComplianceRow(c.getId(), c.getCheckedOn(), null, false, c.getSafeguardingLevel(),
                        outcome(c.getVerification()))).toList();
        verifiedChecksOnly = settings.current().requireVerifiedChecks();
        panel = FacilitationPanel.group(qualifications.qualificationsOf(staffId, today), pendingNotes(records));
        programmesWithoutLevels = catalogue.facilitatedProgrammes().stream().filter(p -> p.needLevels().isEmpty())
                .map(Programme::name).toList();
        loaded = true;
    }

    /** "Supervision (individual) with Helen Price, for Solihull Approach", "Safeguarding refresh, level 3". */
    private String describe(Booking b, Map<Long, String> supervisors) {
        return switch (b.getRenewal()) {
            case SUPERVISION -> "Supervision (" + b.getSupervisionKind().label().toLowerCase(java.util.Locale.UK) + ")"
                    + (b.getSupervisorId() != null ? " with " + supervisors.getOrDefault(b.getSupervisorId(), "")
                    : b.getSupervisorName() != null ? " with " + b.getSupervisorName() : "")
                    + (b.getProgrammeId() == null ? ", general" : ", for " + catalogue.nameOf(b.getProgrammeId()));
            case DBS -> "DBS re-check";
            case SAFEGUARDING -> "Safeguarding refresh, level " + b.getSafeguardingLevel();
        };
    }

    /** "The Solihull Approach accreditation logged on 12/05/2026 is waiting for a manager to verify…". */
    private Map<String, List<String>> pendingNotes(List<AccreditationRecord> records) {
        Map<String, List<String>> notes = new HashMap<>();
        records.stream().filter(a -> a.getVerification() == Verification.PENDING)
                .sorted(Comparator.comparing(AccreditationRecord::getCreatedAt))
                .forEach(a -> notes.computeIfAbsent(a.getProgrammeId(), p -> new ArrayList<>()).add(
                        "The " + a.getStage().label().toLowerCase() + " record logged on "
                                + fmt.date(a.getCreatedAt().atZone(Today.ZONE).toLocalDate())
                                + " is waiting for a manager to verify; "
                                + (verifiedOnly ? "it does not count until a manager has verified it."
                                        : "the borough counts it meanwhile, as verification is not required.")));
        return notes;
    }

    private AccreditationRow row(AccreditationRecord a) {
        String outcome = outcomeText(a.getVerification(), a.getVerifiedBy(), a.getVerifiedAt(), a.getRejectionReason());
        return new AccreditationRow(a.getId(), catalogue.nameOf(a.getProgrammeId()), a.getStage().label(),
                a.getAwardedOn(), a.getExpiresOn(), a.getAwardingBody(), a.getCertificateRef(), a.getEvidenceFile() != null,
                a.getVerification(), outcome, a.getCreatedBy(), a.getCreatedAt());
    }

    private Outcome outcome(EntryVerification v) {
        return new Outcome(v.getStatus(), outcomeText(v.getStatus(), v.getVerifiedBy(), v.getVerifiedAt(), v.getRejectionReason()));
    }

    private String outcomeText(Verification status, String by, Instant at, String reason) {
        return switch (status) {
            case PENDING -> "Waiting for a manager to verify";
            case VERIFIED -> "Verified by " + by + " on " + fmt.instant(at);
            case REJECTED -> "Rejected by " + by + " on " + fmt.instant(at) + ": " + reason;
        };
    }

    // ---- actions ----

    public void startAdding(Adding what) {
        adding = what;
        clearForms();
        date = today;
        if ((what == Adding.SUPERVISION || what == Adding.BOOKING) && profile != null) {
            supervisorId = profile.lineManagerId();
        }
    }

    public void cancel() {
        adding = null;
        clearForms();
    }

    public void addAccreditation() {
        UploadedFile upload = file;
        boolean saved = Pages.attempt(() -> accreditations.add(id, new AccreditationInput(programmeId, stage, awardedOn,
                expiresOn, awardingBody, certificateRef), upload == null || upload.getSize() == 0 ? null : open(upload))) != null;
        // Mirrors AccreditationService.add: a manager's entry for someone else is verified on entry.
        done(saved, access.vouchesFor(id) ? "Accreditation added and verified."
                : "Accreditation logged. It is waiting for a manager to verify.");
    }

    public void addSupervision() {
        done(Pages.attempt(() -> supervision.add(id, new SupervisionInput(date, kind, supervisorId, supervisorName,
                minutes, programmeId, notes))) != null, entered("Supervision session logged"));
    }

    public void book() {
        done(Pages.attempt(() -> bookings.book(id, new BookingInput(renewal, date,
                renewal == Booking.Renewal.SUPERVISION ? kind : null,
                renewal == Booking.Renewal.SUPERVISION ? supervisorId : null,
                renewal == Booking.Renewal.SUPERVISION ? supervisorName : null,
                renewal == Booking.Renewal.SUPERVISION ? programmeId : null,
                renewal == Booking.Renewal.SAFEGUARDING ? safeguardingLevel : null, notes))) != null,
                "Booked for " + fmt.date(date) + ". It counts once it is marked held.");
    }

    public void startMoving(BookingRow row) {
        startAdding(Adding.MOVE);
        bookingId = row.id();
        bookingVersion = row.version();
        date = row.date();
    }

    public void move() {
        done(Pages.attempt(() -> bookings.move(id, bookingId, date, bookingVersion)) != null,
                "Booking moved to " + fmt.date(date) + ".");
    }

    public void cancelBooking(BookingRow row) {
        done(Pages.attempt(() -> bookings.cancel(id, row.id(), row.version())) != null, "Booking cancelled.");
    }

    /** Held as booked; a supervision session's length or a DBS certificate number can be added by API. */
    public void markHeld(BookingRow row) {
        done(Pages.attempt(() -> bookings.markHeld(id, row.id(), new HeldInput(row.version(), null, null, false))) != null,
                entered(row.what() + " on " + fmt.date(row.date()) + " marked held and logged"));
    }

    public void addDbs() {
        done(Pages.attempt(() -> compliance.add(id, new ComplianceInput(ComplianceCheck.Kind.DBS, date, certificateNumber,
                updateService, null))) != null, entered("DBS check recorded"));
    }

    public void addSafeguarding() {
        done(Pages.attempt(() -> compliance.add(id, new ComplianceInput(ComplianceCheck.Kind.SAFEGUARDING, date, null,
                false, safeguardingLevel))) != null, entered("Safeguarding training recorded"));
    }

    /** Mirrors EntryVerification.enteredBy: a manager's entry for someone else is verified at once. */
    private String entered(String what) {
        return access.vouchesFor(id) ? what + " and verified."
                : what + ". It is waiting for a manager to verify" + (verifiedChecksOnly
                        ? " and does not count until then." : "; the borough counts it meanwhile.");
    }

    private void done(boolean saved, String message) {
        if (saved) {
            adding = null;
            clearForms();
            load();
            Messages.addGlobalInfo(message);
        }
    }

    private static InputStream open(UploadedFile upload) {
        try {
            return upload.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded certificate could not be read", e);
        }
    }

    private void clearForms() {
        programmeId = null;
        stage = null;
        awardedOn = null;
        expiresOn = null;
        awardingBody = null;
        certificateRef = null;
        file = null;
        date = null;
        kind = null;
        supervisorId = null;
        supervisorName = null;
        minutes = null;
        notes = null;
        certificateNumber = null;
        updateService = false;
        safeguardingLevel = null;
        renewal = null;
        bookingId = null;
    }

    // ---- what the page shows ----

    /** Whether the user may add to this record: the person themselves, or a manager. */
    public boolean isCanEdit() {
        return loaded && (own || access.isManager());
    }

    public boolean isLinked() {
        return id != null;
    }

    /** Programmes and courses for the select lists, by name. */
    public Map<String, String> getProgrammes() {
        Map<String, String> items = new LinkedHashMap<>();
        catalogue.programmes().forEach(p -> items.put(p.name(), p.id()));
        return items;
    }

    /** Stages a person logs for themselves; managers may also record lapses and revocations. */
    public List<AccreditationStage> getStages() {
        return own || !access.isManager() ? List.of(AccreditationStage.ENROLLED, AccreditationStage.TRAINED,
                AccreditationStage.ACCREDITED) : List.of(AccreditationStage.values());
    }

    /** The supervisors this person may name, line manager first: exactly the list the service accepts. */
    public Map<String, Long> getSupervisorChoices() {
        if (supervisorChoices == null) {
            supervisorChoices = new LinkedHashMap<>();
            if (id != null && isCanEdit()) {
                Long lineManager = profile.lineManagerId();
                supervision.supervisorsFor(id).forEach(s -> supervisorChoices.put(
                        s.id() == (lineManager == null ? -1L : lineManager) ? s.name() + " (line manager)" : s.name(), s.id()));
            }
        }
        return supervisorChoices;
    }

    public SupervisionKind[] getKinds() {
        return SupervisionKind.values();
    }

    public List<Integer> getSafeguardingLevels() {
        return List.of(1, 2, 3, 4, 5);
    }

    public String getTitle() {
        return own ? "My record" : profile == null ? "Staff record" : profile.name();
    }

    public boolean isAnyQualified() {
        return panel.stream().anyMatch(FacilitationPanel.ProgrammeVerdicts::isAnyQualified);
    }

    public String getEvidenceUrl(long recordId) {
        return "api/v1/accreditations/" + recordId + "/evidence";
    }

    // ---- getters and setters ----

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isOwn() {
        return own;
    }

    public boolean isLoaded() {
        return loaded;
    }

    public StaffProfiles.Profile getProfile() {
        return profile;
    }

    public List<AccreditationRow> getAccreditationRows() {
        return accreditationRows;
    }

    public List<SupervisionRow> getSupervisionRows() {
        return supervisionRows;
    }

    public List<BookingRow> getBookingRows() {
        return bookingRows;
    }

    public Booking.Renewal[] getRenewals() {
        return Booking.Renewal.values();
    }

    public Booking.Renewal getRenewal() {
        return renewal;
    }

    public void setRenewal(Booking.Renewal renewal) {
        this.renewal = renewal;
    }

    public List<ComplianceRow> getDbsRows() {
        return dbsRows;
    }

    public List<ComplianceRow> getSafeguardingRows() {
        return safeguardingRows;
    }

    public List<FacilitationPanel.ProgrammeVerdicts> getPanel() {
        return panel;
    }

    /** "Mellow Babies, Mellow Bumps": facilitated programmes with no need levels set, so nobody qualifies. */
    public String getProgrammesWithoutLevelsText() {
        return String.join(", ", programmesWithoutLevels);
    }

    public boolean isVerifiedOnly() {
        return verifiedOnly;
    }

    public LocalDate getToday() {
        return today;
    }

    public Adding getAdding() {
        return adding;
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(String programmeId) {
        this.programmeId = programmeId;
    }

    public AccreditationStage getStage() {
        return stage;
    }

    public void setStage(AccreditationStage stage) {
        this.stage = stage;
    }

    public LocalDate getAwardedOn() {
        return awardedOn;
    }

    public void setAwardedOn(LocalDate awardedOn) {
        this.awardedOn = awardedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getAwardingBody() {
        return awardingBody;
    }

    public void setAwardingBody(String awardingBody) {
        this.awardingBody = awardingBody;
    }

    public String getCertificateRef() {
        return certificateRef;
    }

    public void setCertificateRef(String certificateRef) {
        this.certificateRef = certificateRef;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public SupervisionKind getKind() {
        return kind;
    }

    public void setKind(SupervisionKind kind) {
        this.kind = kind;
    }

    public Long getSupervisorId() {
        return supervisorId;
    }

    public void setSupervisorId(Long supervisorId) {
        this.supervisorId = supervisorId;
    }

    public String getSupervisorName() {
        return supervisorName;
    }

    public void setSupervisorName(String supervisorName) {
        this.supervisorName = supervisorName;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    public boolean isUpdateService() {
        return updateService;
    }

    public void setUpdateService(boolean updateService) {
        this.updateService = updateService;
    }

    public Integer getSafeguardingLevel() {
        return safeguardingLevel;
    }

    public void setSafeguardingLevel(Integer safeguardingLevel) {
        this.safeguardingLevel = safeguardingLevel;
    }
}
