package uk.facilitate.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.facilitate.staff.StaffDetails;
import uk.facilitate.staff.StaffRole;

/**
 * The staff import (an HR export): its columns and the checks on every row, in plain Java. The
 * import adds new people only; organisations, localities and settings must already exist and are
 * matched by organisation name, locality code and setting name, ignoring case.
 */
public final class StaffCsv {

    public static final String EMPLOYEE_REF = "employee_ref";
    public static final String GIVEN_NAME = "given_name";
    public static final String FAMILY_NAME = "family_name";
    public static final String EMAIL = "email";
    public static final String ROLE = "role";
    public static final String PROFESSIONAL_LEVEL = "professional_level";
    public static final String REGISTERED_PROFESSIONAL = "registered_professional";
    public static final String ORGANISATION = "organisation";
    public static final String LINE_MANAGER_REF = "line_manager_ref";
    public static final String START_DATE = "start_date";
    public static final String LEAVE_DATE = "leave_date";
    public static final String LOCALITY_CODES = "locality_codes";
    public static final String SETTING_NAMES = "setting_names";

    private static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    /** The columns, in the templates' order. */
    public static final List<Column> COLUMNS = List.of(
            Column.required(EMPLOYEE_REF, "The person's employee or payroll number; unique, at most 40 characters."
                    + " People already on the staff list are reported, not changed.", "WCH99901"),
            Column.required(GIVEN_NAME, "Given (first) name.", "Amira"),
            Column.required(FAMILY_NAME, "Family name (surname).", "Hussain"),
            Column.optional(EMAIL, "Work email address.", "amira.hussain@example.org"),
            Column.required(ROLE, "Role or profession: " + Arrays.stream(StaffRole.values()).map(StaffRole::label)
                    .collect(Collectors.joining(", ")) + " (or the upper-case name, e.g. HEALTH_VISITOR).", "Health visitor"),
            Column.optional(PROFESSIONAL_LEVEL, "RQF level of their highest relevant qualification, 1 to 8.", "6"),
            Column.optional(REGISTERED_PROFESSIONAL, "yes if registered with a professional body (NMC, Social Work"
                    + " England, HCPC); no or blank otherwise.", "yes"),
            Column.required(ORGANISATION, "Employer: the name of an organisation already in Facilitate.",
                    "Wyvernside Community Health NHS Trust"),
            Column.optional(LINE_MANAGER_REF, "Employee ref of their line manager: another row of this file or"
                    + " someone already on the staff list.", ""),
            Column.optional(START_DATE, "First day in post, dd/MM/yyyy (24/11/2026) or yyyy-MM-dd (2026-11-24).",
                    "01/04/2019"),
            Column.optional(LEAVE_DATE, "Last day in post, if they have left or are leaving; same date forms.", ""),
            Column.optional(LOCALITY_CODES, "Codes of the localities they serve, separated by ; (e.g. NORTH;EAST).",
                    "NORTH"),
            Column.optional(SETTING_NAMES, "Names of the settings or teams they work in, separated by ;.",
                    "North Health Visiting Team"));

    private StaffCsv() {
    }

    /** What the database already holds, keyed by {@link CsvValues#key lower-case} name, code or ref. */
    public record Reference(Map<String, Long> organisationsByName, Map<String, Long> localitiesByCode,
                            Map<String, Long> settingsByName, Map<String, Long> existingStaffByRef) {

        public Reference {
            organisationsByName = lowerKeys(organisationsByName);
            localitiesByCode = lowerKeys(localitiesByCode);
            settingsByName = lowerKeys(settingsByName);
            existingStaffByRef = lowerKeys(existingStaffByRef);
        }
    }

    /**
     * A row ready to write: the details with ids resolved, and the employee ref of a line manager
     * who is in the same file (their id is known only once they are written).
     */
    public record Row(int line, StaffDetails details, String lineManagerRefInFile) {
    }

