package uk.facilitate.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.facilitate.shared.AccreditationStage;

class AccreditationCsvTest {

    private static final String HEADER = "employee_ref,programme,stage,awarded_on,expires_on,awarding_body,certificate_ref\n";
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);
    private static final AccreditationCsv.ProgrammeRef SOLIHULL =
            new AccreditationCsv.ProgrammeRef("solihull-approach", "Solihull Approach", "Solihull Approach (NHS)");
    private static final AccreditationCsv.ProgrammeRef TRIPLE_P =
            new AccreditationCsv.ProgrammeRef("triple-p", "Triple P", "University of Queensland");

    private static AccreditationCsv.Checked check(String rows, Set<AccreditationCsv.RecordKey> existing, Long own) {
        return AccreditationCsv.check(CsvFile.read(HEADER + rows, AccreditationCsv.COLUMNS),
                new AccreditationCsv.Reference(Map.of("WCH10001", 100L, "WCH10002", 101L), List.of(SOLIHULL, TRIPLE_P),
                        existing, own, TODAY));
    }

    @Test
    void programmesAreMatchedByIdOrNameAndTheAwardingBodyDefaultsToTheProgrammes() {
        AccreditationCsv.Checked checked = check("WCH10001,solihull-approach,ACCREDITED,12/03/2024,,,SA-1\n"
                + "wch10002,triple p,trained,2025-01-20,2028-01-19,Local trainer,\n", Set.of(), null);

        assertTrue(checked.ok(), checked.problems().toString());
        AccreditationCsv.Row first = checked.rows().get(0);
        assertEquals(100L, first.staffId());
        assertEquals("solihull-approach", first.programme().id());
        assertEquals("Solihull Approach (NHS)", first.awardingBody());
        AccreditationCsv.Row second = checked.rows().get(1);
        assertEquals(AccreditationStage.TRAINED, second.stage());
        assertEquals(LocalDate.of(2028, 1, 19), second.expiresOn());
        assertEquals("Local trainer", second.awardingBody());
    }

    @Test
    void unknownPeopleProgrammesAndStagesAreReported() {
        AccreditationCsv.Checked checked = check("WCH99999,solihull-approach,ACCREDITED,12/03/2024,,,\n"
                + "WCH10001,Solihull Foundation,ACCREDITED,12/03/2024,,,\n"
                + "WCH10001,triple-p,passed,12/03/2024,,,\n", Set.of(), null);

        assertEquals(List.of("line 2, column employee_ref", "line 3, column programme", "line 4, column stage"),
                checked.problems().stream().map(RowProblem::where).toList());
        assertTrue(checked.problems().get(0).message().contains("import or add staff first"));
    }

    @Test
    void datesMustBeRealPastAndInOrderAndAwardedOnIsNeededUnlessEnrolled() {
        AccreditationCsv.Checked checked = check("WCH10001,triple-p,ACCREDITED,,,,\n"
                + "WCH10001,triple-p,ENROLLED,,,,\n"
                + "WCH10001,solihull-approach,ACCREDITED,02/05/2026,,,\n"
                + "WCH10002,solihull-approach,ACCREDITED,01/03/2024,28/02/2024,,\n", Set.of(), null);

        assertEquals(List.of(
                "line 2, column awarded_on: is required: a date like 24/11/2026",
                "line 4, column awarded_on: cannot be in the future (was 02/05/2026)",
                "line 5, column expires_on: cannot be before the date awarded (01/03/2024)"),
                checked.problems().stream().map(RowProblem::toString).toList());
    }

    @Test
    void theSameRecordTwiceInTheFileOrAlreadyInFacilitateIsReported() {
        AccreditationCsv.RecordKey existing = new AccreditationCsv.RecordKey(101L, "triple-p", AccreditationStage.TRAINED,
                LocalDate.of(2025, 1, 20));
        AccreditationCsv.Checked checked = check("WCH10001,solihull-approach,ACCREDITED,12/03/2024,,,\n"
                + "WCH10001,Solihull Approach,accredited,2024-03-12,,,\n"
                + "WCH10002,triple-p,TRAINED,20/01/2025,,,\n", Set.of(existing), null);

        assertEquals(List.of(
                "line 3: the same record (person, programme, stage and date) is also on line 2 of this file",
                "line 4: this record (person, programme, stage and date) is already in Facilitate"),
                checked.problems().stream().map(RowProblem::toString).toList());
    }

    @Test
    void aManagerCannotImportTheirOwnRecordsBecauseImportedRecordsCountAsVerified() {
        AccreditationCsv.Checked checked = check("WCH10001,solihull-approach,ACCREDITED,12/03/2024,,,\n", Set.of(), 100L);

        assertEquals("employee_ref", checked.problems().get(0).column());
        assertTrue(checked.problems().get(0).message().contains("your own records"));
    }

    @Test
    void theTemplateHasAHeaderAnExampleAndADescriptionOfEachColumn() {
        String template = ImportKind.ACCREDITATIONS.template();
        CsvFile file = CsvFile.read(template, AccreditationCsv.COLUMNS);

        assertEquals(List.of(), file.problems());
        assertEquals(1, file.rows().size());
        assertEquals("solihull-approach", file.rows().get(0).get("programme"));
        for (Column column : AccreditationCsv.COLUMNS) {
            assertTrue(template.contains("# " + column.name()), "describes " + column.name());
        }
    }
}
