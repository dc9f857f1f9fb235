package uk.facilitate.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.facilitate.staff.StaffRole;

class StaffCsvTest {

    private static final String HEADER = "employee_ref,given_name,family_name,email,role,professional_level,"
            + "registered_professional,organisation,line_manager_ref,start_date,leave_date,locality_codes,setting_names\n";

    private static final StaffCsv.Reference WYVERNSIDE = new StaffCsv.Reference(
            Map.of("Wyvernside Community Health NHS Trust", 1L, "Brightwater Family Support", 2L),
            Map.of("NORTH", 10L, "EAST", 11L),
            Map.of("North Health Visiting Team", 20L, "Ashgrove Children's Centre", 21L),
            Map.of("WCH10001", 100L));

    private static StaffCsv.Checked check(String rows) {
        return StaffCsv.check(CsvFile.read(HEADER + rows, StaffCsv.COLUMNS), WYVERNSIDE);
    }

    @Test
    void aGoodRowBecomesStaffDetailsWithTheIdsOfWhatItNames() {
        StaffCsv.Checked checked = check("WCH20001,Amira,Hussain,amira.hussain@example.org,Health visitor,6,yes,"
                + "wyvernside community health nhs trust,WCH10001,01/04/2019,,north;EAST,North Health Visiting Team\n");

        assertTrue(checked.ok(), checked.problems().toString());
        var details = checked.rows().get(0).details();
        assertEquals("WCH20001", details.employeeRef());
        assertEquals(StaffRole.HEALTH_VISITOR, details.role());
        assertEquals(6, details.professionalLevel());
        assertTrue(details.registeredProfessional());
        assertEquals(1L, details.organisationId());
        assertEquals(100L, details.lineManagerId(), "an existing person's id");
        assertEquals(LocalDate.of(2019, 4, 1), details.startDate());
        assertEquals(Set.of(10L, 11L), details.localityIds());
        assertEquals(Set.of(20L), details.settingIds());
    }

    @Test
    void aLevelOutsideTheRqfRangeIsReportedWithLineAndColumn() {
        StaffCsv.Checked checked = check("WCH20001,Amira,Hussain,,Health visitor,9,,Brightwater Family Support,,,,,\n");

        assertFalse(checked.ok());
        assertEquals("line 2, column professional_level: must be an RQF level from 1 to 8 (was 9)",
                checked.problems().get(0).toString());
        assertEquals(List.of(), checked.rows(), "nothing is ready to write while any problem remains");
    }

    @Test
    void aLevelThatIsNotANumberIsReported() {
        assertEquals("must be an RQF level from 1 to 8 (was 'six')",
                check("WCH20001,Amira,Hussain,,Health visitor,six,,Brightwater Family Support,,,,,\n").problems().get(0).message());
    }

    @Test
    void datesAreDdMmYyyyOrIsoAndImpossibleDatesAreRefused() {
        StaffCsv.Checked good = check("A1,Amira,Hussain,,Health visitor,,,Brightwater Family Support,,2019-04-01,24/11/2026,,\n"
                + "A2,Grace,Okafor,,Health visitor,,,Brightwater Family Support,,4/3/2020,,,\n");
        StaffCsv.Checked bad = check("A1,Amira,Hussain,,Health visitor,,,Brightwater Family Support,,31/02/2024,,,\n"
                + "A2,Grace,Okafor,,Health visitor,,,Brightwater Family Support,,03-04-2020,,,\n"
                + "A3,Joy,Mensah,,Health visitor,,,Brightwater Family Support,,01/05/2020,01/04/2020,,\n");

        assertTrue(good.ok(), good.problems().toString());
        assertEquals(LocalDate.of(2026, 11, 24), good.rows().get(0).details().leaveDate());
        assertEquals(LocalDate.of(2020, 3, 4), good.rows().get(1).details().startDate());
        assertEquals(List.of(
                "line 2, column start_date: must be a date like 24/11/2026 (dd/MM/yyyy) or 2026-11-24 (was '31/02/2024')",
                "line 3, column start_date: must be a date like 24/11/2026 (dd/MM/yyyy) or 2026-11-24 (was '03-04-2020')",
                "line 4, column leave_date: cannot be before the start date (01/05/2020)"),
                bad.problems().stream().map(RowProblem::toString).toList());
    }

    @Test
    void datesOutsideTheAcceptedRangeAreRefused() {
        StaffCsv.Checked bad = check("A1,Amira,Hussain,,Health visitor,,,Brightwater Family Support,,01/01/2101,,,\n"
                + "A2,Grace,Okafor,,Health visitor,,,Brightwater Family Support,,1899-12-31,,,\n");

        assertEquals(List.of(
                "line 2, column start_date: is out of range: give a date between 01/01/1900 and 31/12/2100 (was '01/01/2101')",
                "line 3, column start_date: is out of range: give a date between 01/01/1900 and 31/12/2100 (was '1899-12-31')"),
                bad.problems().stream().map(RowProblem::toString).toList());
    }

    @Test
    void requiredValuesMustBeFilled() {
        StaffCsv.Checked checked = check(",Amira,,,,,,,,,,,\n");

        assertEquals(List.of("line 2, column employee_ref: is required", "line 2, column family_name: is required",
                        "line 2, column role: is required, e.g. Health visitor", "line 2, column organisation: is required"),
                checked.problems().stream().map(RowProblem::toString).toList());
    }

