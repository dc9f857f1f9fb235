package uk.facilitate.qualification;

import java.time.LocalDate;
import java.util.List;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.shared.SupervisionKind;

/**
 * Everything the engine needs to know about one member of staff: a plain snapshot of their
 * records, built by the application from the database (or by a test from nothing).
 *
 * @param staffId            database id of the staff member
 * @param name               display name, for explanations
 * @param professionalLevel  RQF/QCF level 1–8, or {@code null} when not recorded
 * @param startDate          first day in post, or {@code null} when unknown (treated as always started)
 * @param leaveDate          last day in post, or {@code null}; never qualified after it
 */
public record PractitionerRecord(
        long staffId,
        String name,
        Integer professionalLevel,
        LocalDate startDate,
        LocalDate leaveDate,
        List<Accreditation> accreditations,
        List<Supervision> supervision,
        List<DbsCheck> dbsChecks,
        List<SafeguardingTraining> safeguarding) {

    public PractitionerRecord {
        accreditations = List.copyOf(accreditations);
        supervision = List.copyOf(supervision);
        dbsChecks = List.copyOf(dbsChecks);
        safeguarding = List.copyOf(safeguarding);
    }

    /**
     * One accreditation record. {@code awardedOn} is the date the stage was reached;
     * {@code expiresOn} is the last day it is current ({@code null}: see the programme's validity).
     */
    public record Accreditation(
            long id,
            String programmeId,
            AccreditationStage stage,
            LocalDate awardedOn,
            LocalDate expiresOn,
            boolean verified) {
    }

    /**
     * One supervision session; {@code programmeId} is {@code null} for general supervision;
     * {@code verified} is false while the person's own entry waits for a manager (or was rejected).
     */
    public record Supervision(LocalDate date, SupervisionKind kind, String programmeId, boolean verified) {
        public Supervision(LocalDate date, SupervisionKind kind, String programmeId) {
            this(date, kind, programmeId, true);
        }
    }

    /** An enhanced DBS check; on the Update Service it stays current without a re-check. */
    public record DbsCheck(LocalDate issuedOn, String certificateNumber, boolean updateService, boolean verified) {
        public DbsCheck(LocalDate issuedOn, String certificateNumber, boolean updateService) {
            this(issuedOn, certificateNumber, updateService, true);
        }
    }

    /** Safeguarding training at a level (Intercollegiate Document levels 1–5). */
    public record SafeguardingTraining(LocalDate completedOn, int level, boolean verified) {
        public SafeguardingTraining(LocalDate completedOn, int level) {
            this(completedOn, level, true);
        }
    }
}