    /** The rows that passed, and every problem found in the file (the import goes ahead only when there are none). */
    public record Checked(List<Row> rows, List<RowProblem> problems, int rowsRead) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Employee refs the file mentions (people and their line managers), for looking up who already exists. */
    public static Set<String> refsMentioned(CsvFile file) {
        Set<String> refs = new LinkedHashSet<>();
        for (CsvRow row : file.rows()) {
            for (String column : List.of(EMPLOYEE_REF, LINE_MANAGER_REF)) {
                String ref = row.get(column);
                if (ref != null) {
                    refs.add(ref);
                }
            }
        }
        return refs;
    }

    /** Checks every row; problems come in file order. */
    public static Checked check(CsvFile file, Reference reference) {
        List<RowProblem> problems = new ArrayList<>(file.problems());
        Map<String, Integer> firstLineOfRef = new HashMap<>();
        for (CsvRow row : file.rows()) {
            String ref = row.get(EMPLOYEE_REF);
            if (ref != null) {
                firstLineOfRef.putIfAbsent(CsvValues.key(ref), row.line());
            }
        }
        List<Row> rows = new ArrayList<>();
        for (CsvRow row : file.rows()) {
            int before = problems.size();
            Row checked = checkRow(row, reference, firstLineOfRef, problems);
            if (problems.size() == before) {
                rows.add(checked);
            }
        }
        problems.addAll(circularLineManagement(rows));
        problems.sort(RowProblem.IN_FILE_ORDER);
        return new Checked(problems.isEmpty() ? rows : List.of(), problems, file.rows().size());
    }

    private static Row checkRow(CsvRow row, Reference reference, Map<String, Integer> firstLineOfRef,
                                List<RowProblem> problems) {
        CsvValues v = new CsvValues(row, problems);
        String ref = v.text(EMPLOYEE_REF, true, 40);
        if (ref != null) {
            Integer first = firstLineOfRef.get(CsvValues.key(ref));
            if (first != null && first != row.line()) {
                v.problem(EMPLOYEE_REF, "employee ref " + ref + " is also on line " + first + " of this file");
            } else if (reference.existingStaffByRef().containsKey(CsvValues.key(ref))) {
                v.problem(EMPLOYEE_REF, "employee ref " + ref + " is already on the staff list; the import adds new"
                        + " staff only (change existing people in the staff directory)");
            }
        }
        String givenName = v.text(GIVEN_NAME, true, 100);
        String familyName = v.text(FAMILY_NAME, true, 100);
        String email = v.text(EMAIL, false, 254);
        if (email != null && !email.matches(EMAIL_PATTERN)) {
            v.problem(EMAIL, "must be an address like name@example.org (was '" + email + "')");
        }
        StaffRole role = role(v, row.get(ROLE));
        Integer level = v.number(PROFESSIONAL_LEVEL, 1, 8, "an RQF level from 1 to 8");
        boolean registered = v.yesNo(REGISTERED_PROFESSIONAL);
        Long organisationId = lookUp(v, ORGANISATION, v.text(ORGANISATION, true, 200), reference.organisationsByName(),
                "no organisation called '%s'; organisations must already be in Facilitate (add it first, or check the"
                        + " spelling)");
        LocalDate start = v.date(START_DATE, false);
        LocalDate leave = v.date(LEAVE_DATE, false);
        if (start != null && leave != null && leave.isBefore(start)) {
            v.problem(LEAVE_DATE, "cannot be before the start date (" + CsvValues.uk(start) + ")");
        }
        Set<Long> localityIds = new HashSet<>();
        for (String code : v.list(LOCALITY_CODES)) {
            Long id = lookUp(v, LOCALITY_CODES, code, reference.localitiesByCode(),
                    "no locality with code '%s'; localities must already be in Facilitate"
                            + describeKnown(reference.localitiesByCode()));
            if (id != null) {
                localityIds.add(id);
            }
        }
        Set<Long> settingIds = new HashSet<>();
        for (String name : v.list(SETTING_NAMES)) {
            Long id = lookUp(v, SETTING_NAMES, name, reference.settingsByName(),
                    "no setting called '%s'; settings must already be in Facilitate (check the spelling)");
            if (id != null) {
                settingIds.add(id);
            }
        }
        String managerRef = row.get(LINE_MANAGER_REF);
        Long lineManagerId = null;
        String lineManagerInFile = null;
        if (managerRef != null) {
            if (ref != null && CsvValues.key(managerRef).equals(CsvValues.key(ref))) {
                v.problem(LINE_MANAGER_REF, "a person cannot be their own line manager");
            } else if (firstLineOfRef.containsKey(CsvValues.key(managerRef))) {
                lineManagerInFile = managerRef;
            } else if (reference.existingStaffByRef().containsKey(CsvValues.key(managerRef))) {
                lineManagerId = reference.existingStaffByRef().get(CsvValues.key(managerRef));
            } else {
                v.problem(LINE_MANAGER_REF, "no one with employee ref '" + managerRef
                        + "' in this file or on the staff list");
            }
        }
        return new Row(row.line(), new StaffDetails(ref, givenName, familyName, email, role, level, registered,
                organisationId, lineManagerId, start, leave, localityIds, settingIds), lineManagerInFile);
    }