    @Test
    void duplicateEmployeeRefsInTheFileOrAlreadyOnTheListAreReported() {
        StaffCsv.Checked checked = check("A1,Amira,Hussain,,Health visitor,,,Brightwater Family Support,,,,,\n"
                + "a1,Grace,Okafor,,Health visitor,,,Brightwater Family Support,,,,,\n"
                + "WCH10001,Joy,Mensah,,Health visitor,,,Brightwater Family Support,,,,,\n");

        assertEquals(2, checked.problems().size(), checked.problems().toString());
        assertEquals("line 3, column employee_ref: employee ref a1 is also on line 2 of this file",
                checked.problems().get(0).toString());
        assertEquals(4, checked.problems().get(1).line());
        assertTrue(checked.problems().get(1).message().contains("already on the staff list"));
    }

    @Test
    void organisationsLocalitiesAndSettingsMustAlreadyExist() {
        StaffCsv.Checked checked = check("A1,Amira,Hussain,,Health visitor,,,Wyvernside Council,,,,NORTH;SOUTH,"
                + "North Health Visiting Team;Northgate Centre\n");

        assertEquals(List.of("organisation", "locality_codes", "setting_names"),
                checked.problems().stream().map(RowProblem::column).toList());
        assertTrue(checked.problems().get(0).message().startsWith("no organisation called 'Wyvernside Council'"));
        assertEquals("no locality with code 'SOUTH'; localities must already be in Facilitate (the codes are EAST, NORTH)",
                checked.problems().get(1).message());
        assertTrue(checked.problems().get(2).message().startsWith("no setting called 'Northgate Centre'"));
    }

    @Test
    void rolesAreMatchedByLabelOrNameAndAnUnknownRoleListsTheChoices() {
        StaffCsv.Checked checked = check("A1,Amira,Hussain,,FAMILY_SUPPORT_WORKER,,,Brightwater Family Support,,,,,\n"
                + "A2,Grace,Okafor,,children's centre worker,,,Brightwater Family Support,,,,,\n"
                + "A3,Joy,Mensah,,Nurse,,,Brightwater Family Support,,,,,\n");

        assertEquals(1, checked.problems().size());
        assertTrue(checked.problems().get(0).message().startsWith("'Nurse' is not a role; use one of Health visitor, Midwife"));
    }

    @Test
    void aLineManagerMayBeAnotherRowOfTheFileAndIsWrittenFirst() {
        StaffCsv.Checked checked = check("A2,Grace,Okafor,,Health visitor,,,Brightwater Family Support,A1,,,,\n"
                + "A1,Amira,Hussain,,Manager,,,Brightwater Family Support,WCH10001,,,,\n");

        assertTrue(checked.ok(), checked.problems().toString());
        assertEquals("A1", checked.rows().get(0).lineManagerRefInFile());
        List<StaffCsv.Row> ordered = StaffCsv.managersFirst(checked.rows());
        assertEquals(List.of("A1", "A2"), ordered.stream().map(r -> r.details().employeeRef()).toList());
        assertEquals("A1", ordered.get(1).lineManagerRefInFile());
        assertNull(ordered.get(1).details().lineManagerId(), "known only once A1 is written");
    }

    @Test
    void anUnknownSelfOrCircularLineManagerIsReported() {
        StaffCsv.Checked checked = check("A1,Amira,Hussain,,Manager,,,Brightwater Family Support,A1,,,,\n"
                + "A2,Grace,Okafor,,Manager,,,Brightwater Family Support,NOBODY,,,,\n"
                + "A3,Joy,Mensah,,Manager,,,Brightwater Family Support,A4,,,,\n"
                + "A4,Tom,Bradley,,Manager,,,Brightwater Family Support,A3,,,,\n");

        assertEquals(List.of(
                "line 2, column line_manager_ref: a person cannot be their own line manager",
                "line 3, column line_manager_ref: no one with employee ref 'NOBODY' in this file or on the staff list",
                "line 4, column line_manager_ref: line management goes round in a circle back to A3: someone in the chain must report to a person outside it",
                "line 5, column line_manager_ref: line management goes round in a circle back to A4: someone in the chain must report to a person outside it"),
                checked.problems().stream().map(RowProblem::toString).toList());
    }

    @Test
    void badEmailsAndYesNoValuesAreReported() {
        StaffCsv.Checked checked = check("A1,Amira,Hussain,amira-at-example,Health visitor,,maybe,Brightwater Family Support,,,,,\n");

        assertEquals(List.of("line 2, column email: must be an address like name@example.org (was 'amira-at-example')",
                "line 2, column registered_professional: must be yes or no (was 'maybe')"),
                checked.problems().stream().map(RowProblem::toString).toList());
    }

    @Test
    void theTemplateIsItselfAValidFileForTheDemoBorough() {
        CsvFile template = CsvFile.read(ImportKind.STAFF.template().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                StaffCsv.COLUMNS);
        StaffCsv.Reference demo = new StaffCsv.Reference(Map.of("Wyvernside Community Health NHS Trust", 1L),
                Map.of("NORTH", 10L), Map.of("North Health Visiting Team", 20L), Map.of());

        StaffCsv.Checked checked = StaffCsv.check(template, demo);

        assertTrue(checked.ok(), checked.problems().toString());
        assertEquals(1, checked.rowsRead());
        assertTrue(ImportKind.STAFF.template().contains("# professional_level: RQF level"), "each column is described");
    }
}
