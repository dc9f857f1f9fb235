package uk.facilitate.cover;

import static uk.facilitate.platform.Text.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.facilitate.catalogue.Catalogue;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.platform.Access;
import uk.facilitate.platform.AuditLog;
import uk.facilitate.platform.Inputs;
import uk.facilitate.platform.MaxLength;
import uk.facilitate.qualification.ProgrammeRules;
import uk.facilitate.shared.ConcurrentEdit;
import uk.facilitate.shared.Forbidden;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.shared.NeedLevel;
import uk.facilitate.shared.NotFound;
import uk.facilitate.shared.Today;

/**
 * Planning delivery groups: coordinators plan groups in their own localities (managers anywhere),
 * are offered people who can facilitate every session, cannot assign someone who is not qualified
 * at the first session or reaches a hard end during the group (the engine's verdict on the failing
 * session date says why), and are warned of renewals falling due during the group (with what is
 * booked) and of a facilitator's other group on the same date.
 */
@ApplicationScoped
@Transactional
public class DeliveryGroupService {

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private AuditLog audit;

    @Inject
    private Catalogue catalogue;

    @Inject
    private GroupQueries queries;

    @Inject
    private PeopleOnRecord people;

    @Inject
    private Today today;

    /** What a coordinator plans; {@code sessions} may be empty when the catalogue gives the programme's length. */
    public record Plan(@MaxLength(64) String programmeId, Integer needLevel, Long settingId, LocalDate startDate,
                       Integer sessions, @MaxLength(500) String notes) {
    }

    /** Another group that shares session dates with a facilitator. */
    public record Clash(long groupId, String groupName, LocalDate firstSharedDate, int sharedSessions) {
        public String describe(String person) {
            return person + " is also facilitating " + groupName + " on " + CoverWording.date(firstSharedDate)
                    + (sharedSessions > 1 ? " and " + (sharedSessions - 1) + " more of this group's session dates" : "");
        }
    }

    /**
     * A facilitator on a group: whether they stay qualified on every session date on the records held, the
     * hard problem if they cannot, the renewals to book during it, and clashes.
     */
    public record Assigned(long staffId, String name, String role, boolean qualifiedThroughout, String problem,
                           List<String> toBook, List<Clash> clashes) {
    }

    /**
     * Someone the coordinator may assign: qualified on every session date, or from the first session on with
     * only renewals (supervision, DBS, safeguarding) falling due during the group, each listed in
     * {@code toBook} with whether it is booked.
     */
    public record Offer(long staffId, String name, String role, List<String> toBook, List<Clash> clashes) {
    }

    /**
     * One person against a group's session dates: the hard reason they cannot facilitate it ("on 12/03/2027
     * (session 5 of 14) …"), or {@code null}, and the renewals falling due during it
     * ("supervision due by 14/02/2027, before session 6 of 14: not booked").
     */
    private record GroupCheck(String problem, List<String> toBook) {
        static final GroupCheck THROUGHOUT = new GroupCheck(null, List.of());
    }

    /** A group with its sessions, facilitators and warnings. */
    public record GroupView(long id, String name, String programmeId, String programmeName, int needLevel,
                            long settingId, String settingName, long localityId, String localityName,
                            LocalDate startDate, int sessions, LocalDate endDate, List<LocalDate> sessionDates,
                            String notes, long version, Integer facilitatorsNeeded, List<Assigned> facilitators,
                            List<String> warnings) {
    }

    /** A group in a list. */
    public record GroupSummary(long id, String name, String programmeId, int needLevel, long settingId,
                               String settingName, long localityId, String localityName, LocalDate startDate,
                               int sessions, LocalDate endDate, int facilitators, long version) {
    }

    /** The outcome of assigning someone: the group as it now is, and any warnings (double booking). */
    public record AssignmentResult(GroupView group, List<String> warnings) {
    }

    // ------------------------------------------------------------------ reading

