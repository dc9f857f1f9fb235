package uk.facilitate.catalogue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.facilitate.shared.NeedLevel;

/** A programme as the API and pages show it: need levels as numbers, everything else as in the file. */
public record ProgrammeView(
        String id,
        String name,
        String kind,
        String provider,
        String accreditingBody,
        String description,
        Programme.ChildAge childAge,
        List<Integer> needLevels,
        List<String> deliveryFormats,
        Programme.Length length,
        Integer facilitatorsPerGroup,
        Integer groupSize,
        List<Programme.TrainingStep> trainingPath,
        Programme.Accreditation accreditation,
        Programme.Supervision supervision,
        Map<String, Integer> minimumProfessionalLevel,
        String evidenceRating,
        Integer costRating,
        Programme.TrainingCost trainingCost,
        String notes,
        List<Programme.Source> sources) {

    public static ProgrammeView of(Programme p) {
        Map<String, Integer> minimum = new TreeMap<>();
        p.minimumProfessionalLevel().forEach((level, rqf) -> minimum.put(String.valueOf(level.number()), rqf));
        return new ProgrammeView(p.id(), p.name(), p.kind().name(), p.provider(), p.accreditingBody(), p.description(),
                p.childAge(), p.needLevels().stream().map(NeedLevel::number).toList(),
                p.deliveryFormats().stream().map(Enum::name).toList(), p.length(), p.facilitatorsPerGroup(),
                p.groupSize(), p.trainingPath(), p.accreditation(), p.supervision(), minimum,
                p.evidenceRating() == null ? null : p.evidenceRating().code(), p.costRating(), p.trainingCost(),
                p.notes(), p.sources());
    }
}
