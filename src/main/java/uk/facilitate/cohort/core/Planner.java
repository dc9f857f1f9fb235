package uk.facilitate.cohort.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.facilitate.catalogue.Programme.CostBasis;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.qualification.PractitionerRecord;
import uk.facilitate.qualification.ProgrammeRules;
import uk.facilitate.qualification.QualificationEngine;
import uk.facilitate.qualification.QualifiedInterval;
import uk.facilitate.qualification.Rule;
import uk.facilitate.qualification.Verdict;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.shared.NeedLevel;

/**
 * The gap-driven planner: given cover targets, today's records and a budget, proposes whom to
 * nominate to which cohort so that the most gaps close for the money.
 *
 * <p>A <em>gap</em> is a target cell (locality, programme, need level, target date) where fewer people
 * will be qualified on the target date than the target asks. A <em>candidate</em> serves the locality,
 * is not qualified there on the target date, and would be if they completed the programme's training:
 * the real {@link QualificationEngine} is asked with their records plus a hypothetical verified record at
 * the stage the cohort awards, dated at the cohort's last session. So people who lack DBS,
 * safeguarding, supervision or professional level are never proposed.
 *
 * <p>Greedy, and deterministic: each round takes the (candidate, seat) pair that closes the most
 * still-open gap units (a person serving two localities can close a gap in each, and one training can
 * close several need levels); ties go to the cheaper seat, then the lower staff id, then the earlier
 * cohort. A seat is a free place in an existing planned or open cohort (marginal cost 0 for per-cohort
 * pricing, since that cohort's price is already committed; the per-place price otherwise), a place in a
 * cohort this plan opens (0 once opened for per-cohort pricing), or a new cohort (the whole cohort price,
 * or the per-place price). A seat whose marginal cost exceeds what is left of the budget is not taken.
 * Rounds stop when no pair closes anything. Greedy maximum coverage is not always optimal under a
 * budget, but every choice can be explained in one sentence, which a manager needs more.
 */
public final class Planner {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final QualificationEngine engine;