    public List<GroupSummary> list(Long localityId, LocalDate from, LocalDate to, int first, int max) {
        Set<Long> visible = visibleLocalities();
        if (visible != null && localityId != null && !visible.contains(localityId)) {
            throw new Forbidden("You can see groups only in your own localities");
        }
        if (first < 0 || max < 1 || max > 500) {
            throw InvalidInput.of("max", "Ask for between 1 and 500 groups from a position of 0 or more");
        }
        List<DeliveryGroup> groups = queries.list(visible, localityId, from, to, first, max);
        Map<Long, Object[]> settingRows = queries.settings(groups.stream().map(DeliveryGroup::getSettingId).toList());
        Map<Long, String> localities = queries.localityNames(groups.stream().map(DeliveryGroup::getLocalityId).toList());
        Map<Long, Integer> counts = facilitatorCounts(groups);
        return groups.stream().map(g -> new GroupSummary(g.getId(), name(g, settingRows), g.getProgrammeId(),
                g.getNeedLevel(), g.getSettingId(), (String) settingRows.get(g.getSettingId())[1], g.getLocalityId(),
                localities.get(g.getLocalityId()), g.getStartDate(), g.getSessions(), g.getEndDate(),
                counts.getOrDefault(g.getId(), 0), g.getVersion())).toList();
    }

    /** A renewal a facilitator must book to take every session of a group ("supervision due by …: not booked"). */
    public record ToBook(long groupId, String groupName, LocalDate startDate, long staffId, String name, String renewal,
                         boolean booked) implements java.io.Serializable {
    }

    /**
     * The coordinator's list of renewals to book: for every group in the caller's localities that has not ended,
     * each facilitator's renewals falling due before its last session, soonest group first, unbooked first.
     */
    public List<ToBook> toBook() {
        Set<Long> visible = visibleLocalities();
        LocalDate now = today.date();
        List<DeliveryGroup> groups = queries.list(visible, null, now, null, 0, 500);
        Map<Long, Object[]> settingRows = queries.settings(groups.stream().map(DeliveryGroup::getSettingId).toList());
        Set<Long> everyone = new java.util.TreeSet<>();
        groups.forEach(g -> g.getFacilitators().forEach(a -> everyone.add(a.getStaffId())));
        // Everyone's records, bookings and names once, not once per group.
        PeopleOnRecord.Loaded loaded = people.load(everyone);
        Map<Long, GroupQueries.Person> names = queries.people(everyone);
        List<ToBook> list = new ArrayList<>();
        for (DeliveryGroup group : groups) {
            List<Long> ids = group.getFacilitators().stream().map(DeliveryGroup.Assignment::getStaffId).toList();
            check(group, ids, loaded).forEach((id, checked) -> checked.toBook().forEach(item -> list.add(new ToBook(
                    group.getId(), name(group, settingRows), group.getStartDate(), id, names.get(id).name(), item,
                    !item.endsWith(Renewals.NOT_BOOKED)))));
        }
        list.sort(java.util.Comparator.comparing(ToBook::booked).thenComparing(ToBook::startDate)
                .thenComparing(ToBook::name));
        return list;
    }

    public GroupView find(long groupId) {
        return view(readable(groupId), List.of());
    }

    /**
     * People serving the group's locality, not yet on the group, who may facilitate it: able to take every
     * session, on the records held for dates up to today and on the expected basis after it (what is booked,
     * and routine renewals within reach kept up); the renewals falling due are listed with whether booked.
     */
    public List<Offer> offers(long groupId) {
        DeliveryGroup group = readable(groupId);
        List<GroupQueries.Person> people = queries.withRecordFor(group.getProgrammeId(), group.getLocalityId(),
                group.getStartDate()).stream().filter(p -> !group.isAssigned(p.staffId())).toList();
        Map<Long, GroupCheck> checks = check(group, people.stream().map(GroupQueries.Person::staffId).toList());
        List<GroupQueries.Person> candidates = people.stream().filter(p -> checks.get(p.staffId()).problem() == null).toList();
        Map<Long, List<Clash>> clashes = clashes(group, candidates.stream().map(GroupQueries.Person::staffId).toList());
        return candidates.stream().map(p -> new Offer(p.staffId(), p.name(), p.role(), checks.get(p.staffId()).toBook(),
                clashes.getOrDefault(p.staffId(), List.of()))).toList();
    }

