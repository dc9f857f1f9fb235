package uk.facilitate.catalogue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import uk.facilitate.catalogue.CatalogueException.Problem;
import uk.facilitate.catalogue.Programme.Accreditation;
import uk.facilitate.catalogue.Programme.ChildAge;
import uk.facilitate.catalogue.Programme.CostBasis;
import uk.facilitate.catalogue.Programme.DeliveryFormat;
import uk.facilitate.catalogue.Programme.Kind;
import uk.facilitate.catalogue.Programme.Length;
import uk.facilitate.catalogue.Programme.Source;
import uk.facilitate.catalogue.Programme.StepKind;
import uk.facilitate.catalogue.Programme.Supervision;
import uk.facilitate.catalogue.Programme.TrainingCost;
import uk.facilitate.catalogue.Programme.TrainingStep;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.shared.NeedLevel;
import uk.facilitate.shared.SupervisionKind;

/**
 * Reads one catalogue file into a {@link Programme}, walking the composed YAML node tree (not
 * loaded maps) so that every problem can name its line. Collects every problem it finds rather
 * than stopping at the first. One instance reads one file.
 */
final class ProgrammeParser {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final List<String> TOP_FIELDS = List.of(
            "id", "name", "kind", "provider", "accreditingBody", "description", "childAge", "needLevels",
            "deliveryFormats", "length", "facilitatorsPerGroup", "groupSize", "trainingPath", "accreditation",
            "supervision", "minimumProfessionalLevel", "evidenceRating", "costRating", "trainingCost", "notes",
            "sources");
    private static final List<String> CHILD_AGE_FIELDS = List.of("prenatal", "minYears", "maxYears", "text");
    private static final List<String> LENGTH_FIELDS = List.of("sessions", "weeks", "sessionHours", "text");
    private static final List<String> STEP_FIELDS = List.of(
            "id", "name", "kind", "days", "weeks", "awards", "prerequisites", "description");
    private static final List<String> ACCREDITATION_FIELDS = List.of(
            "validityMonths", "renewalRule", "provisionalDeliveryWhenTrained");
    private static final List<String> SUPERVISION_FIELDS = List.of("required", "kinds", "maxIntervalDays");
    private static final List<String> COST_FIELDS = List.of("pounds", "basis", "cohortSize", "text");
    private static final List<String> SOURCE_FIELDS = List.of(
            "fact", "document", "section", "via", "url", "quote", "note");

    /** Fields a source may cite: everything but the file's own bookkeeping. */
    private static final Set<String> CITABLE = TOP_FIELDS.stream()
            .filter(field -> !Set.of("id", "name", "sources").contains(field))
            .collect(Collectors.toUnmodifiableSet());

    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");

    private final CatalogueFile file;
    private final List<Problem> problems;

    /** The result: the programme (or {@code null} when the file has problems) and the line of its id. */
    record Parsed(Programme programme, int idLine) {
    }

