package uk.facilitate.staff;

import java.time.Instant;
import java.time.LocalDate;
import uk.facilitate.accreditation.AccreditationInput;
import uk.facilitate.accreditation.AccreditationRecord;
import uk.facilitate.accreditation.AccreditationStage;
import uk.facilitate.compliance.ComplianceCheck;
import uk.facilitate.compliance.ComplianceInput;
import uk.facilitate.supervision.SupervisionInput;
import uk.facilitate.supervision.SupervisionKind;
import uk.facilitate.supervision.SupervisionSession;

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
                                    boolean hasEvidence, AccreditationRecord.Verification verification,
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

    public record SupervisionView(long id, LocalDate date, SupervisionKind kind, Long supervisorId, String supervisorName,
                                  Integer minutes, String programmeId, String notes) {
        public static SupervisionView of(SupervisionSession s) {
            return new SupervisionView(s.getId(), s.getSessionDate(), s.getKind(), s.getSupervisorId(),
                    s.getSupervisorName(), s.getMinutes(), s.getProgrammeId(), s.getNotes());
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

    public record ComplianceView(long id, ComplianceCheck.Kind kind, LocalDate date, String certificateNumber,
                                 boolean updateService, Integer safeguardingLevel) {
        public static ComplianceView of(ComplianceCheck c) {
            return new ComplianceView(c.getId(), c.getKind(), c.getCheckedOn(), c.getCertificateNumber(),
                    c.isUpdateService(), c.getSafeguardingLevel());
        }
    }
}