    public Planner(QualificationEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** One cover target, for one locality (a target for "each locality" is expanded by the caller). */
    public record Target(long localityId, String localityName, String programmeId, NeedLevel level, int minimum,
                         LocalDate targetDate) {
        public Target {
            Objects.requireNonNull(programmeId, "programmeId");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(targetDate, "targetDate");
            if (minimum < 0) {
                throw new IllegalArgumentException("A target cannot ask for fewer than 0 facilitators");
            }
        }

        public String describe(String programmeName) {
            return localityName + " " + programmeName + " level-" + level.number();
        }
    }

    /** A member of staff: who they are, where they work and their records. */
    public record Person(long staffId, String name, Set<Long> localityIds, PractitionerRecord record) {
    }

    /** What a programme's training costs (from the catalogue), and what it delivers. */
    public record Offer(String programmeId, String programmeName, CostBasis basis, BigDecimal pounds,
                        int capacity, AccreditationStage awards, List<LocalDate> newCohortDates) {
        public Offer {
            newCohortDates = List.copyOf(newCohortDates);
        }

        LocalDate end() {
            return newCohortDates.get(newCohortDates.size() - 1);
        }

        /**
         * A new cohort delivering the programme's whole training path from {@code start}, priced from the
         * catalogue's {@code trainingCost}; empty when the catalogue gives no path or no price.
         *
         * @param defaultCapacity places when the price is per participant (a per-cohort price caps it
         *                        at the size the price covers)
         */
        public static java.util.Optional<Offer> of(Programme programme, LocalDate start, int defaultCapacity) {
            Programme.TrainingCost price = programme.trainingCost();
            if (programme.trainingPath().isEmpty() || price == null || price.pounds() == null || price.basis() == null) {
                return java.util.Optional.empty();
            }
            int capacity = price.basis() == CostBasis.PER_COHORT && price.cohortSize() != null
                    ? Math.min(price.cohortSize(), defaultCapacity) : defaultCapacity;
            List<LocalDate> dates = SessionSeries.forSteps(programme.trainingPath(), start).stream()
                    .map(SessionSeries.Planned::date).toList();
            return java.util.Optional.of(new Offer(programme.id(), programme.name(), price.basis(), price.pounds(), capacity,
                    Prerequisites.awarded(programme.trainingPath()), dates));
        }
    }

    /**
     * A planned or open cohort with free places.
     *
     * @param needsStage the stage a nominee must already hold (the first step's prerequisite), or {@code null}
     */
    public record Cohort(long eventId, String title, String programmeId, int freePlaces, CostBasis basis,
                         BigDecimal pounds, AccreditationStage awards, AccreditationStage needsStage, List<LocalDate> dates) {
        public Cohort {
            dates = List.copyOf(dates);
        }

        LocalDate end() {
            return dates.stream().max(Comparator.naturalOrder()).orElseThrow();
        }
    }

    /**
     * Everything the planner reads.
     *
     * @param cover           qualified people per target (same order as {@code targets}), on its target date
     * @param busyDates       dates each person already has a session of another event
     * @param alreadyNominated per programme, people with an active nomination to one of its cohorts
     */
    public record Input(List<Target> targets, List<Integer> cover, Collection<Person> people,
                        Map<String, ProgrammeRules> rules, Map<String, Offer> offers, List<Cohort> cohorts,
                        Map<Long, Set<LocalDate>> busyDates, Map<String, Set<Long>> alreadyNominated,
                        BigDecimal budget) {
        public Input {
            if (targets.size() != cover.size()) {
                throw new IllegalArgumentException("One cover count per target");
            }
            Objects.requireNonNull(budget, "budget");
        }
    }

    /** One proposed nomination. {@code eventId} is set for an existing cohort, {@code newCohort} (1-based) otherwise. */
    public record Suggestion(long staffId, String name, String programmeId, Long eventId, Integer newCohort,
                             String cohortTitle, List<Integer> closes, BigDecimal marginalCost, BigDecimal cost,
                             String explanation) {
    }

    /** A cohort the plan opens. */
    public record NewCohort(int number, String programmeId, String programmeName, List<LocalDate> dates, int capacity,
                            int places, CostBasis basis, BigDecimal pounds, BigDecimal cost) {
    }

    /** A target's outcome: cover now, the target, how many the plan adds, and why any gap stays open. */
    public record Gap(Target target, int cover, int planned, int stillShort, String reason) {
        public boolean closed() {
            return stillShort == 0;
        }
    }

    /** The proposed plan. */
    public record Plan(List<Suggestion> suggestions, List<NewCohort> newCohorts, List<Gap> gaps, BigDecimal budget,
                       BigDecimal totalCost) {
        public boolean withinBudget() {
            return totalCost.compareTo(budget) <= 0;
        }

        public List<Gap> openGaps() {
            return gaps.stream().filter(g -> !g.closed()).toList();
        }
    }

    /** A seat a candidate could take; {@code cohortIndex} indexes the cohorts list, -1 for the plan's new cohorts. */
    private record Seat(int cohortIndex, int newCohort, BigDecimal marginal, LocalDate end, AccreditationStage awards,
                        List<LocalDate> dates) {
        /** Existing cohorts first (soonest-ending first, as sorted), then the plan's own cohorts. */
        int rank() {
            return cohortIndex >= 0 ? cohortIndex : Integer.MAX_VALUE;
        }
    }

    public Plan plan(Input input) {
        List<Target> targets = input.targets();
        int[] remaining = new int[targets.size()];
        for (int t = 0; t < targets.size(); t++) {
            remaining[t] = Math.max(0, targets.get(t).minimum() - input.cover().get(t));
        }
        int[] planned = new int[targets.size()];
        Map<String, List<Integer>> targetsByProgramme = new TreeMap<>();
        for (int t = 0; t < targets.size(); t++) {
            targetsByProgramme.computeIfAbsent(targets.get(t).programmeId(), k -> new ArrayList<>()).add(t);
        }
        List<Person> people = input.people().stream().sorted(Comparator.comparingLong(Person::staffId)).toList();

        Map<Long, Set<LocalDate>> plannedDates = new java.util.HashMap<>();
        // Candidates: (person, programme) pairs serving at least one target locality, not qualified there.
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> entry : targetsByProgramme.entrySet()) {
            String programmeId = entry.getKey();
            ProgrammeRules rules = input.rules().get(programmeId);
            if (rules == null) {
                continue;
            }
            Set<Long> nominated = input.alreadyNominated().getOrDefault(programmeId, Set.of());
            for (Person person : people) {
                if (nominated.contains(person.staffId())) {
                    continue;
                }
                List<Integer> serving = entry.getValue().stream()
                        .filter(t -> person.localityIds().contains(targets.get(t).localityId())).toList();
                if (serving.isEmpty()) {
                    continue;
                }
                List<Integer> open = new ArrayList<>(serving);
                open.removeAll(qualifying(engine, person.record(), rules, targets, serving));
                if (!open.isEmpty()) {
                    candidates.add(new Candidate(person, programmeId, rules, open,
                            plannedDates.computeIfAbsent(person.staffId(), k -> new java.util.HashSet<>())));
                }
            }
        }

        List<Cohort> cohorts = input.cohorts().stream().sorted(Comparator.comparing(Cohort::end)
                .thenComparingLong(Cohort::eventId)).toList();
        int[] cohortFree = cohorts.stream().mapToInt(Cohort::freePlaces).toArray();
        List<NewCohortDraft> drafts = new ArrayList<>();
        BigDecimal left = input.budget();
        List<Placement> placements = new ArrayList<>();

        while (true) {
            Choice best = null;
            for (Candidate candidate : candidates) {
                if (candidate.placed) {
                    continue;
                }
                for (Seat seat : seats(candidate, input, cohorts, cohortFree, drafts)) {
                    if (seat.marginal().compareTo(left) > 0) {
                        continue;
                    }
                    List<Integer> closes = candidate.closes(engine, targets, seat.end(), seat.awards(), remaining);
                    if (closes.isEmpty()) {
                        continue;
                    }
                    Choice choice = new Choice(candidate, seat, closes);
                    if (best == null || choice.betterThan(best)) {
                        best = choice;
                    }
                }
            }
            if (best == null) {
                break;
            }
            Seat seat = best.seat();
            int newCohortNumber = seat.newCohort();
            if (seat.cohortIndex() >= 0) {
                cohortFree[seat.cohortIndex()]--;
            } else if (newCohortNumber == 0) {
                Offer offer = input.offers().get(best.candidate().programmeId);
                newCohortNumber = drafts.size() + 1;
                drafts.add(new NewCohortDraft(newCohortNumber, offer));
            }
            if (seat.cohortIndex() < 0) {
                drafts.get(newCohortNumber - 1).places++;
            }
            for (int t : best.closes()) {
                remaining[t]--;
                planned[t]++;
            }
            left = left.subtract(seat.marginal());
            best.candidate().placed = true;
            best.candidate().plannedDates.addAll(seat.dates());
            placements.add(new Placement(best.candidate(), seat.cohortIndex(), newCohortNumber, seat.marginal(), best.closes(),
                    seat.end(), seat.awards()));
        }

        List<NewCohort> newCohorts = new ArrayList<>();
        for (NewCohortDraft draft : drafts) {
            BigDecimal cost = draft.offer.basis() == CostBasis.PER_COHORT ? draft.offer.pounds()
                    : draft.offer.pounds().multiply(BigDecimal.valueOf(draft.places));
            newCohorts.add(new NewCohort(draft.number, draft.offer.programmeId(), draft.offer.programmeName(),
                    draft.offer.newCohortDates(), draft.offer.capacity(), draft.places, draft.offer.basis(),
                    draft.offer.pounds(), cost));
        }
        List<Suggestion> suggestions = new ArrayList<>();
        for (Placement p : placements) {
            suggestions.add(suggestion(p, input, cohorts, newCohorts));
        }
        BigDecimal total = input.budget().subtract(left);
        List<Gap> gaps = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
            gaps.add(new Gap(targets.get(t), input.cover().get(t), planned[t], remaining[t],
                    remaining[t] == 0 ? null : whyOpen(t, input, candidates, cohorts, cohortFree, drafts, left, remaining)));
        }
        return new Plan(suggestions, newCohorts, gaps, input.budget(), total);
    }

    /** The seats open to a candidate now, cheapest kinds first. */
    private List<Seat> seats(Candidate candidate, Input input, List<Cohort> cohorts, int[] cohortFree,
                             List<NewCohortDraft> drafts) {
        List<Seat> seats = new ArrayList<>();
        Set<LocalDate> busy = new java.util.HashSet<>(input.busyDates().getOrDefault(candidate.person.staffId(), Set.of()));
        busy.addAll(candidate.plannedDates);
        for (int i = 0; i < cohorts.size(); i++) {
            Cohort cohort = cohorts.get(i);
            if (!cohort.programmeId().equals(candidate.programmeId) || cohortFree[i] <= 0
                    || cohort.dates().stream().anyMatch(busy::contains)
                    || (cohort.needsStage() != null && !candidate.holds(cohort.needsStage()))) {
                continue;
            }
            BigDecimal marginal = cohort.basis() == CostBasis.PER_COHORT ? BigDecimal.ZERO : cohort.pounds();
            seats.add(new Seat(i, 0, marginal, cohort.end(), cohort.awards(), cohort.dates()));
        }
        Offer offer = input.offers().get(candidate.programmeId);
        if (offer != null && offer.newCohortDates().stream().noneMatch(busy::contains)) {
            BigDecimal perPlace = offer.basis() == CostBasis.PER_COHORT ? BigDecimal.ZERO : offer.pounds();
            NewCohortDraft open = drafts.stream()
                    .filter(d -> d.offer.programmeId().equals(candidate.programmeId) && d.places < offer.capacity())
                    .findFirst().orElse(null);
            if (open != null) {
                seats.add(new Seat(-1, open.number, perPlace, offer.end(), offer.awards(), offer.newCohortDates()));
            } else {
                seats.add(new Seat(-1, 0, offer.basis() == CostBasis.PER_COHORT ? offer.pounds() : perPlace,
                        offer.end(), offer.awards(), offer.newCohortDates()));
            }
        }
        return seats;
    }

    private Suggestion suggestion(Placement p, Input input, List<Cohort> cohorts, List<NewCohort> newCohorts) {
        ProgrammeRules rules = p.candidate.rules;
        String programmeName = rules.programmeName();
        List<String> closed = p.closes.stream().map(t -> input.targets().get(t).describe(programmeName)).toList();
        Target first = input.targets().get(p.closes.get(0));
        Verdict verdict = engine.assess(p.candidate.withHypothetical(p.end, p.awards), rules, first.level(), first.targetDate());
        BigDecimal cost;
        String costText;
        Long eventId = null;
        Integer newCohort = null;
        String title;
        if (p.cohortIndex >= 0) {
            Cohort cohort = cohorts.get(p.cohortIndex);
            eventId = cohort.eventId();
            title = cohort.title();
            cost = p.marginal;
            costText = cohort.basis() == CostBasis.PER_COHORT
                    ? "cost £0 now: a free place in " + cohort.title() + ", whose " + Pounds.format(cohort.pounds())
                    + " is already committed"
                    : "cost " + Pounds.format(cost) + " (a place in " + cohort.title() + ")";
        } else {
            NewCohort cohort = newCohorts.get(p.newCohort - 1);
            newCohort = cohort.number();
            title = "new " + programmeName + " cohort " + cohort.number();
            if (cohort.basis() == CostBasis.PER_COHORT) {
                cost = cohort.pounds().divide(BigDecimal.valueOf(cohort.places()), 2, RoundingMode.HALF_UP);
                costText = "cost " + Pounds.format(cost) + " (the " + title + "'s " + Pounds.format(cohort.pounds())
                        + " shared by the " + cohort.places() + (cohort.places() == 1 ? " place" : " places") + " this plan fills)";
            } else {
                cost = p.marginal;
                costText = "cost " + Pounds.format(cost) + " (a place on the " + title + ")";
            }
        }
        String explanation = "Closes the " + joinAnd(closed) + (closed.size() == 1 ? " gap" : " gaps")
                + "; " + readiness(verdict) + "; " + costText;
        return new Suggestion(p.candidate.person.staffId(), p.candidate.person.name(), rules.programmeId(), eventId,
                newCohort, title, p.closes, p.marginal, cost, explanation);
    }

    /** Why the hypothetical verdict passes, in the users' words ("supervision is current; DBS current…"). */
    private static String readiness(Verdict verdict) {
        List<String> parts = new ArrayList<>();
        // Supervision that is asked shows a last current day; where none is asked there is nothing to say.
        if (verdict.outcome(Rule.SUPERVISION_CURRENT).validUntil() != null) {
            parts.add("supervision is current");
        }
        parts.add("DBS and safeguarding current on " + UK.format(verdict.on()));
        return String.join("; ", parts);
    }

    private String whyOpen(int t, Input input, List<Candidate> candidates, List<Cohort> cohorts, int[] cohortFree,
                           List<NewCohortDraft> drafts, BigDecimal left, int[] remaining) {
        Target target = input.targets().get(t);
        ProgrammeRules rules = input.rules().get(target.programmeId());
        if (rules == null) {
            return "still " + remaining[t] + " short: the programme is not in the catalogue";
        }
        BigDecimal cheapest = null;
        int unaffordable = 0;
        List<String> wouldNot = new ArrayList<>();
        int unplaced = 0;
        for (Candidate candidate : candidates) {
            if (candidate.placed || !candidate.open.contains(t)) {
                continue;
            }
            unplaced++;
            boolean helps = false;
            for (Seat seat : seats(candidate, input, cohorts, cohortFree, drafts)) {
                if (!candidate.closes(engine, input.targets(), seat.end(), seat.awards(), oneGap(t, remaining.length)).isEmpty()) {
                    helps = true;
                    if (seat.marginal().compareTo(left) > 0) {
                        unaffordable++;
                        cheapest = cheapest == null || seat.marginal().compareTo(cheapest) < 0 ? seat.marginal() : cheapest;
                    }
                }
            }
            if (!helps && wouldNot.size() < 3) {
                Offer offer = input.offers().get(target.programmeId());
                LocalDate end = offer == null ? target.targetDate() : offer.end();
                Verdict verdict = engine.assess(candidate.withHypothetical(end, AccreditationStage.ACCREDITED), rules,
                        target.level(), target.targetDate());
                if (!verdict.qualified()) {
                    wouldNot.add(candidate.person.name() + ": " + String.join("; ", verdict.missing()));
                }
            }
        }
        String shortBy = "still " + remaining[t] + " short";
        if (unaffordable > 0) {
            return shortBy + ": out of money (" + unaffordable + (unaffordable == 1 ? " candidate" : " candidates")
                    + "; the cheapest place would cost " + Pounds.format(cheapest) + ", " + Pounds.format(left) + " is left)";
        }
        Offer offer = input.offers().get(target.programmeId());
        if (offer == null) {
            return shortBy + ": no cohort can be planned (the catalogue gives no training path or price) and no planned cohort has a place";
        }
        if (offer.end().isAfter(target.targetDate())) {
            return shortBy + ": a new cohort would end on " + UK.format(offer.end()) + ", after the target date "
                    + UK.format(target.targetDate());
        }
        if (unplaced == 0) {
            return shortBy + ": no candidate (nobody serving " + target.localityName()
                    + " who is not qualified yet and not already nominated)";
        }
        return shortBy + ": no candidate would qualify even if trained"
                + (wouldNot.isEmpty() ? "" : " (" + String.join(" | ", wouldNot) + ")");
    }

    /**
     * The targets (of one programme) at which the person is qualified on the target's date: one pass of the
     * engine over all need levels and dates, rather than a verdict per target.
     */
    static List<Integer> qualifying(QualificationEngine engine, PractitionerRecord record, ProgrammeRules rules,
                                    List<Target> targets, List<Integer> which) {
        if (which.isEmpty()) {
            return List.of();
        }
        LocalDate from = which.stream().map(t -> targets.get(t).targetDate()).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = which.stream().map(t -> targets.get(t).targetDate()).max(Comparator.naturalOrder()).orElseThrow();
        Map<NeedLevel, List<QualifiedInterval>> intervals = engine.qualifiedIntervalsByLevel(record, rules, from, to);
        List<Integer> qualifying = new ArrayList<>();
        for (int t : which) {
            Target target = targets.get(t);
            if (intervals.getOrDefault(target.level(), List.of()).stream().anyMatch(i -> i.contains(target.targetDate()))) {
                qualifying.add(t);
            }
        }
        return qualifying;
    }

    private static int[] oneGap(int t, int size) {
        int[] gaps = new int[size];
        gaps[t] = 1;
        return gaps;
    }

    private static String joinAnd(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static final class Candidate {
        final Person person;
        final String programmeId;
        final ProgrammeRules rules;
        final List<Integer> open;
        final Map<String, List<Integer>> wouldQualify = new LinkedHashMap<>();
        /** Session dates of the places this plan already gives the person (shared by their candidacies). */
        final Set<LocalDate> plannedDates;
        boolean placed;

        Candidate(Person person, String programmeId, ProgrammeRules rules, List<Integer> open, Set<LocalDate> plannedDates) {
            this.person = person;
            this.plannedDates = plannedDates;
            this.programmeId = programmeId;
            this.rules = rules;
            this.open = open;
        }

        boolean holds(AccreditationStage stage) {
            return person.record().accreditations().stream().anyMatch(a -> a.programmeId().equals(programmeId)
                    && a.awardedOn() != null
                    && (a.stage() == AccreditationStage.ACCREDITED
                        || (stage == AccreditationStage.TRAINED && a.stage() == AccreditationStage.TRAINED)));
        }

        PractitionerRecord withHypothetical(LocalDate awardedOn, AccreditationStage stage) {
            return Hypothetical.withRecord(person.record(), programmeId, stage, awardedOn);
        }

        /** Targets still short that this person would newly fill if trained by a cohort ending on {@code end}. */
        List<Integer> closes(QualificationEngine engine, List<Target> targets, LocalDate end, AccreditationStage awards,
                             int[] remaining) {
            List<Integer> qualifying = wouldQualify.computeIfAbsent(end + "/" + awards, key -> qualifying(engine,
                    withHypothetical(end, awards), rules, targets,
                    open.stream().filter(t -> !end.isAfter(targets.get(t).targetDate())).toList()));
            return qualifying.stream().filter(t -> remaining[t] > 0).collect(Collectors.toList());
        }
    }

    private record Choice(Candidate candidate, Seat seat, List<Integer> closes) {
        boolean betterThan(Choice other) {
            if (closes.size() != other.closes.size()) {
                return closes.size() > other.closes.size();
            }
            int cost = seat.marginal().compareTo(other.seat.marginal());
            if (cost != 0) {
                return cost < 0;
            }
            if (candidate.person.staffId() != other.candidate.person.staffId()) {
                return candidate.person.staffId() < other.candidate.person.staffId();
            }
            int programme = candidate.programmeId.compareTo(other.candidate.programmeId);
            if (programme != 0) {
                return programme < 0;
            }
            return seat.rank() < other.seat.rank();
        }
    }

    private record Placement(Candidate candidate, int cohortIndex, int newCohort, BigDecimal marginal,
                             List<Integer> closes, LocalDate end, AccreditationStage awards) {
    }

    private static final class NewCohortDraft {
        final int number;
        final Offer offer;
        int places;

        NewCohortDraft(int number, Offer offer) {
            this.number = number;
            this.offer = offer;
        }
    }
}