    ProgrammeParser(CatalogueFile file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    Parsed parse() {
        int problemsBefore = problems.size();
        Node root;
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(file.name()).build();
            root = new Compose(settings).composeString(file.content()).orElse(null);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(mark -> mark.getLine() + 1).orElse(1);
            String problem = Optional.ofNullable(e.getProblem()).orElse(e.getMessage());
            if (e.getContext() != null) {
                problem = e.getContext() + ", " + problem;
            }
            problems.add(new Problem(file.name(), line, "yaml", "not valid YAML: " + problem));
            return new Parsed(null, 1);
        } catch (YamlEngineException e) {
            problems.add(new Problem(file.name(), 1, "yaml", "not valid YAML: " + e.getMessage()));
            return new Parsed(null, 1);
        }
        if (root == null) {
            problems.add(new Problem(file.name(), 1, "file", "the file is empty"));
            return new Parsed(null, 1);
        }
        if (hasAnchors(root, Collections.newSetFromMap(new IdentityHashMap<>()))) {
            return new Parsed(null, 1);
        }
        Fields top = fields(root, "", TOP_FIELDS);
        if (top == null) {
            return new Parsed(null, 1);
        }

        String id = top.requiredText("id");
        if (id != null) {
            if (!ID.matcher(id).matches()) {
                top.problem("id", "'" + id + "' is not a valid id: use lowercase letters, digits and single hyphens");
            } else if (!id.equals(file.baseName())) {
                top.problem("id", "'" + id + "' does not match the file name: the file must be called "
                        + id + ".yaml (or the id " + file.baseName() + ")");
            }
        }
        String name = top.requiredText("name");
        Kind kind = top.requiredEnumValue("kind", Kind.class);
        String provider = top.text("provider");
        String accreditingBody = top.text("accreditingBody");
        String description = top.text("description");
        ChildAge childAge = childAge(top);
        Set<NeedLevel> needLevels = needLevels(top);
        Set<DeliveryFormat> deliveryFormats = enumList(top, "deliveryFormats", DeliveryFormat.class);
        Length length = length(top);
        Integer facilitatorsPerGroup = top.integer("facilitatorsPerGroup", 1, 99);
        Integer groupSize = top.integer("groupSize", 1, 999);
        List<TrainingStep> trainingPath = trainingPath(top);
        Accreditation accreditation = accreditation(top);
        Supervision supervision = supervision(top);
        Map<NeedLevel, Integer> minimumProfessionalLevel = minimumProfessionalLevel(top, needLevels);
        EvidenceRating evidenceRating = evidenceRating(top);
        Integer costRating = top.integer("costRating", 1, 5);
        TrainingCost trainingCost = trainingCost(top);
        String notes = top.text("notes");
        int problemsBeforeSources = problems.size();
        List<Source> sources = sources(top);
        if (problems.size() == problemsBeforeSources) {
            Map<String, Boolean> stated = new LinkedHashMap<>();
            stated.put("provider", provider != null);
            stated.put("accreditingBody", accreditingBody != null);
            stated.put("description", description != null);
            stated.put("childAge", childAge != null);
            stated.put("needLevels", !needLevels.isEmpty());
            stated.put("deliveryFormats", !deliveryFormats.isEmpty());
            stated.put("length", length != null);
            stated.put("facilitatorsPerGroup", facilitatorsPerGroup != null);
            stated.put("groupSize", groupSize != null);
            stated.put("trainingPath", !trainingPath.isEmpty());
            stated.put("accreditation", !accreditation.equals(Accreditation.NONE));
            stated.put("supervision", !supervision.equals(Supervision.NONE));
            stated.put("minimumProfessionalLevel", !minimumProfessionalLevel.isEmpty());
            stated.put("evidenceRating", evidenceRating != null);
            stated.put("costRating", costRating != null);
            stated.put("trainingCost", trainingCost != null);
            checkEveryFactIsCited(top, stated, sources);
        }

        int idLine = top.line("id");
        if (problems.size() != problemsBefore) {
            return new Parsed(null, idLine);
        }
        return new Parsed(new Programme(id, name, kind, provider, accreditingBody, description, childAge, needLevels,
                deliveryFormats, length, facilitatorsPerGroup, groupSize, trainingPath, accreditation, supervision,
                minimumProfessionalLevel, evidenceRating, costRating, trainingCost, notes, sources), idLine);
    }

    // ---- the parts of a programme ----

    private ChildAge childAge(Fields top) {
        Fields age = top.fields("childAge", CHILD_AGE_FIELDS);
        if (age == null) {
            return null;
        }
        Boolean prenatal = age.bool("prenatal");
        BigDecimal min = age.decimal("minYears", BigDecimal.ZERO, BigDecimal.valueOf(25));
        BigDecimal max = age.decimal("maxYears", BigDecimal.ZERO, BigDecimal.valueOf(25));
        if (min != null && max != null && min.compareTo(max) > 0) {
            age.problem("minYears", "minYears (" + min.toPlainString() + ") is above maxYears (" + max.toPlainString() + ")");
        }
        return new ChildAge(Boolean.TRUE.equals(prenatal), min, max, age.text("text"));
    }

    private Set<NeedLevel> needLevels(Fields top) {
        List<Node> items = top.list("needLevels");
        if (items == null) {
            return Set.of();
        }
        Set<NeedLevel> levels = EnumSet.noneOf(NeedLevel.class);
        for (int i = 0; i < items.size(); i++) {
            String path = "needLevels[" + i + "]";
            Integer number = integer(items.get(i), path, 1, 4, "a need level");
            if (number != null && !levels.add(NeedLevel.of(number))) {
                problem(items.get(i), path, "need level " + number + " is listed twice");
            }
        }
        return levels;
    }

    private Length length(Fields top) {
        Fields length = top.fields("length", LENGTH_FIELDS);
        if (length == null) {
            return null;
        }
        return new Length(
                length.integer("sessions", 1, 500),
                length.integer("weeks", 1, 520),
                length.decimal("sessionHours", new BigDecimal("0.01"), BigDecimal.valueOf(24)),
                length.text("text"));
    }

