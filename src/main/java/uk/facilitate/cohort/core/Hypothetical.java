package uk.facilitate.cohort.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.facilitate.qualification.PractitionerRecord;
import uk.facilitate.shared.AccreditationStage;

/** "What if they were trained?": a person's records plus one verified record, for the engine to judge. */
public final class Hypothetical {

    private Hypothetical() {
    }

    public static PractitionerRecord withRecord(PractitionerRecord r, String programmeId, AccreditationStage stage,
                                                LocalDate awardedOn) {
        List<PractitionerRecord.Accreditation> accreditations = new ArrayList<>(r.accreditations());
        accreditations.add(new PractitionerRecord.Accreditation(-1, programmeId, stage, awardedOn, null, true));
        return new PractitionerRecord(r.staffId(), r.name(), r.professionalLevel(), r.startDate(), r.leaveDate(),
                accreditations, r.supervision(), r.dbsChecks(), r.safeguarding());
    }
}
