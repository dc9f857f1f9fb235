package uk.facilitate.qualification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.facilitate.qualification.PractitionerRecord.Accreditation;
import uk.facilitate.qualification.PractitionerRecord.DbsCheck;
import uk.facilitate.qualification.PractitionerRecord.SafeguardingTraining;
import uk.facilitate.qualification.PractitionerRecord.Supervision;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.shared.SupervisionKind;

/** Builds practitioner records for tests so they read as specifications; dates are ISO strings. */
final class PractitionerBuilder {

    private long staffId = 1;
    private final String name;
    private Integer professionalLevel;
    private LocalDate startDate;
    private LocalDate leaveDate;
    private final List<Accreditation> accreditations = new ArrayList<>();
    private final List<Supervision> supervision = new ArrayList<>();
    private final List<DbsCheck> dbsChecks = new ArrayList<>();
    private final List<SafeguardingTraining> safeguarding = new ArrayList<>();

    private PractitionerBuilder(String name) {
        this.name = name;
    }

    static PractitionerBuilder practitioner(String name) {
        return new PractitionerBuilder(name);
    }

    static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    PractitionerBuilder staffId(long id) {
        this.staffId = id;
        return this;
    }

    PractitionerBuilder atProfessionalLevel(Integer level) {
        this.professionalLevel = level;
        return this;
    }

    PractitionerBuilder startedOn(String date) {
        this.startDate = date(date);
        return this;
    }

    PractitionerBuilder leavingOn(String date) {
        this.leaveDate = date(date);
        return this;
    }

    /** A verified accreditation with no expiry date of its own. */
    PractitionerBuilder accredited(String programmeId, String awardedOn) {
        return accreditation(programmeId, AccreditationStage.ACCREDITED, awardedOn, null, true);
    }

    PractitionerBuilder accredited(String programmeId, String awardedOn, String expiresOn) {
        return accreditation(programmeId, AccreditationStage.ACCREDITED, awardedOn, expiresOn, true);
    }

    /** A verified record of completed training, not yet accredited. */
    PractitionerBuilder trained(String programmeId, String trainedOn) {
        return accreditation(programmeId, AccreditationStage.TRAINED, trainedOn, null, true);
    }

    PractitionerBuilder accreditation(String programmeId, AccreditationStage stage, String awardedOn,
            String expiresOn, boolean verified) {
        accreditations.add(new Accreditation(accreditations.size() + 11L, programmeId, stage, date(awardedOn),
                date(expiresOn), verified));
        return this;
    }

    /** General individual supervision, not tied to a programme. */
    PractitionerBuilder supervisedOn(String date) {
        return supervisedOn(date, SupervisionKind.INDIVIDUAL, null);
    }

    PractitionerBuilder supervisedOn(String date, SupervisionKind kind, String programmeId) {
        supervision.add(new Supervision(date(date), kind, programmeId));
        return this;
    }

    PractitionerBuilder dbsIssuedOn(String date) {
        dbsChecks.add(new DbsCheck(date(date), "00" + (1_000_000_000L + dbsChecks.size()), false));
        return this;
    }

    PractitionerBuilder dbsOnUpdateService(String issuedOn) {
        dbsChecks.add(new DbsCheck(date(issuedOn), "00" + (1_000_000_000L + dbsChecks.size()), true));
        return this;
    }

    /** A DBS check, a safeguarding training and a general session the person entered, not yet verified. */
    PractitionerBuilder unverifiedChecks(String dbsIssuedOn, int safeguardingLevel, String completedOn, String supervisedOn) {
        dbsChecks.add(new DbsCheck(date(dbsIssuedOn), "00" + (1_000_000_000L + dbsChecks.size()), false, false));
        safeguarding.add(new SafeguardingTraining(date(completedOn), safeguardingLevel, false));
        supervision.add(new Supervision(date(supervisedOn), SupervisionKind.INDIVIDUAL, null, false));
        return this;
    }

    PractitionerBuilder safeguarding(int level, String completedOn) {
        safeguarding.add(new SafeguardingTraining(date(completedOn), level));
        return this;
    }

    PractitionerRecord build() {
        return new PractitionerRecord(staffId, name, professionalLevel, startDate, leaveDate, accreditations,
                supervision, dbsChecks, safeguarding);
    }
}