    /** Settings in the caller's localities where a group can meet (id, name, locality). */
    public List<CoverColumn> settings() {
        Set<Long> visible = visibleLocalities();
        List<CoverColumn> settings = new ArrayList<>();
        em.createQuery("SELECT s.id, s.name, s.localityId FROM Setting s WHERE s.localityId IS NOT NULL ORDER BY s.name",
                Object[].class).getResultList().forEach(r -> {
                    if (visible == null || visible.contains((Long) r[2])) {
                        settings.add(new CoverColumn((Long) r[0], (String) r[1], (Long) r[2]));
                    }
                });
        return settings;
    }

    // ------------------------------------------------------------------ changing

    public GroupView create(Plan plan) {
        access.requireCoverReader();
        Checked checked = validate(plan);
        DeliveryGroup group = new DeliveryGroup(access.userName(), Instant.now());
        group.plan(checked.programme.id(), plan.needLevel(), plan.settingId(), checked.localityId, plan.startDate(),
                checked.sessions, blankToNull(plan.notes()), Instant.now());
        em.persist(group);
        em.flush();
        audit.record("GROUP_PLANNED", "DeliveryGroup", group.getId(), describe(group));
        return view(group, List.of());
    }

    public GroupView update(long groupId, Plan plan, long expectedVersion) {
        DeliveryGroup group = editable(groupId, expectedVersion);
        Checked checked = validate(plan);
        group.plan(checked.programme.id(), plan.needLevel(), plan.settingId(), checked.localityId, plan.startDate(),
                checked.sessions, blankToNull(plan.notes()), Instant.now());
        em.flush();
        audit.record("GROUP_CHANGED", "DeliveryGroup", groupId, describe(group));
        return view(group, List.of());
    }

    public void delete(long groupId, long expectedVersion) {
        DeliveryGroup group = editable(groupId, expectedVersion);
        audit.record("GROUP_DELETED", "DeliveryGroup", groupId, describe(group));
        em.remove(group);
    }

    /**
     * Assigns a facilitator, refused (with the date and the rules not met) unless they serve the group's
     * locality, are qualified at the first session and meet every hard rule (accreditation, need level,
     * professional level, in post) on every session date. A renewal falling due during the group and a
     * double booking are allowed but returned as warnings.
     */
    public AssignmentResult assign(long groupId, Long staffId, long expectedVersion) {
        DeliveryGroup group = editable(groupId, expectedVersion);
        if (staffId == null) {
            throw InvalidInput.of("staffId", "Choose the facilitator to assign");
        }
        GroupQueries.Person person = queries.people(List.of(staffId)).get(staffId);
        if (person == null) {
            throw InvalidInput.of("staffId", "No staff member with id " + staffId);
        }
        if (group.isAssigned(staffId)) {
            throw InvalidInput.of("staffId", person.name() + " is already facilitating this group");
        }
        if (!queries.serves(staffId, group.getLocalityId())) {
            throw InvalidInput.of("staffId", person.name() + " does not serve "
                    + queries.localityNames(List.of(group.getLocalityId())).get(group.getLocalityId())
                    + ", where this group runs");
        }
        GroupCheck checked = check(group, List.of(staffId)).get(staffId);
        if (checked.problem() != null) {
            throw InvalidInput.of("staffId", person.name() + " cannot facilitate this group: " + checked.problem());
        }
        group.assign(staffId, access.userName(), Instant.now());
        em.flush();
        audit.record("FACILITATOR_ASSIGNED", "DeliveryGroup", groupId, "staff " + staffId);
        List<String> warnings = new ArrayList<>(checked.toBook().stream().map(t -> toBookWarning(person.name(), t))
                .toList());
        clashes(group, List.of(staffId)).getOrDefault(staffId, List.of()).forEach(c -> warnings.add(c.describe(person.name())));
        return new AssignmentResult(view(group, warnings), List.copyOf(warnings));
    }

    public GroupView unassign(long groupId, long staffId, long expectedVersion) {
        DeliveryGroup group = editable(groupId, expectedVersion);
        if (!group.unassign(staffId, Instant.now())) {
            throw new NotFound("Staff member " + staffId + " is not facilitating this group");
        }
        em.flush();
        audit.record("FACILITATOR_UNASSIGNED", "DeliveryGroup", groupId, "staff " + staffId);
        return view(group, List.of());
    }

    // ------------------------------------------------------------------ rules

