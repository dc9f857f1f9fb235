package uk.facilitate.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.facilitate.cohort.CohortApi;
import uk.facilitate.records.RecordsApi;
import uk.facilitate.shared.InvalidInput;

class JsonBodiesTest {

    @Test
    void aYesNoFieldTakesOnlyTrueOrFalse() {
        assertEquals(List.of(), fields("{\"kind\":\"DBS\",\"updateService\":true}", RecordsApi.ComplianceRequest.class));
        assertEquals(List.of("updateService"), fields("{\"kind\":\"DBS\",\"updateService\":\"maybe\"}",
                RecordsApi.ComplianceRequest.class));
        assertEquals(List.of("updateService"), fields("{\"updateService\":\"true\"}", RecordsApi.ComplianceRequest.class));
        assertEquals(List.of("updateService"), fields("{\"updateService\":null}", RecordsApi.ComplianceRequest.class),
                "a yes/no the record cannot leave empty");
    }

    @Test
    void numbersChoicesAndDatesMustBeOfTheirKind() {
        List<InvalidInput.Problem> problems = JsonBodies.problems("{\"kind\":\"PASSPORT\",\"date\":\"24/11/2026\","
                + "\"safeguardingLevel\":\"3\"}", RecordsApi.ComplianceRequest.class);
        assertEquals(List.of("kind", "date", "safeguardingLevel"), problems.stream().map(InvalidInput.Problem::field).toList());
        assertTrue(problems.get(0).message().contains("DBS, SAFEGUARDING"), problems.get(0).message());
    }

    @Test
    void nestedFieldsAreNamedWithTheirPath() {
        assertEquals(List.of("marks[1].present"), fields("{\"sessionId\":4,\"marks\":[{\"staffId\":1,\"present\":true},"
                + "{\"staffId\":2,\"present\":\"yes\"}]}", CohortApi.AttendanceRequest.class));
    }

    @Test
    void missingFieldsAreLeftToTheServiceToExplain() {
        assertEquals(List.of(), fields("{}", CohortApi.AttendanceRequest.class));
    }

    private static List<String> fields(String json, Class<?> type) {
        return JsonBodies.problems(json, type).stream().map(InvalidInput.Problem::field).toList();
    }
}
