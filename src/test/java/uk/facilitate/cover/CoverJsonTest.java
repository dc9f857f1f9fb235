package uk.facilitate.cover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.facilitate.shared.NeedLevel;

/** The compact cover matrix, streamed: what a client parses back from it. */
class CoverJsonTest {

    @Test
    void theMatrixReadsBackWithItsCellsTargetsAndAwkwardNames() {
        List<CoverRow> rows = List.of(new CoverRow("incredible-years", "Incredible Years", NeedLevel.COMPLEX),
                new CoverRow("solihull-approach", "Solihull \"Approach\"", NeedLevel.UNIVERSAL));
        List<CoverColumn> columns = List.of(new CoverColumn(7, "South\tWyvern", 7L), new CoverColumn(8, "Setting", null));
        CoverMatrix matrix = new CoverMatrix(LocalDate.of(2027, 4, 1), 90, false, rows, columns);
        matrix.add(0, 0, 14, 3, 5);
        matrix.target(0, 0, 16);
        matrix.add(1, 1, 2, 0, 0);

        JsonObject json = Json.createReader(new StringReader(matrix.toJson())).readObject();

        assertEquals("2027-04-01", json.getString("on"));
        assertEquals(90, json.getInt("lapseWarningDays"));
        assertEquals("locality", json.getString("columnKind"));
        assertEquals("South\tWyvern", json.getJsonArray("columns").getJsonObject(0).getString("name"));
        assertEquals(JsonValue.NULL, json.getJsonArray("columns").getJsonObject(1).get("localityId"));
        JsonObject second = json.getJsonArray("rows").getJsonObject(1);
        assertEquals("Solihull \"Approach\"", second.getString("programmeName"));
        assertEquals(1, second.getInt("needLevel"));
        JsonArray first = json.getJsonArray("rows").getJsonObject(0).getJsonArray("cells").getJsonArray(0);
        assertEquals("[14,16,2,3,\"" + CoverStatus.of(14, 16, 3).name() + "\",5]", first.toString());
        JsonArray noTarget = second.getJsonArray("cells").getJsonArray(1);
        assertEquals(JsonValue.NULL, noTarget.get(1), "no target");
        assertEquals(0, noTarget.getInt(2), "so no shortfall");
        assertEquals("[\"count\",\"target\",\"shortfall\",\"lapsing\",\"status\",\"renewing\"]",
                json.getJsonArray("cellFields").toString());
    }
}