    /** "Jade Bennett: supervision due by 14/02/2027, before session 6 of 14: not booked". */
    private static String toBookWarning(String name, String toBook) {
        return name + ": " + toBook;
    }

    /**
     * Each person against the group's session dates ({@link SessionChecks}): the first session they cannot take
     * and the rules not met there, or {@code null}; and the renewals falling due during it, to book.
     */
    private Map<Long, GroupCheck> check(DeliveryGroup group, List<Long> staffIds) {
        return check(group, staffIds, people.load(staffIds));
    }

    private Map<Long, GroupCheck> check(DeliveryGroup group, List<Long> staffIds, PeopleOnRecord.Loaded loaded) {
        Map<Long, GroupCheck> checks = new HashMap<>();
        if (staffIds.isEmpty()) {
            return checks;
        }
        SessionChecks sessions = loaded.sessions(ProgrammeRules.of(catalogue.require(group.getProgrammeId())),
                NeedLevel.of(group.getNeedLevel()), group.sessionDates());
        for (Long id : staffIds) {
            SessionChecks.Outcome outcome = loaded.check(id, sessions);
            if (outcome != null) {
                checks.put(id, new GroupCheck(outcome.problem(), outcome.toBook()));
            }
        }
        return checks;
    }

    private Map<Long, List<Clash>> clashes(DeliveryGroup group, List<Long> staffIds) {
        return clashes(staffIds, group.getId() == null ? -1 : group.getId(), group.getStartDate(), group.getSessions());
    }

    /** Other groups these people facilitate that share a session date with weekly sessions from {@code start}. */
    public Map<Long, List<Clash>> clashes(List<Long> staffIds, long exceptGroupId, LocalDate start, int sessions) {
        Map<Long, List<Clash>> clashes = new HashMap<>();
        List<GroupQueries.OtherGroup> others = queries.otherGroups(staffIds, exceptGroupId, start,
                SessionDates.last(start, sessions));
        if (others.isEmpty()) {
            return clashes;
        }
        Map<Long, Object[]> settingRows = queries.settings(others.stream().map(GroupQueries.OtherGroup::settingId).toList());
        for (GroupQueries.OtherGroup other : others) {
            List<LocalDate> shared = SessionDates.shared(start, sessions, other.startDate(), other.sessions());
            if (!shared.isEmpty()) {
                String name = name(other.programmeId(), (String) settingRows.get(other.settingId())[1], other.startDate());
                clashes.computeIfAbsent(other.staffId(), k -> new ArrayList<>())
                        .add(new Clash(other.groupId(), name, shared.get(0), shared.size()));
            }
        }
        return clashes;
    }

    private record Checked(Programme programme, long localityId, int sessions) {
    }

