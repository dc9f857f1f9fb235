package uk.facilitate.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import uk.facilitate.shared.AccreditationStage;

/**
 * The accreditation-records import (records kept before Facilitate, e.g. a training spreadsheet):
 * its columns and the checks on every row, in plain Java. Every person must already be on the
 * staff list (import staff first); programmes are matched by catalogue id or name. Imported
 * records count as verified by the manager who imports them, so nobody may import their own.
 */
public final class AccreditationCsv {

    public static final String EMPLOYEE_REF = "employee_ref";
    public static final String PROGRAMME = "programme";
    public static final String STAGE = "stage";
    public static final String AWARDED_ON = "awarded_on";
    public static final String EXPIRES_ON = "expires_on";
    public static final String AWARDING_BODY = "awarding_body";
    public static final String CERTIFICATE_REF = "certificate_ref";

    /** The columns, in the templates' order. */
    public static final List<Column> COLUMNS = List.of(
            Column.required(EMPLOYEE_REF, "Employee ref of someone already on the staff list.", "WCH99901"),
            Column.required(PROGRAMME, "The programme or course: its catalogue id (e.g. solihull-approach) or its name"
                    + " as the catalogue page shows it.", "solihull-approach"),
            Column.required(STAGE, "Stage reached: " + Arrays.stream(AccreditationStage.values()).map(Enum::name)
                    .collect(Collectors.joining(", ")) + ".", "ACCREDITED"),
            Column.optional(AWARDED_ON, "Date the stage was reached, dd/MM/yyyy or yyyy-MM-dd; required unless the"
                    + " stage is ENROLLED; not in the future.", "12/03/2024"),
            Column.optional(EXPIRES_ON, "Last day the accreditation is current, if it has an end; same date forms.", ""),
            Column.optional(AWARDING_BODY, "Who awarded it; blank means the programme's accrediting body.", ""),
            Column.optional(CERTIFICATE_REF, "Certificate number or reference.", "SA-2024-0311"));

    private AccreditationCsv() {
    }

    /** A programme of the catalogue as the import needs it. */
    public record ProgrammeRef(String id, String name, String accreditingBody) {
    }

    /** One record already in the database, for spotting the same record imported twice. */
    public record RecordKey(long staffId, String programmeId, AccreditationStage stage, LocalDate awardedOn) {
    }

    /**
     * What the database holds: staff by employee ref (only those the file names), the catalogue's
     * current programmes, those people's existing records, the importer's own staff id, today.
     */
    public record Reference(Map<String, Long> staffByRef, List<ProgrammeRef> programmes, Set<RecordKey> existingRecords,
                            Long ownStaffId, LocalDate today) {

        public Reference {
            Map<String, Long> lower = new HashMap<>();
            staffByRef.forEach((ref, id) -> lower.put(CsvValues.key(ref), id));
            staffByRef = Map.copyOf(lower);
            programmes = List.copyOf(programmes);
            existingRecords = Set.copyOf(existingRecords);
            Objects.requireNonNull(today, "today");
        }
    }

    /** A record ready to write. */
    public record Row(int line, long staffId, ProgrammeRef programme, AccreditationStage stage, LocalDate awardedOn,
                      LocalDate expiresOn, String awardingBody, String certificateRef) {
    }

    /** The rows that passed, and every problem found in the file. */
    public record Checked(List<Row> rows, List<RowProblem> problems, int rowsRead) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Employee refs the file names, for looking up the people set-based. */
    public static Set<String> refsMentioned(CsvFile file) {
        Set<String> refs = new LinkedHashSet<>();
        file.rows().forEach(r -> {
            if (r.get(EMPLOYEE_REF) != null) {
                refs.add(r.get(EMPLOYEE_REF));
            }
        });
        return refs;
    }

    public static Checked check(CsvFile file, Reference reference) {
        Map<String, ProgrammeRef> programmes = new HashMap<>();
        reference.programmes().forEach(p -> {
            programmes.put(CsvValues.key(p.name()), p);
            programmes.put(CsvValues.key(p.id()), p);
        });
        List<RowProblem> problems = new ArrayList<>(file.problems());
        List<Row> rows = new ArrayList<>();
        Map<RecordKey, Integer> seen = new HashMap<>();
        for (CsvRow row : file.rows()) {
            int before = problems.size();
            Row checked = checkRow(row, reference, programmes, problems);
            if (problems.size() > before) {
                continue;
            }
            RecordKey key = new RecordKey(checked.staffId(), checked.programme().id(), checked.stage(), checked.awardedOn());
            Integer first = seen.putIfAbsent(key, row.line());
            if (first != null) {
                problems.add(new RowProblem(row.line(), null, "the same record (person, programme, stage and date) is"
                        + " also on line " + first + " of this file"));
            } else if (reference.existingRecords().contains(key)) {
                problems.add(new RowProblem(row.line(), null, "this record (person, programme, stage and date) is already"
                        + " in Facilitate"));
            } else {
                rows.add(checked);
            }
        }
        problems.sort(RowProblem.IN_FILE_ORDER);
        return new Checked(problems.isEmpty() ? rows : List.of(), problems, file.rows().size());
    }

    private static Row checkRow(CsvRow row, Reference reference, Map<String, ProgrammeRef> programmes,
                                List<RowProblem> problems) {
        CsvValues v = new CsvValues(row, problems);
        Long staffId = null;
        String ref = v.text(EMPLOYEE_REF, true, 40);
        if (ref != null) {
            staffId = reference.staffByRef().get(CsvValues.key(ref));
            if (staffId == null) {
                v.problem(EMPLOYEE_REF, "no one with employee ref '" + ref + "' is on the staff list (import or add"
                        + " staff first)");
            } else if (staffId.equals(reference.ownStaffId())) {
                v.problem(EMPLOYEE_REF, "these are your own records: imported records count as verified, and nobody"
                        + " verifies their own, so ask another manager to import them");
            }
        }
        ProgrammeRef programme = null;
        String programmeName = v.text(PROGRAMME, true, 200);
        if (programmeName != null) {
            programme = programmes.get(CsvValues.key(programmeName));
            if (programme == null) {
                v.problem(PROGRAMME, "no programme '" + programmeName + "' in the catalogue: use its id (e.g."
                        + " solihull-approach) or its name as the catalogue page shows it");
            }
        }
        AccreditationStage stage = stage(v, row.get(STAGE));
        LocalDate awarded = v.date(AWARDED_ON, stage != null && stage != AccreditationStage.ENROLLED);
        if (awarded != null && awarded.isAfter(reference.today())) {
            v.problem(AWARDED_ON, "cannot be in the future (was " + CsvValues.uk(awarded) + ")");
        }
        LocalDate expires = v.date(EXPIRES_ON, false);
        if (awarded != null && expires != null && expires.isBefore(awarded)) {
            v.problem(EXPIRES_ON, "cannot be before the date awarded (" + CsvValues.uk(awarded) + ")");
        }
        String body = v.text(AWARDING_BODY, false, 200);
        String certificate = v.text(CERTIFICATE_REF, false, 100);
        return new Row(row.line(), staffId == null ? -1 : staffId, programme, stage, awarded, expires,
                body == null && programme != null ? programme.accreditingBody() : body, certificate);
    }

    private static AccreditationStage stage(CsvValues v, String value) {
        if (value == null) {
            v.problem(STAGE, "is required, e.g. ACCREDITED");
            return null;
        }
        try {
            return AccreditationStage.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.problem(STAGE, "'" + value + "' is not a stage; use one of " + Arrays.stream(AccreditationStage.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
    }
}
