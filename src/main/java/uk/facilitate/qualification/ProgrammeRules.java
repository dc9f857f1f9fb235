package uk.facilitate.qualification;

import java.util.Map;
import java.util.Set;
import uk.facilitate.catalogue.NeedLevel;
import uk.facilitate.supervision.SupervisionKind;

/**
 * The facilitation rules of one programme, as the catalogue states them. The engine reads
 * only this, so rules are data, never code per programme.
 *
 * @param programmeId                  stable catalogue id, e.g. {@code incredible-years}
 * @param programmeName                display name, for explanations
 * @param needLevels                   need levels the programme serves
 * @param minimumProfessionalLevel     RQF/QCF level (1–8) asked at a need level; absent = no minimum
 * @param accreditationValidityMonths  months an accreditation stays current after award when the
 *                                     record has no expiry date of its own; {@code null} = no expiry
 * @param provisionalDeliveryWhenTrained whether a practitioner who is trained but not yet accredited
 *                                     may facilitate while in supervision
 * @param supervisionMaxIntervalDays   longest gap allowed between the date and the last supervision
 *                                     session; {@code null} = the programme asks no supervision
 * @param supervisionKinds             kinds of session that count; empty = any kind
 */
public record ProgrammeRules(
        String programmeId,
        String programmeName,
        Set<NeedLevel> needLevels,
        Map<NeedLevel, Integer> minimumProfessionalLevel,
        Integer accreditationValidityMonths,
        boolean provisionalDeliveryWhenTrained,
        Integer supervisionMaxIntervalDays,
        Set<SupervisionKind> supervisionKinds) {

    public ProgrammeRules {
        needLevels = Set.copyOf(needLevels);
        minimumProfessionalLevel = Map.copyOf(minimumProfessionalLevel);
        supervisionKinds = Set.copyOf(supervisionKinds);
    }
}
