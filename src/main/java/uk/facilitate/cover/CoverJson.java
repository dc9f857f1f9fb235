package uk.facilitate.cover;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The large cover answers (a national matrix has about 35,000 cells), streamed with JSON-P's
 * {@link JsonGenerator} into one buffer: no object tree per cell. Ordinary bodies are JSON-B.
 */
public final class CoverJson {

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    private CoverJson() {
    }

    /** The JSON object {@code body} writes, as text. */
    public static String object(int sizeHint, Consumer<JsonGenerator> body) {
        StringWriter out = new StringWriter(sizeHint);
        try (JsonGenerator json = GENERATORS.createGenerator(out)) {
            json.writeStartObject();
            body.accept(json);
            json.writeEnd();
        }
        return out.toString();
    }

    /** {@code "columnKind":…,"columns":[{"id":…,"name":…,"localityId":…},…]} */
    static void columns(JsonGenerator json, boolean bySetting, List<CoverColumn> columns) {
        json.write("columnKind", bySetting ? "setting" : "locality");
        json.writeStartArray("columns");
        for (CoverColumn column : columns) {
            json.writeStartObject().write("id", column.id());
            nullable(json, "name", column.name());
            if (column.localityId() == null) {
                json.writeNull("localityId");
            } else {
                json.write("localityId", column.localityId());
            }
            json.writeEnd();
        }
        json.writeEnd();
    }

    /** Opens a row's object: {@code {"programme":…,"programmeName":…,"needLevel":…}, left open. */
    static void rowHead(JsonGenerator json, CoverRow row) {
        json.writeStartObject();
        nullable(json, "programme", row.programmeId());
        nullable(json, "programmeName", row.programmeName());
        json.write("needLevel", row.needLevel().number());
    }

    public static void nullable(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }

    public static void nullable(JsonGenerator json, String name, Object value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value.toString());
        }
    }
}
