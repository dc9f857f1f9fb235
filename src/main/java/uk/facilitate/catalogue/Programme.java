package uk.facilitate.catalogue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.shared.NeedLevel;
import uk.facilitate.shared.SupervisionKind;

/**
 * One programme or workforce course of the training catalogue, exactly as its file in
 * {@code training-catalogue/} states it. Immutable; optional parts are {@code null} when the
 * sources give no fact for them, collections are empty, never {@code null}.
 *
 * @param id                       stable id, lowercase and hyphenated; the file is {@code <id>.yaml}
 * @param name                     display name
 * @param kind                     a facilitated programme, or a course that staff attend
 * @param provider                 who owns or provides it, or {@code null}
 * @param accreditingBody          who accredits facilitators or awards the qualification, or {@code null}
 * @param description              a few sentences for people choosing training, or {@code null}
 * @param childAge                 ages of the children whose parents it serves, or {@code null}
 * @param needLevels               need levels it serves; empty when no source says
 * @param deliveryFormats          how it reaches parents
 * @param length                   how long it runs, or {@code null}
 * @param facilitatorsPerGroup     facilitators each group needs, or {@code null}
 * @param groupSize                most parents or families in one group, or {@code null}
 * @param trainingPath             the steps a practitioner completes, in order
 * @param accreditation            how long an accreditation lasts and how it is renewed
 * @param supervision              the supervision facilitators need
 * @param minimumProfessionalLevel RQF level (1–8) asked of a facilitator at a need level
 * @param evidenceRating           EIF evidence rating, or {@code null}
 * @param costRating               EIF-style cost rating 1–5, or {@code null}
 * @param trainingCost             what training a practitioner costs, or {@code null}
 * @param notes                    conflicts between sources and the choices made, or {@code null}
 * @param sources                  where each fact comes from
 */