    private static StaffRole role(CsvValues v, String value) {
        if (value == null) {
            v.problem(ROLE, "is required, e.g. Health visitor");
            return null;
        }
        String wanted = value.strip().replace('_', ' ').toLowerCase(Locale.ROOT);
        for (StaffRole role : StaffRole.values()) {
            if (role.label().toLowerCase(Locale.ROOT).equals(wanted)
                    || role.name().replace('_', ' ').toLowerCase(Locale.ROOT).equals(wanted)) {
                return role;
            }
        }
        v.problem(ROLE, "'" + value + "' is not a role; use one of " + Arrays.stream(StaffRole.values())
                .map(StaffRole::label).collect(Collectors.joining(", ")));
        return null;
    }

    private static Long lookUp(CsvValues v, String column, String value, Map<String, Long> known, String unknownMessage) {
        if (value == null) {
            return null;
        }
        Long id = known.get(CsvValues.key(value));
        if (id == null) {
            v.problem(column, unknownMessage.formatted(value));
        }
        return id;
    }

    private static String describeKnown(Map<String, Long> known) {
        if (known.isEmpty() || known.size() > 12) {
            return "";
        }
        return " (the codes are " + known.keySet().stream().sorted().map(k -> k.toUpperCase(Locale.ROOT))
                .collect(Collectors.joining(", ")) + ")";
    }

    /** Line managers in the file who, following the chain upwards, come back to the person: A → B → A. */
    private static List<RowProblem> circularLineManagement(List<Row> rows) {
        Map<String, Row> byRef = new HashMap<>();
        rows.forEach(r -> byRef.put(CsvValues.key(r.details().employeeRef()), r));
        List<RowProblem> problems = new ArrayList<>();
        for (Row row : rows) {
            Set<String> seen = new HashSet<>();
            String current = CsvValues.key(row.details().employeeRef());
            while (current != null && seen.add(current)) {
                Row next = byRef.get(current);
                current = next == null ? null : CsvValues.key(next.lineManagerRefInFile());
            }
            if (current != null && current.equals(CsvValues.key(row.details().employeeRef()))) {
                problems.add(new RowProblem(row.line(), LINE_MANAGER_REF, "line management goes round in a circle back to "
                        + row.details().employeeRef() + ": someone in the chain must report to a person outside it"));
            }
        }
        return problems;
    }

    /**
     * The rows ordered so that a line manager in the file comes before the people they manage
     * (so their id is known when those are written); otherwise in file order.
     */
    public static List<Row> managersFirst(List<Row> rows) {
        Map<String, Row> byRef = new HashMap<>();
        rows.forEach(r -> byRef.put(CsvValues.key(r.details().employeeRef()), r));
        Map<Row, Integer> depth = new HashMap<>();
        for (Row row : rows) {
            int d = 0;
            Row current = row;
            while (current.lineManagerRefInFile() != null && d <= rows.size()) {
                current = byRef.get(CsvValues.key(current.lineManagerRefInFile()));
                d++;
            }
            depth.put(row, d);
        }
        List<Row> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparingInt(depth::get)); // stable: file order within a level
        return ordered;
    }

    private static Map<String, Long> lowerKeys(Map<String, Long> map) {
        Map<String, Long> lower = new HashMap<>();
        map.forEach((k, id) -> lower.putIfAbsent(CsvValues.key(k), id));
        return Map.copyOf(lower);
    }
}
