package uk.facilitate.records;

import java.time.Instant;
import java.time.LocalDate;
import uk.facilitate.accreditation.AccreditationInput;
import uk.facilitate.accreditation.AccreditationRecord;
import uk.facilitate.compliance.ComplianceCheck;
import uk.facilitate.compliance.ComplianceInput;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.booking.Booking;
import uk.facilitate.booking.BookingInput;
import uk.facilitate.booking.HeldInput;
import uk.facilitate.shared.SupervisionKind;
import uk.facilitate.supervision.SupervisionInput;
import uk.facilitate.supervision.SupervisionSession;
import uk.facilitate.verification.EntryVerification;
import uk.facilitate.verification.Verification;

/** JSON shapes for a person's records. */
public final class RecordsApi {

    private RecordsApi() {
    }

    public record AccreditationRequest(
            String programmeId,
            AccreditationStage stage,
            LocalDate awardedOn,
            LocalDate expiresOn,
            String awardingBody,
            String certificateRef) {

        AccreditationInput input() {
            return new AccreditationInput(programmeId, stage, awardedOn, expiresOn, awardingBody, certificateRef);
        }
    }

    public record AccreditationView(long id, long staffId, String programmeId, AccreditationStage stage,
                                    LocalDate awardedOn, LocalDate expiresOn, String awardingBody, String certificateRef,
                                    boolean hasEvidence, Verification verification,
                                    String verifiedBy, Instant verifiedAt, String rejectionReason,
                                    AccreditationRecord.Origin origin, long version) {
        public static AccreditationView of(AccreditationRecord a) {
            return new AccreditationView(a.getId(), a.getStaffId(), a.getProgrammeId(), a.getStage(), a.getAwardedOn(),
                    a.getExpiresOn(), a.getAwardingBody(), a.getCertificateRef(), a.getEvidenceFile() != null,
                    a.getVerification(), a.getVerifiedBy(), a.getVerifiedAt(), a.getRejectionReason(), a.getOrigin(),
                    a.getVersion());
        }
    }

    public record SupervisionRequest(
            LocalDate date,
            SupervisionKind kind,
            Long supervisorId,
            String supervisorName,
            Integer minutes,
            String programmeId,
            String notes) {

        SupervisionInput input() {
            return new SupervisionInput(date, kind, supervisorId, supervisorName, minutes, programmeId, notes);
        }
    }

    /** A session with its verification: PENDING (waiting for a manager), VERIFIED or REJECTED, and by whom. */
    public record SupervisionView(long id, LocalDate date, SupervisionKind kind, Long supervisorId, String supervisorName,
                                  Integer minutes, String programmeId, String notes,
                                  Verification verification, String verifiedBy, Instant verifiedAt,
                                  String rejectionReason, long version) {
        public static SupervisionView of(SupervisionSession s) {
            EntryVerification v = s.getVerification();
            return new SupervisionView(s.getId(), s.getSessionDate(), s.getKind(), s.getSupervisorId(),
                    s.getSupervisorName(), s.getMinutes(), s.getProgrammeId(), s.getNotes(), v.getStatus(),
                    v.getVerifiedBy(), v.getVerifiedAt(), v.getRejectionReason(), s.getVersion());
        }
    }

    public record ComplianceRequest(
            ComplianceCheck.Kind kind,
            LocalDate date,
            String certificateNumber,
            boolean updateService,
            Integer safeguardingLevel) {

        ComplianceInput input() {
            return new ComplianceInput(kind, date, certificateNumber, updateService, safeguardingLevel);
        }
    }

    /** A DBS check or safeguarding training with its verification, as for supervision sessions. */
    public record ComplianceView(long id, ComplianceCheck.Kind kind, LocalDate date, String certificateNumber,
                                 boolean updateService, Integer safeguardingLevel,
                                 Verification verification, String verifiedBy, Instant verifiedAt,
                                 String rejectionReason, long version) {
        public static ComplianceView of(ComplianceCheck c) {
            EntryVerification v = c.getVerification();
            return new ComplianceView(c.getId(), c.getKind(), c.getCheckedOn(), c.getCertificateNumber(),
                    c.isUpdateService(), c.getSafeguardingLevel(), v.getStatus(), v.getVerifiedBy(), v.getVerifiedAt(),
                    v.getRejectionReason(), c.getVersion());
        }
    }

    public record BookingRequest(
            Booking.Renewal renewal,
            LocalDate date,
            SupervisionKind kind,
            Long supervisorId,
            String supervisorName,
            String programmeId,
            Integer safeguardingLevel,
            String notes) {

        BookingInput input() {
            return new BookingInput(renewal, date, kind, supervisorId, supervisorName, programmeId, safeguardingLevel, notes);
        }
    }

    /** Moving a booking: the new date and the version the user saw. */
    public record MoveRequest(LocalDate date, Long version) {
    }

    /** Cancelling a booking: the version the user saw. */
    public record CancelRequest(Long version) {
    }

    /** Marking a booking held: the version seen, a supervision session's length, a DBS re-check's certificate. */
    public record HeldRequest(Long version, Integer minutes, String certificateNumber, boolean updateService) {

        HeldInput input() {
            return new HeldInput(version, minutes, certificateNumber, updateService);
        }
    }

    /**
     * A renewal booked ahead: BOOKED (never counts as held), HELD (with the id of the supervision session
     * or check it was logged as) or CANCELLED.
     */
    public record BookingView(long id, long staffId, Booking.Renewal renewal, LocalDate date, Booking.Status status,
                              SupervisionKind kind, Long supervisorId, String supervisorName, String programmeId,
                              Integer safeguardingLevel, String notes, Long heldRecordId, String bookedBy,
                              long version) {
        public static BookingView of(Booking b) {
            return new BookingView(b.getId(), b.getStaffId(), b.getRenewal(), b.getBookedFor(), b.getStatus(),
                    b.getSupervisionKind(), b.getSupervisorId(), b.getSupervisorName(), b.getProgrammeId(),
                    b.getSafeguardingLevel(), b.getNotes(), b.getHeldRecordId(), b.getCreatedBy(), b.getVersion());
        }
    }
}
