package uk.facilitate.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.shared.NeedLevel;

/**
 * A borough's own settings for one programme, laid over what its catalogue file states. The
 * catalogue keeps only sourced facts; where the borough's policy differs (it delivers Incredible
 * Years at need level 4 too, or renews accreditation every three years) an administrator records
 * it here with the reason. Each part is optional: {@code null} (or a {@code false} "set" flag)
 * means "as the catalogue says". Plain Java, so the overlay is unit-tested without a container.
 *
 * @param needLevels               need levels served, or {@code null}
 * @param minimumProfessionalLevel RQF level asked at a need level, or {@code null}; empty = no minimum
 * @param validitySet              whether {@code validityMonths} replaces the catalogue's validity
 * @param validityMonths           months an accreditation stays current; {@code null} = does not expire
 * @param supervisionSet           whether the supervision rule replaces the catalogue's
 * @param supervisionRequired      whether facilitators need ongoing supervision
 * @param supervisionMaxIntervalDays longest gap between sessions, or {@code null} (the borough-wide
 *                                 policy, if any, then applies)
 * @param reason                   why the borough differs from the catalogue, for the audit trail
 */
public record LocalSettings(
        Set<NeedLevel> needLevels,
        Map<NeedLevel, Integer> minimumProfessionalLevel,
        boolean validitySet,
        Integer validityMonths,
        boolean supervisionSet,
        boolean supervisionRequired,
        Integer supervisionMaxIntervalDays,
        String reason) {

    public LocalSettings {
        needLevels = needLevels == null ? null : Collections.unmodifiableSet(copy(needLevels));
        minimumProfessionalLevel = minimumProfessionalLevel == null ? null
                : Collections.unmodifiableMap(minimumProfessionalLevel.isEmpty()
                        ? new EnumMap<>(NeedLevel.class) : new EnumMap<>(minimumProfessionalLevel));
    }

    /** Whether anything at all differs from the catalogue. */
    public boolean overridesAnything() {
        return needLevels != null || minimumProfessionalLevel != null || validitySet || supervisionSet;
    }

    /** The programme as the borough runs it: the catalogue's facts with these settings laid over them. */
    public Programme applyTo(Programme sourced) {
        Set<NeedLevel> levels = needLevels == null ? sourced.needLevels() : needLevels;
        Map<NeedLevel, Integer> minimum = new EnumMap<>(NeedLevel.class);
        (minimumProfessionalLevel == null ? sourced.minimumProfessionalLevel() : minimumProfessionalLevel)
                .forEach((level, rqf) -> {
                    if (levels.contains(level)) { // a minimum where the programme is not delivered means nothing
                        minimum.put(level, rqf);
                    }
                });
        Programme.Accreditation accreditation = validitySet
                ? new Programme.Accreditation(validityMonths, sourced.accreditation().renewalRule(),
                        sourced.accreditation().provisionalDeliveryWhenTrained())
                : sourced.accreditation();
        Programme.Supervision supervision = supervisionSet
                ? new Programme.Supervision(supervisionRequired,
                        supervisionRequired ? sourced.supervision().kinds() : Set.of(),
                        supervisionRequired ? supervisionMaxIntervalDays : null)
                : sourced.supervision();
        return new Programme(sourced.id(), sourced.name(), sourced.kind(), sourced.provider(),
                sourced.accreditingBody(), sourced.description(), sourced.childAge(), levels,
                sourced.deliveryFormats(), sourced.length(), sourced.facilitatorsPerGroup(), sourced.groupSize(),
                sourced.trainingPath(), accreditation, supervision, minimum, sourced.evidenceRating(),
                sourced.costRating(), sourced.trainingCost(), sourced.notes(), sourced.sources());
    }

    /** What is wrong with these settings for this programme, by field; empty when they can be saved. */
    public List<InvalidInput.Problem> problems(Programme sourced) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (sourced.kind() != Programme.Kind.PROGRAMME) {
            problems.add(new InvalidInput.Problem("programmeId", sourced.name()
                    + " is a course staff attend, not a programme anyone facilitates, so it has no local rules"));
            return problems;
        }
        Set<NeedLevel> levels = needLevels == null ? sourced.needLevels() : needLevels;
        if (minimumProfessionalLevel != null) {
            minimumProfessionalLevel.forEach((level, rqf) -> {
                String field = "minimumLevel" + level.number();
                if (rqf == null || rqf < 1 || rqf > 8) {
                    problems.add(new InvalidInput.Problem(field, "A minimum professional level is an RQF level from 1 to 8"));
                } else if (!levels.contains(level)) {
                    problems.add(new InvalidInput.Problem(field, "The programme is not delivered at " + level.describe()
                            + ", so it cannot have a minimum level there"));
                }
            });
        }
        if (validitySet && validityMonths != null && (validityMonths < 1 || validityMonths > 240)) {
            problems.add(new InvalidInput.Problem("validityMonths",
                    "Accreditation validity must be 1 to 240 months, or empty for no expiry"));
        }
        if (supervisionSet && supervisionMaxIntervalDays != null) {
            if (!supervisionRequired) {
                problems.add(new InvalidInput.Problem("supervisionMaxIntervalDays",
                        "A supervision interval needs supervision to be required"));
            } else if (supervisionMaxIntervalDays < 7 || supervisionMaxIntervalDays > 730) {
                problems.add(new InvalidInput.Problem("supervisionMaxIntervalDays",
                        "The supervision interval must be 7 to 730 days, or empty to use the borough-wide policy"));
            }
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new InvalidInput.Problem("reason",
                    "Say why the borough differs from the catalogue (e.g. the strategy or decision it follows)"));
        } else if (reason.strip().length() > 1000) {
            problems.add(new InvalidInput.Problem("reason", "The reason must be at most 1,000 characters"));
        }
        return problems;
    }

    /** "2–4", "1, 3", or "none": need levels as people read them. */
    public static String describe(Set<NeedLevel> levels) {
        if (levels == null || levels.isEmpty()) {
            return "none";
        }
        List<Integer> numbers = levels.stream().map(NeedLevel::number).sorted().toList();
        boolean consecutive = numbers.get(numbers.size() - 1) - numbers.get(0) == numbers.size() - 1;
        if (numbers.size() > 1 && consecutive) {
            return numbers.get(0) + "–" + numbers.get(numbers.size() - 1);
        }
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** "need level 3: RQF 6; need level 4: RQF 6", or "none". */
    public static String describe(Map<NeedLevel, Integer> minimum) {
        if (minimum == null || minimum.isEmpty()) {
            return "none";
        }
        return new java.util.TreeMap<>(minimum).entrySet().stream()
                .map(e -> "need level " + e.getKey().number() + ": RQF " + e.getValue())
                .collect(Collectors.joining("; "));
    }

    /** '2,3,4' as stored; {@code null} stays {@code null}. */
    static String levelsText(Set<NeedLevel> levels) {
        return levels == null ? null
                : levels.stream().map(l -> String.valueOf(l.number())).sorted().collect(Collectors.joining(","));
    }

    static Set<NeedLevel> parseLevels(String text) {
        if (text == null) {
            return null;
        }
        Set<NeedLevel> levels = EnumSet.noneOf(NeedLevel.class);
        Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(s -> levels.add(NeedLevel.of(Integer.parseInt(s))));
        return levels;
    }

    /** '3:6,4:6' as stored; {@code null} stays {@code null}. */
    static String minimumsText(Map<NeedLevel, Integer> minimum) {
        return minimum == null ? null : new java.util.TreeMap<>(minimum).entrySet().stream()
                .map(e -> e.getKey().number() + ":" + e.getValue()).collect(Collectors.joining(","));
    }

    static Map<NeedLevel, Integer> parseMinimums(String text) {
        if (text == null) {
            return null;
        }
        Map<NeedLevel, Integer> minimum = new EnumMap<>(NeedLevel.class);
        Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(pair -> {
            String[] parts = pair.split(":");
            minimum.put(NeedLevel.of(Integer.parseInt(parts[0].strip())), Integer.valueOf(parts[1].strip()));
        });
        return minimum;
    }

    private static Set<NeedLevel> copy(Set<NeedLevel> levels) {
        return levels.isEmpty() ? EnumSet.noneOf(NeedLevel.class) : EnumSet.copyOf(levels);
    }
}