    private List<TrainingStep> trainingPath(Fields top) {
        List<Node> items = top.list("trainingPath");
        if (items == null) {
            return List.of();
        }
        // First every step's id, so a prerequisite can be told apart as unknown or out of order.
        List<String> allIds = new ArrayList<>();
        List<Fields> stepFields = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Fields step = fields(items.get(i), "trainingPath[" + i + "]", STEP_FIELDS);
            stepFields.add(step);
            String id = step == null ? null : step.requiredText("id");
            if (id != null && !ID.matcher(id).matches()) {
                step.problem("id", "'" + id + "' is not a valid step id: use lowercase letters, digits and single hyphens");
            } else if (id != null && allIds.contains(id)) {
                step.problem("id", "step id '" + id + "' is used twice in this path");
            }
            allIds.add(id);
        }
        List<TrainingStep> steps = new ArrayList<>();
        Set<String> earlier = new LinkedHashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Fields step = stepFields.get(i);
            if (step == null) {
                continue;
            }
            String id = allIds.get(i);
            String name = step.requiredText("name");
            StepKind kind = step.requiredEnumValue("kind", StepKind.class);
            BigDecimal days = step.decimal("days", new BigDecimal("0.1"), BigDecimal.valueOf(365));
            Integer weeks = step.integer("weeks", 1, 520);
            AccreditationStage awards = step.requiredEnumValue("awards", Programme.AWARDED_STAGES);
            List<String> prerequisites = new ArrayList<>();
            List<Node> prerequisiteNodes = step.list("prerequisites");
            if (prerequisiteNodes != null) {
                for (int p = 0; p < prerequisiteNodes.size(); p++) {
                    Node node = prerequisiteNodes.get(p);
                    String path = step.path("prerequisites") + "[" + p + "]";
                    String prerequisite = text(node, path);
                    if (prerequisite == null) {
                        problem(node, path, "a prerequisite needs a step id");
                    } else if (earlier.contains(prerequisite)) {
                        prerequisites.add(prerequisite);
                    } else if (allIds.contains(prerequisite)) {
                        problem(node, path, "step '" + prerequisite + "' "
                                + (prerequisite.equals(id) ? "cannot require itself"
                                        : "comes later in the path: list the steps in the order they are taken"));
                    } else {
                        problem(node, path, "unknown step '" + prerequisite + "' (the steps are: "
                                + allIds.stream().filter(s -> s != null).collect(Collectors.joining(", ")) + ")");
                    }
                }
            }
            String description = step.text("description");
            if (id != null) {
                earlier.add(id);
            }
            if (id != null && name != null && kind != null && awards != null) {
                steps.add(new TrainingStep(id, name, kind, days, weeks, awards, prerequisites, description));
            }
        }
        return steps;
    }

    private Accreditation accreditation(Fields top) {
        Fields accreditation = top.fields("accreditation", ACCREDITATION_FIELDS);
        if (accreditation == null) {
            return Accreditation.NONE;
        }
        return new Accreditation(
                accreditation.integer("validityMonths", 1, 600),
                accreditation.text("renewalRule"),
                Boolean.TRUE.equals(accreditation.bool("provisionalDeliveryWhenTrained")));
    }

    private Supervision supervision(Fields top) {
        Fields supervision = top.fields("supervision", SUPERVISION_FIELDS);
        if (supervision == null) {
            return Supervision.NONE;
        }
        boolean required = Boolean.TRUE.equals(supervision.bool("required"));
        Set<SupervisionKind> kinds = enumList(supervision, "kinds", SupervisionKind.class);
        Integer maxIntervalDays = supervision.integer("maxIntervalDays", 1, 3650);
        if (!required && (!kinds.isEmpty() || maxIntervalDays != null)) {
            supervision.problem("required", "must be true when kinds or maxIntervalDays are given");
        }
        return new Supervision(required, kinds, maxIntervalDays);
    }

    private Map<NeedLevel, Integer> minimumProfessionalLevel(Fields top, Set<NeedLevel> needLevels) {
        Node node = top.get("minimumProfessionalLevel");
        if (node == null) {
            return Map.of();
        }
        String path = "minimumProfessionalLevel";
        if (!(node instanceof MappingNode mapping)) {
            problem(node, path, "expected need levels mapped to RQF levels (e.g. 3: 6), found " + describe(node));
            return Map.of();
        }
        Map<NeedLevel, Integer> levels = new EnumMap<>(NeedLevel.class);
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String keyText = keyNode instanceof ScalarNode scalar ? scalar.getValue() : "?";
            String entryPath = path + "." + keyText;
            Integer needLevel = integer(keyNode, entryPath, 1, 4, "a need level");
            Integer rqf = integer(tuple.getValueNode(), entryPath, 1, 8, "an RQF level");
            if (needLevel == null) {
                continue;
            }
            NeedLevel level = NeedLevel.of(needLevel);
            if (levels.containsKey(level)) {
                problem(keyNode, entryPath, "need level " + needLevel + " is given twice");
            } else if (!needLevels.isEmpty() && !needLevels.contains(level)) {
                problem(keyNode, entryPath, "need level " + needLevel + " is not among the programme's needLevels");
            } else if (rqf != null) {
                levels.put(level, rqf);
            } else if (isNull(tuple.getValueNode())) {
                problem(tuple.getValueNode(), entryPath, "an RQF level (1 to 8) is missing");
            }
        }
        return levels;
    }

    private EvidenceRating evidenceRating(Fields top) {
        Node node = top.get("evidenceRating");
        String code = node == null ? null : text(node, "evidenceRating");
        if (code == null) {
            return null;
        }
        if (!EvidenceRating.isValid(code)) {
            problem(node, "evidenceRating", EvidenceRating.describeProblem(code));
            return null;
        }
        return EvidenceRating.of(code);
    }

    private TrainingCost trainingCost(Fields top) {
        Fields cost = top.fields("trainingCost", COST_FIELDS);
        if (cost == null) {
            return null;
        }
        BigDecimal pounds = cost.decimal("pounds", BigDecimal.ZERO, new BigDecimal("10000000"));
        if (pounds != null && pounds.scale() > 2) {
            cost.problem("pounds", "a sum in pounds has at most two decimal places (pence)");
        }
        CostBasis basis = cost.enumValue("basis", CostBasis.class);
        Integer cohortSize = cost.integer("cohortSize", 1, 1000);
        if (cohortSize != null && basis != CostBasis.PER_COHORT) {
            cost.problem("cohortSize", "a cohort size goes with basis: " + Programme.yamlName(CostBasis.PER_COHORT));
        }
        if (pounds != null && basis == null) {
            cost.problem("basis", "say what the sum covers: "
                    + Programme.yamlName(CostBasis.PER_PARTICIPANT) + " or " + Programme.yamlName(CostBasis.PER_COHORT));
        }
        return new TrainingCost(pounds, basis, cohortSize, cost.text("text"));
    }

    private List<Source> sources(Fields top) {
        List<Node> items = top.list("sources");
        if (items == null) {
            return List.of();
        }
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Fields source = fields(items.get(i), "sources[" + i + "]", SOURCE_FIELDS);
            if (source == null) {
                continue;
            }
            String fact = source.requiredText("fact");
            String document = source.requiredText("document");
            if (fact != null && !CITABLE.contains(fact.split("[.\\[]", 2)[0])) {
                source.problem("fact", "'" + fact + "' does not name a field of this file (one of: "
                        + String.join(", ", CITABLE.stream().sorted().toList()) + ")");
            }
            if (fact != null && document != null) {
                sources.add(new Source(fact, document, source.text("section"), source.text("via"),
                        source.text("url"), source.text("quote"), source.text("note")));
            }
        }
        return sources;
    }

    /** The catalogue's promise: every fact can be traced to a document. */
    private void checkEveryFactIsCited(Fields top, Map<String, Boolean> stated, List<Source> sources) {
        stated.forEach((field, present) -> {
            boolean cited = sources.stream().map(Source::fact).anyMatch(fact -> fact.equals(field)
                    || fact.startsWith(field + ".") || fact.startsWith(field + "["));
            if (present && !cited) {
                top.problem(field, "no entry in sources cites this fact (add one with fact: " + field + ")");
            }
        });
    }

    private <E extends Enum<E>> Set<E> enumList(Fields fields, String key, Class<E> type) {
        List<Node> items = fields.list(key);
        if (items == null) {
            return Set.of();
        }
        Set<E> values = EnumSet.noneOf(type);
        for (int i = 0; i < items.size(); i++) {
            String path = fields.path(key) + "[" + i + "]";
            E value = enumValue(items.get(i), path, type);
            if (value != null && !values.add(value)) {
                problem(items.get(i), path, "'" + Programme.yamlName(value) + "' is listed twice");
            }
        }
        return values;
    }

    // ---- reading single nodes ----

    private Fields fields(Node node, String path, List<String> allowed) {
        if (node instanceof MappingNode mapping) {
            return new Fields(mapping, path, allowed);
        }
        problem(node, path.isEmpty() ? "file" : path, path.isEmpty()
                ? "a catalogue file is a mapping of fields (id: …, name: …), found " + describe(node)
                : "expected a mapping of fields (" + String.join(", ", allowed) + "), found " + describe(node));
        return null;
    }

    private String text(Node node, String path) {
        if (isNull(node)) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            problem(node, path, "expected text, found " + describe(node));
            return null;
        }
        String value = scalar.getValue().strip();
        return value.isEmpty() ? null : value;
    }

    private Integer integer(Node node, String path, int min, int max, String what) {
        if (isNull(node)) {
            return null;
        }
        String value = node instanceof ScalarNode scalar ? scalar.getValue().strip() : null;
        String range = spelledRange(min, max);
        if (value == null || !node.getTag().equals(Tag.INT) || !INTEGER.matcher(value).matches()) {
            problem(node, path, "expected " + (what == null ? "a whole number" : what) + " (" + range + "), found "
                    + describe(node));
            return null;
        }
        BigInteger number = new BigInteger(value);
        if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
            problem(node, path, (what == null ? "must be " : what + " must be ") + range + " (was " + value + ")");
            return null;
        }
        return number.intValueExact();
    }

    private BigDecimal decimal(Node node, String path, BigDecimal min, BigDecimal max) {
        if (isNull(node)) {
            return null;
        }
        String value = node instanceof ScalarNode scalar ? scalar.getValue().strip() : null;
        boolean numeric = node.getTag().equals(Tag.INT) || node.getTag().equals(Tag.FLOAT);
        if (value == null || !numeric || !DECIMAL.matcher(value).matches()) {
            problem(node, path, "expected a number, found " + describe(node));
            return null;
        }
        BigDecimal number = new BigDecimal(value).stripTrailingZeros();
        if (number.scale() < 0) {
            number = number.setScale(0);
        }
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            problem(node, path, "must be from " + min.toPlainString() + " to " + max.toPlainString() + " (was " + value + ")");
            return null;
        }
        return number;
    }

    private Boolean bool(Node node, String path) {
        if (isNull(node)) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar) || !node.getTag().equals(Tag.BOOL)) {
            problem(node, path, "expected true or false, found " + describe(node));
            return null;
        }
        return Boolean.valueOf(scalar.getValue().strip().toLowerCase());
    }

    private <E extends Enum<E>> E enumValue(Node node, String path, Class<E> type) {
        return enumValue(node, path, List.of(type.getEnumConstants()));
    }

    /** One of these constants, by its YAML name. */
    private <E extends Enum<E>> E enumValue(Node node, String path, List<E> allowed) {
        String value = text(node, path);
        if (value == null) {
            return null;
        }
        for (E constant : allowed) {
            if (Programme.yamlName(constant).equals(value)) {
                return constant;
            }
        }
        problem(node, path, "'" + value + "' is not one of: " + allowed.stream()
                .map(Programme::yamlName).collect(Collectors.joining(", ")));
        return null;
    }

    private List<Node> list(Node node, String path) {
        if (isNull(node)) {
            return null;
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problem(node, path, "expected a list, found " + describe(node));
        return null;
    }

    private boolean hasAnchors(Node node, Set<Node> seen) {
        if (!seen.add(node)) {
            return false;
        }
        boolean found = false;
        if (node.getAnchor().isPresent()) {
            problem(node, "yaml", "anchors and aliases (&" + node.getAnchor().get() + ") are not used in catalogue"
                    + " files: write each fact out where it applies");
            found = true;
        }
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                found |= hasAnchors(item, seen);
            }
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                found |= hasAnchors(tuple.getKeyNode(), seen);
                found |= hasAnchors(tuple.getValueNode(), seen);
            }
        }
        return found;
    }

    private static boolean isNull(Node node) {
        return node == null || (node instanceof ScalarNode && node.getTag().equals(Tag.NULL));
    }

    private static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof ScalarNode scalar) {
            String value = scalar.getValue();
            return value.isBlank() ? "nothing" : "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
        }
        return "something else";
    }

    private static int line(Node node) {
        return node.getStartMark().map(Mark::getLine).map(line -> line + 1).orElse(1);
    }

    private void problem(Node node, String field, String message) {
        problems.add(new Problem(file.name(), line(node), field, message));
    }

    /** "1, 2, 3 or 4" for a short range, "1 to 8" for a longer one. */
    private static String spelledRange(int min, int max) {
        if (max - min > 4) {
            return min + " to " + max;
        }
        StringBuilder words = new StringBuilder();
        for (int n = min; n <= max; n++) {
            if (n > min) {
                words.append(n == max ? " or " : ", ");
            }
            words.append(n);
        }
        return words.toString();
    }

    /**
     * The fields of one YAML mapping, checked against the names allowed there: unknown and repeated
     * names are problems. Values that are absent or null read as {@code null}.
     */
    private final class Fields {
        private final MappingNode node;
        private final String path;
        private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

        Fields(MappingNode node, String path, List<String> allowed) {
            this.node = node;
            this.path = path;
            for (NodeTuple tuple : node.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (!(keyNode instanceof ScalarNode scalar) || isNull(keyNode)) {
                    ProgrammeParser.this.problem(keyNode, path.isEmpty() ? "file" : path, "a field name must be plain text, found " + describe(keyNode));
                    continue;
                }
                String key = scalar.getValue();
                if (!allowed.contains(key)) {
                    ProgrammeParser.this.problem(keyNode, path(key), unknownField(key, allowed));
                } else if (entries.containsKey(key)) {
                    ProgrammeParser.this.problem(keyNode, path(key),
                            "given twice (first on line " + ProgrammeParser.line(entries.get(key).getKeyNode()) + ")");
                } else {
                    entries.put(key, tuple);
                }
            }
        }

        /** The value of {@code key}, or {@code null} when it is absent or null. */
        Node get(String key) {
            NodeTuple tuple = entries.get(key);
            return tuple == null || isNull(tuple.getValueNode()) ? null : tuple.getValueNode();
        }

        String path(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        int line(String key) {
            NodeTuple tuple = entries.get(key);
            return ProgrammeParser.line(tuple == null ? node : tuple.getKeyNode());
        }

        void problem(String key, String message) {
            problems.add(new Problem(file.name(), line(key), path(key), message));
        }

        String text(String key) {
            return ProgrammeParser.this.text(get(key), path(key));
        }

        String requiredText(String key) {
            Node value = get(key);
            String text = ProgrammeParser.this.text(value, path(key));
            if (text == null && (value == null || value instanceof ScalarNode)) {
                problem(key, "missing: every " + noun() + " needs " + article(key) + " " + key);
            }
            return text;
        }

        Integer integer(String key, int min, int max) {
            return ProgrammeParser.this.integer(get(key), path(key), min, max, null);
        }

        BigDecimal decimal(String key, BigDecimal min, BigDecimal max) {
            return ProgrammeParser.this.decimal(get(key), path(key), min, max);
        }

        Boolean bool(String key) {
            return ProgrammeParser.this.bool(get(key), path(key));
        }

        <E extends Enum<E>> E enumValue(String key, Class<E> type) {
            return ProgrammeParser.this.enumValue(get(key), path(key), type);
        }

        <E extends Enum<E>> E requiredEnumValue(String key, Class<E> type) {
            return requiredEnumValue(key, List.of(type.getEnumConstants()));
        }

        <E extends Enum<E>> E requiredEnumValue(String key, List<E> allowed) {
            Node value = get(key);
            if (value == null) {
                problem(key, "missing: one of " + allowed.stream()
                        .map(Programme::yamlName).collect(Collectors.joining(", ")));
                return null;
            }
            return ProgrammeParser.this.enumValue(value, path(key), allowed);
        }

        List<Node> list(String key) {
            return ProgrammeParser.this.list(get(key), path(key));
        }

        Fields fields(String key, List<String> allowed) {
            Node value = get(key);
            return value == null ? null : ProgrammeParser.this.fields(value, path(key), allowed);
        }

        private String noun() {
            if (path.isEmpty()) {
                return "programme";
            }
            return path.startsWith("trainingPath") ? "training step" : path.startsWith("sources") ? "source" : "entry";
        }

        private static String article(String key) {
            return "aeiou".indexOf(Character.toLowerCase(key.charAt(0))) >= 0 ? "an" : "a";
        }
    }

    private static String unknownField(String key, List<String> allowed) {
        Optional<String> near = allowed.stream()
                .filter(candidate -> distance(candidate.toLowerCase(), key.toLowerCase()) <= 2)
                .findFirst();
        return near.map(candidate -> "unknown field (did you mean " + candidate + "?)")
                .orElseGet(() -> "unknown field (allowed here: " + String.join(", ", allowed) + ")");
    }

    /** Levenshtein distance, for "did you mean" hints. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