public record Programme(
        String id,
        String name,
        Kind kind,
        String provider,
        String accreditingBody,
        String description,
        ChildAge childAge,
        Set<NeedLevel> needLevels,
        Set<DeliveryFormat> deliveryFormats,
        Length length,
        Integer facilitatorsPerGroup,
        Integer groupSize,
        List<TrainingStep> trainingPath,
        Accreditation accreditation,
        Supervision supervision,
        Map<NeedLevel, Integer> minimumProfessionalLevel,
        EvidenceRating evidenceRating,
        Integer costRating,
        TrainingCost trainingCost,
        String notes,
        List<Source> sources) {

    public Programme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        needLevels = enumSet(needLevels, NeedLevel.class);
        deliveryFormats = enumSet(deliveryFormats, DeliveryFormat.class);
        trainingPath = trainingPath == null ? List.of() : List.copyOf(trainingPath);
        accreditation = accreditation == null ? Accreditation.NONE : accreditation;
        supervision = supervision == null ? Supervision.NONE : supervision;
        minimumProfessionalLevel = minimumProfessionalLevel == null || minimumProfessionalLevel.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(minimumProfessionalLevel));
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** Whether a practitioner may be asked to deliver it at this need level at all. */
    public boolean serves(NeedLevel level) {
        return needLevels.contains(level);
    }

    /** The training step with this id, if the path has one. */
    public Optional<TrainingStep> step(String stepId) {
        return trainingPath.stream().filter(step -> step.id().equals(stepId)).findFirst();
    }

    /**
     * SHA-256 (hex) of the programme's canonical content: equal for equal programmes, whatever
     * the file's layout, comments or key order, so a loader can tell whether a programme changed.
     */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonicalText().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }

    /** One {@code path=value} line per fact, in a fixed order; the input of {@link #fingerprint()}. */
    String canonicalText() {
        Canonical out = new Canonical();
        out.put("id", id);
        out.put("name", name);
        out.put("kind", kind);
        out.put("provider", provider);
        out.put("accreditingBody", accreditingBody);
        out.put("description", description);
        if (childAge != null) {
            out.put("childAge.prenatal", childAge.prenatal());
            out.put("childAge.minYears", childAge.minYears());
            out.put("childAge.maxYears", childAge.maxYears());
            out.put("childAge.text", childAge.text());
        }
        out.put("needLevels", needLevels.stream().map(level -> String.valueOf(level.number())).toList());
        out.put("deliveryFormats", deliveryFormats.stream().map(Programme::yamlName).toList());
        if (length != null) {
            out.put("length.sessions", length.sessions());
            out.put("length.weeks", length.weeks());
            out.put("length.sessionHours", length.sessionHours());
            out.put("length.text", length.text());
        }
        out.put("facilitatorsPerGroup", facilitatorsPerGroup);
        out.put("groupSize", groupSize);
        for (int i = 0; i < trainingPath.size(); i++) {
            TrainingStep step = trainingPath.get(i);
            String at = "trainingPath[" + i + "].";
            out.put(at + "id", step.id());
            out.put(at + "name", step.name());
            out.put(at + "kind", step.kind());
            out.put(at + "days", step.days());
            out.put(at + "weeks", step.weeks());
            out.put(at + "awards", step.awards());
            out.put(at + "prerequisites", step.prerequisites());
            out.put(at + "description", step.description());
        }
        out.put("accreditation.validityMonths", accreditation.validityMonths());
        out.put("accreditation.renewalRule", accreditation.renewalRule());
        out.put("accreditation.provisionalDeliveryWhenTrained", accreditation.provisionalDeliveryWhenTrained());
        out.put("supervision.required", supervision.required());
        out.put("supervision.kinds", supervision.kinds().stream().map(Programme::yamlName).toList());
        out.put("supervision.maxIntervalDays", supervision.maxIntervalDays());
        minimumProfessionalLevel.forEach((level, rqf) -> out.put("minimumProfessionalLevel." + level.number(), rqf));
        out.put("evidenceRating", evidenceRating == null ? null : evidenceRating.code());
        out.put("costRating", costRating);
        if (trainingCost != null) {
            out.put("trainingCost.pounds", trainingCost.pounds());
            out.put("trainingCost.basis", trainingCost.basis());
            out.put("trainingCost.cohortSize", trainingCost.cohortSize());
            out.put("trainingCost.text", trainingCost.text());
        }
        out.put("notes", notes);
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            String at = "sources[" + i + "].";
            out.put(at + "fact", source.fact());
            out.put(at + "document", source.document());
            out.put(at + "section", source.section());
            out.put(at + "via", source.via());
            out.put(at + "url", source.url());
            out.put(at + "quote", source.quote());
            out.put(at + "note", source.note());
        }
        return out.toString();
    }

    /** How an enum value is written in a catalogue file: {@code ONE_TO_ONE} is {@code one-to-one}. */
    static String yamlName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, Class<E> type) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return Collections.unmodifiableSet(copy);
    }

    /** A facilitated parenting programme, or a course that staff attend. */
    public enum Kind {
        PROGRAMME,
        COURSE
    }

    /** How a programme reaches parents. */
    public enum DeliveryFormat {
        GROUP,
        ONE_TO_ONE,
        PHONE,
        WORKSHOP,
        HOME_VISIT
    }

    /**
     * Ages of the children whose parents a programme serves, as far as the sources say.
     *
     * @param prenatal whether it starts before birth (antenatal)
     * @param minYears youngest age in years, or {@code null}
     * @param maxYears oldest age in years as the source states it, or {@code null}
     * @param text     the source's own words, which are the authority when the numbers are coarse
     */
    public record ChildAge(boolean prenatal, BigDecimal minYears, BigDecimal maxYears, String text) {
    }

    /**
     * How long a programme (or course) runs.
     *
     * @param sessions     number of sessions, or {@code null}
     * @param weeks        number of weeks, or {@code null}
     * @param sessionHours hours per session, or {@code null}
     * @param text         the source's own words
     */
    public record Length(Integer sessions, Integer weeks, BigDecimal sessionHours, String text) {
    }

    /**
     * One step of the training path: a course, or an accreditation (assessment of practice).
     *
     * @param id            step id, unique within the programme, e.g. {@code accreditation}
     * @param name          display name
     * @param kind          course or accreditation
     * @param days          length in days, or {@code null}
     * @param weeks         length in weeks, or {@code null}
     * @param awards        the stage a practitioner reaches on completing it
     * @param prerequisites ids of earlier steps that must be completed first
     * @param description   what the step asks, or {@code null}
     */
    public record TrainingStep(
            String id,
            String name,
            StepKind kind,
            BigDecimal days,
            Integer weeks,
            AccreditationStage awards,
            List<String> prerequisites,
            String description) {

        public TrainingStep {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(awards, "awards");
            prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
        }
    }

    /** Whether a training step is taught or assesses practice. */
    public enum StepKind {
        COURSE,
        ACCREDITATION
    }

    /**
     * The stage a training step awards; the same names as the accreditation records' stages.
     * Only {@link #ACCREDITED} qualifies a practitioner to facilitate, unless the programme allows
     * provisional delivery when trained.
     */
    /** The stages a training step can award. */
    public static final List<AccreditationStage> AWARDED_STAGES = List.of(AccreditationStage.TRAINED,
            AccreditationStage.ACCREDITED);

    /**
     * How long an accreditation stays current.
     *
     * @param validityMonths                 months current after award; {@code null}: no source says it expires
     * @param renewalRule                    how it is renewed, in words, or {@code null}
     * @param provisionalDeliveryWhenTrained whether a trained, not yet accredited practitioner may
     *                                       facilitate while in supervision
     */
    public record Accreditation(Integer validityMonths, String renewalRule, boolean provisionalDeliveryWhenTrained) {

        /** No expiry, no renewal rule, no provisional delivery. */
        public static final Accreditation NONE = new Accreditation(null, null, false);
    }

    /**
     * The supervision facilitators need.
     *
     * @param required        whether a source asks for ongoing supervision
     * @param kinds           kinds of session that count; empty = any kind
     * @param maxIntervalDays longest gap allowed between sessions, or {@code null} until the borough sets it
     */
    public record Supervision(boolean required, Set<SupervisionKind> kinds, Integer maxIntervalDays) {

        /** No supervision asked. */
        public static final Supervision NONE = new Supervision(false, Set.of(), null);

        public Supervision {
            kinds = enumSet(kinds, SupervisionKind.class);
        }
    }

    /**
     * What training costs, as the source states it.
     *
     * @param pounds     amount in pounds sterling, or {@code null}
     * @param basis      per participant or per cohort, or {@code null}
     * @param cohortSize most participants the per-cohort price covers, or {@code null}
     * @param text       the source's own words (e.g. "about £1,000 per participant")
     */
    public record TrainingCost(BigDecimal pounds, CostBasis basis, Integer cohortSize, String text) {
    }

    /** What a training price covers. */
    public enum CostBasis {
        PER_PARTICIPANT,
        PER_COHORT
    }

    /**
     * Where a fact comes from.
     *
     * @param fact     the field it supports, e.g. {@code needLevels} or {@code trainingPath.accreditation}
     * @param document the source document, e.g. "Islington Parenting Support Strategy 2008–2011"
     * @param section  where in the document, or {@code null}
     * @param via      the summary through which the fact reached the catalogue, or {@code null}
     * @param url      a public address, or {@code null}
     * @param quote    the source's words, or {@code null}
     * @param note     why it was or was not chosen where sources disagree, or {@code null}
     */
    public record Source(String fact, String document, String section, String via, String url, String quote,
            String note) {

        public Source {
            Objects.requireNonNull(fact, "fact");
            Objects.requireNonNull(document, "document");
        }
    }

    private static final class Canonical {
        private final StringBuilder text = new StringBuilder();

        void put(String path, Object value) {
            text.append(path).append('=').append(render(value)).append('\n');
        }

        private static String render(Object value) {
            if (value == null) {
                return "~";
            }
            if (value instanceof Enum<?> constant) {
                return yamlName(constant);
            }
            if (value instanceof BigDecimal number) {
                return number.stripTrailingZeros().toPlainString();
            }
            if (value instanceof List<?> list) {
                StringBuilder items = new StringBuilder("[");
                for (Object item : list) {
                    items.append(render(item).length()).append(':').append(render(item));
                }
                return items.append(']').toString();
            }
            if (value instanceof String string) {
                return '"' + string.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
            }
            return value.toString();
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
