package uk.facilitate.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.omnifaces.util.Messages;
import uk.facilitate.platform.Access;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.shared.NeedLevel;
import uk.facilitate.web.Formats;
import uk.facilitate.web.Pages;

/**
 * The catalogue page ({@code /catalogue.xhtml}, with {@code ?id=} for one programme): the sourced
 * facts of every programme and course, and for administrators the borough's local settings beside
 * them. The form holds the rules as the borough wants them; only what differs from the catalogue
 * is stored as a local setting.
 */
@Named
@ViewScoped
public class CataloguePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Catalogue catalogue;
    @Inject
    private LocalSettingsService localSettings;
    @Inject
    private Access access;
    @Inject
    private Formats fmt;

    /** A programme in the list. */
    public record Item(String id, String name, String kind, String needLevels, boolean local, String evidence,
                       String cost, String trainingCost) implements Serializable {
    }

    /** One rule beside its source: what the catalogue says, where from, and what the borough runs. */
    public record RuleRow(String rule, String catalogueValue, String source, String localValue, boolean differs)
            implements Serializable {
    }

    /** One step of the training path. */
    public record Step(String name, String kind, String length, String prerequisites, String awards, String description)
            implements Serializable {
    }

    private String id;
    private Programme programme;
    private Programme sourced;
    private LocalSettingsService.Stored stored;
    private List<String> progress = List.of();

    // The local settings form: the rules as the borough wants them.
    private List<String> needLevels = new ArrayList<>();
    private Integer minimumLevel1;
    private Integer minimumLevel2;
    private Integer minimumLevel3;
    private Integer minimumLevel4;
    private Integer validityMonths;
    private boolean supervisionRequired;
    private Integer supervisionMaxIntervalDays;
    private String reason;

    public void open() {
        if (id == null || id.isBlank()) {
            return;
        }
        Pages.require(() -> {
            if (!catalogue.isCurrent(id)) {
                throw new uk.facilitate.shared.NotFound("No programme with id '" + id + "' in the catalogue");
            }
            load();
            return Boolean.TRUE;
        });
    }

    private void load() {
        programme = catalogue.require(id);
        sourced = catalogue.sourced(id).orElseThrow();
        stored = localSettings.find(id).orElse(null);
        needLevels = programme.needLevels().stream().map(l -> String.valueOf(l.number())).collect(Collectors.toList());
        minimumLevel1 = programme.minimumProfessionalLevel().get(NeedLevel.UNIVERSAL);
        minimumLevel2 = programme.minimumProfessionalLevel().get(NeedLevel.TARGETED);
        minimumLevel3 = programme.minimumProfessionalLevel().get(NeedLevel.COMPLEX);
        minimumLevel4 = programme.minimumProfessionalLevel().get(NeedLevel.SPECIALIST);
        validityMonths = programme.accreditation().validityMonths();
        supervisionRequired = programme.supervision().required();
        supervisionMaxIntervalDays = programme.supervision().maxIntervalDays();
        reason = null;
    }

    /** Saves what differs from the catalogue as the borough's local settings; everyone is recomputed. */
    public void save() {
        Set<NeedLevel> levels = EnumSet.noneOf(NeedLevel.class);
        needLevels.forEach(n -> levels.add(NeedLevel.of(Integer.parseInt(n))));
        Map<NeedLevel, Integer> minimum = new EnumMap<>(NeedLevel.class);
        put(minimum, NeedLevel.UNIVERSAL, minimumLevel1);
        put(minimum, NeedLevel.TARGETED, minimumLevel2);
        put(minimum, NeedLevel.COMPLEX, minimumLevel3);
        put(minimum, NeedLevel.SPECIALIST, minimumLevel4);
        boolean validityDiffers = !Objects.equals(validityMonths, sourced.accreditation().validityMonths());
        boolean supervisionDiffers = supervisionRequired != sourced.supervision().required()
                || !Objects.equals(supervisionRequired ? supervisionMaxIntervalDays : null, sourced.supervision().maxIntervalDays());
        LocalSettings settings = new LocalSettings(
                levels.equals(sourced.needLevels()) ? null : levels,
                minimum.equals(sourced.minimumProfessionalLevel()) ? null : minimum,
                validityDiffers, validityDiffers ? validityMonths : null,
                supervisionDiffers, supervisionRequired, supervisionDiffers ? supervisionMaxIntervalDays : null,
                reason == null ? "" : reason);
        List<String> lines = new ArrayList<>();
        if (Pages.attempt(() -> localSettings.change(id, settings, stored == null ? null : stored.version(), lines::add)) != null) {
            progress = lines;
            load();
            Messages.addGlobalInfo("Local settings saved for {0}; everyone''s qualifications have been recomputed.",
                    programme.name());
        }
    }

    /** Removes the local settings, so the catalogue's rules apply again. */
    public void clear() {
        List<String> lines = new ArrayList<>();
        if (stored != null && Pages.attempt(() -> localSettings.clear(id, stored.version(), reason, lines::add))) {
            progress = lines;
            load();
            Messages.addGlobalInfo("{0} follows the catalogue again; everyone''s qualifications have been recomputed.",
                    programme.name());
        }
    }

    private static void put(Map<NeedLevel, Integer> minimum, NeedLevel level, Integer rqf) {
        if (rqf != null) {
            minimum.put(level, rqf);
        }
    }

    // ---- the list ----

    public List<Item> getItems() {
        return catalogue.programmes().stream().map(p -> new Item(p.id(), p.name(),
                p.kind() == Programme.Kind.PROGRAMME ? "Programme" : "Course",
                p.kind() == Programme.Kind.PROGRAMME ? LocalSettings.describe(p.needLevels()) : "—",
                catalogue.localSettings(p.id()).isPresent(), evidence(p), cost(p), trainingCost(p))).toList();
    }

    // ---- one programme ----

    public boolean isSelected() {
        return programme != null;
    }

    public boolean isAdmin() {
        return access.is(uk.facilitate.platform.security.Role.ADMIN);
    }

    public boolean isFacilitated() {
        return programme != null && programme.kind() == Programme.Kind.PROGRAMME;
    }

    /** The four rules the borough may set, each beside the catalogue's value and its source. */
    public List<RuleRow> getRules() {
        List<RuleRow> rows = new ArrayList<>();
        rows.add(rule("Need levels served", LocalSettings.describe(sourced.needLevels()), "needLevels",
                LocalSettings.describe(programme.needLevels())));
        rows.add(rule("Minimum professional level", LocalSettings.describe(sourced.minimumProfessionalLevel()),
                "minimumProfessionalLevel", LocalSettings.describe(programme.minimumProfessionalLevel())));
        rows.add(rule("Accreditation validity", validity(sourced), "accreditation", validity(programme)));
        rows.add(rule("Supervision", supervision(sourced), "supervision", supervision(programme)));
        return rows;
    }

    private RuleRow rule(String name, String catalogueValue, String fact, String localValue) {
        String source = sourced.sources().stream().filter(s -> s.fact().equals(fact) || s.fact().startsWith(fact + "."))
                .findFirst().map(s -> s.document() + (s.section() == null ? "" : ", " + s.section()))
                .orElse("no source gives it");
        return new RuleRow(name, catalogueValue, source, localValue, !catalogueValue.equals(localValue));
    }

    private static String validity(Programme p) {
        Integer months = p.accreditation().validityMonths();
        return months == null ? "does not expire" : months + " months";
    }

    private static String supervision(Programme p) {
        Programme.Supervision s = p.supervision();
        if (!s.required()) {
            return "not required";
        }
        String kinds = s.kinds().isEmpty() ? "any kind" : s.kinds().stream().map(k -> k.label().toLowerCase())
                .collect(Collectors.joining(", "));
        return "required (" + kinds + ")" + (s.maxIntervalDays() == null ? ", no interval set"
                : ", at least every " + s.maxIntervalDays() + " days");
    }

    public List<Step> getSteps() {
        return programme.trainingPath().stream().map(step -> new Step(step.name(),
                step.kind() == Programme.StepKind.COURSE ? "Course" : "Accreditation",
                length(step.days(), step.weeks()),
                step.prerequisites().stream().map(pre -> programme.step(pre).map(Programme.TrainingStep::name).orElse(pre))
                        .collect(Collectors.joining(", ")),
                step.awards() == AccreditationStage.ACCREDITED ? "Accredited" : "Trained", step.description())).toList();
    }

    private static String length(BigDecimal days, Integer weeks) {
        List<String> parts = new ArrayList<>();
        if (days != null) {
            parts.add(days.stripTrailingZeros().toPlainString() + (days.compareTo(BigDecimal.ONE) == 0 ? " day" : " days"));
        }
        if (weeks != null) {
            parts.add(weeks + (weeks == 1 ? " week" : " weeks"));
        }
        return String.join(", ", parts);
    }

    public String getChildAge() {
        Programme.ChildAge age = programme.childAge();
        if (age == null) {
            return "";
        }
        return age.text() != null ? age.text() : (age.prenatal() ? "from pregnancy" : "")
                + (age.minYears() == null ? "" : " " + age.minYears().toPlainString() + "–")
                + (age.maxYears() == null ? "" : age.maxYears().toPlainString() + " years");
    }

    public String getDelivery() {
        return programme.deliveryFormats().stream().map(f -> f.name().toLowerCase().replace('_', '-'))
                .collect(Collectors.joining(", "));
    }

    public String getLength() {
        return programme.length() == null ? "" : programme.length().text();
    }

    public String getEvidence() {
        return evidence(programme);
    }

    public String getCost() {
        return cost(programme);
    }

    public String getTrainingCost() {
        return trainingCost(programme);
    }

    private static String evidence(Programme p) {
        return p.evidenceRating() == null ? "" : "EIF " + p.evidenceRating().code();
    }

    private static String cost(Programme p) {
        if (p.costRating() == null) {
            return "";
        }
        String[] bands = {"", "less than £100", "£100–£499", "£500–£999", "£1,000–£2,000", "more than £2,000"};
        return p.costRating() + " (" + bands[p.costRating()] + " per unit)";
    }

    private String trainingCost(Programme p) {
        Programme.TrainingCost cost = p.trainingCost();
        if (cost == null) {
            return "";
        }
        if (cost.pounds() == null) {
            return cost.text() == null ? "" : cost.text();
        }
        String basis = cost.basis() == Programme.CostBasis.PER_COHORT
                ? " per cohort" + (cost.cohortSize() == null ? "" : " of up to " + cost.cohortSize()) : " per participant";
        return fmt.money(cost.pounds()) + basis;
    }

    public String getChangedAt() {
        Instant at = stored == null ? null : stored.changedAt();
        return fmt.instant(at);
    }

    // ---- getters and setters ----

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public LocalSettingsService.Stored getStored() {
        return stored;
    }

    public List<String> getProgress() {
        return progress;
    }

    public List<String> getNeedLevels() {
        return needLevels;
    }

    public void setNeedLevels(List<String> needLevels) {
        this.needLevels = needLevels == null ? new ArrayList<>() : new ArrayList<>(needLevels);
    }

    public Integer getMinimumLevel1() {
        return minimumLevel1;
    }

    public void setMinimumLevel1(Integer minimumLevel1) {
        this.minimumLevel1 = minimumLevel1;
    }

    public Integer getMinimumLevel2() {
        return minimumLevel2;
    }

    public void setMinimumLevel2(Integer minimumLevel2) {
        this.minimumLevel2 = minimumLevel2;
    }

    public Integer getMinimumLevel3() {
        return minimumLevel3;
    }

    public void setMinimumLevel3(Integer minimumLevel3) {
        this.minimumLevel3 = minimumLevel3;
    }

    public Integer getMinimumLevel4() {
        return minimumLevel4;
    }

    public void setMinimumLevel4(Integer minimumLevel4) {
        this.minimumLevel4 = minimumLevel4;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public void setValidityMonths(Integer validityMonths) {
        this.validityMonths = validityMonths;
    }

    public boolean isSupervisionRequired() {
        return supervisionRequired;
    }

    public void setSupervisionRequired(boolean supervisionRequired) {
        this.supervisionRequired = supervisionRequired;
    }

    public Integer getSupervisionMaxIntervalDays() {
        return supervisionMaxIntervalDays;
    }

    public void setSupervisionMaxIntervalDays(Integer supervisionMaxIntervalDays) {
        this.supervisionMaxIntervalDays = supervisionMaxIntervalDays;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