    private Checked validate(Plan plan) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        Programme programme = GroupPlanChecks.programme(catalogue, plan.programmeId(), "programmeId", problems);
        GroupPlanChecks.needLevel(programme, plan.needLevel(), problems);
        Long localityId = null;
        if (plan.settingId() == null) {
            problems.add(new InvalidInput.Problem("settingId", "Choose the setting where the group meets"));
        } else {
            Object[] setting = queries.settings(List.of(plan.settingId())).get(plan.settingId());
            if (setting == null) {
                problems.add(new InvalidInput.Problem("settingId", "No setting with id " + plan.settingId()));
            } else if (setting[2] == null) {
                problems.add(new InvalidInput.Problem("settingId", setting[1]
                        + " has no locality, so nobody can be offered; choose a setting in a locality"));
            } else {
                localityId = (Long) setting[2];
            }
        }
        if (plan.startDate() == null) {
            problems.add(new InvalidInput.Problem("startDate", "Give the date of the first session"));
        }
        Integer sessions = GroupPlanChecks.sessions(programme, plan.sessions(), problems);
        problems.addAll(Inputs.problems(plan));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        requireLocality(localityId);
        return new Checked(programme, localityId, sessions);
    }

    // ------------------------------------------------------------------ access and views

    /** Null for managers (every locality); a coordinator's localities otherwise. */
    private Set<Long> visibleLocalities() {
        access.requireCoverReader();
        return access.isManager() ? null : access.coordinatorLocalities();
    }

    private void requireLocality(long localityId) {
        Set<Long> visible = visibleLocalities();
        if (visible != null && !visible.contains(localityId)) {
            throw new Forbidden("Coordinators plan groups only in their own localities");
        }
    }

    private DeliveryGroup readable(long groupId) {
        access.requireCoverReader();
        DeliveryGroup group = em.find(DeliveryGroup.class, groupId);
        Set<Long> visible = access.isManager() ? null : access.coordinatorLocalities();
        if (group == null || (visible != null && !visible.contains(group.getLocalityId()))) {
            throw new NotFound("No delivery group with id " + groupId);
        }
        return group;
    }

    private DeliveryGroup editable(long groupId, long expectedVersion) {
        DeliveryGroup group = readable(groupId);
        if (group.getVersion() != expectedVersion) {
            throw new ConcurrentEdit("Someone else changed this group since you opened it; reload and try again");
        }
        return group;
    }

    private GroupView view(DeliveryGroup group, List<String> extraWarnings) {
        Map<Long, Object[]> settingRows = queries.settings(List.of(group.getSettingId()));
        List<Long> ids = group.getFacilitators().stream().map(DeliveryGroup.Assignment::getStaffId).toList();
        Map<Long, GroupQueries.Person> people = queries.people(ids);
        Map<Long, GroupCheck> checks = check(group, ids);
        Map<Long, List<Clash>> clashes = clashes(group, ids);
        List<Assigned> assigned = new ArrayList<>();
        Set<String> warnings = new LinkedHashSet<>(extraWarnings);
        for (long id : ids) {
            GroupQueries.Person person = people.get(id);
            GroupCheck checked = checks.getOrDefault(id, GroupCheck.THROUGHOUT);
            String problem = checked.problem();
            List<Clash> theirs = clashes.getOrDefault(id, List.of());
            assigned.add(new Assigned(id, person.name(), person.role(), problem == null && checked.toBook().isEmpty(),
                    problem, checked.toBook(), theirs));
            if (problem != null) {
                warnings.add(person.name() + " is no longer qualified for the whole group: " + problem);
            }
            checked.toBook().forEach(t -> warnings.add(toBookWarning(person.name(), t)));
            theirs.forEach(c -> warnings.add(c.describe(person.name())));
        }
        Programme programme = catalogue.require(group.getProgrammeId());
        Integer needed = programme.facilitatorsPerGroup();
        if (needed != null && ids.size() < needed) {
            warnings.add(programme.name() + " asks " + needed + " facilitators per group; " + ids.size() + " assigned");
        }
        return new GroupView(group.getId(), name(group, settingRows), group.getProgrammeId(), programme.name(),
                group.getNeedLevel(), group.getSettingId(), (String) settingRows.get(group.getSettingId())[1],
                group.getLocalityId(), queries.localityNames(List.of(group.getLocalityId())).get(group.getLocalityId()),
                group.getStartDate(), group.getSessions(), group.getEndDate(), group.sessionDates(), group.getNotes(),
                group.getVersion(), needed, assigned, List.copyOf(warnings));
    }

    private Map<Long, Integer> facilitatorCounts(List<DeliveryGroup> groups) {
        Map<Long, Integer> counts = new HashMap<>();
        if (groups.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT group_id, COUNT(*) FROM delivery_group_facilitator"
                + " WHERE group_id IN (" + String.join(",", groups.stream().map(g -> String.valueOf(g.getId())).toList())
                + ") GROUP BY group_id").getResultList();
        rows.forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        return counts;
    }

    private String name(DeliveryGroup group, Map<Long, Object[]> settingRows) {
        return name(group.getProgrammeId(), (String) settingRows.get(group.getSettingId())[1], group.getStartDate());
    }

    /** "Solihull Approach at Brookfield Children's Centre from 12/01/2027". */
    private String name(String programmeId, String settingName, LocalDate start) {
        return catalogue.nameOf(programmeId) + " at " + settingName + " from " + CoverWording.date(start);
    }

    private static String describe(DeliveryGroup g) {
        return g.getProgrammeId() + " level " + g.getNeedLevel() + " setting " + g.getSettingId() + " from "
                + g.getStartDate() + " x" + g.getSessions();
    }

}
