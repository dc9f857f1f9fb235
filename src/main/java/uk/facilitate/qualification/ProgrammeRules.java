package uk.facilitate.qualification;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.shared.NeedLevel;
import uk.facilitate.shared.SupervisionKind;

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

    /**
     * The rules of a catalogue programme (with the borough's local settings laid over it). Supervision
     * counts only when the catalogue both requires it and gives a maximum interval: without an interval
     * there is nothing the engine can check, and the borough sets one.
     */
    public static ProgrammeRules of(Programme programme) {
        return new ProgrammeRules(
                programme.id(),
                programme.name(),
                programme.needLevels(),
                programme.minimumProfessionalLevel(),
                programme.accreditation().validityMonths(),
                programme.accreditation().provisionalDeliveryWhenTrained(),
                programme.supervision().required() ? programme.supervision().maxIntervalDays() : null,
                programme.supervision().kinds());
    }

    /** The rules of each of these programmes, in their order. */
    public static List<ProgrammeRules> of(Collection<Programme> programmes) {
        return programmes.stream().map(ProgrammeRules::of).toList();
    }
}
