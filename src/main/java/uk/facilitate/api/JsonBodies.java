package uk.facilitate.api;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import uk.facilitate.platform.Inputs;
import uk.facilitate.shared.InvalidInput;

/**
 * Reads every JSON request body of the API strictly, in one place. JSON-B on its own takes
 * {@code "maybe"} for a yes/no field as false and {@code "2"} for a number; here a value of the wrong
 * JSON type is a 400 naming the field (nested fields as {@code marks[2].present}). The bound body
 * is then held to {@link Inputs} (text lengths the database allows, dates within the accepted range).
 */
@Provider
public class JsonBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType mediaType = context.getMediaType();
        if (!isOurs(context.getType()) || mediaType == null || !mediaType.getSubtype().endsWith("json")) {
            return context.proceed();
        }
        // An interceptor, not a reader of our own: it runs whichever JSON reader JAX-RS picks.
        byte[] bytes = context.getInputStream().readAllBytes();
        String charset = mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        String text = new String(bytes, charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset));
        if (!text.isBlank()) {
            List<InvalidInput.Problem> problems = new ArrayList<>();
            check(Json.createReader(new StringReader(text)).readValue(), context.getGenericType(), "", problems);
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
        }
        context.setInputStream(new ByteArrayInputStream(bytes));
        return Inputs.check(context.proceed());
    }

    /** Problems with values of the wrong JSON type for the field they are sent in (empty when none). */
    static List<InvalidInput.Problem> problems(String json, Type type) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        check(Json.createReader(new StringReader(json)).readValue(), type, "", problems);
        return problems;
    }

    private static void check(JsonValue value, Type type, String path, List<InvalidInput.Problem> problems) {
        Class<?> raw = raw(type);
        if (value == null || raw == null) {
            return; // left out: the default, or the service says it is needed
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                problems.add(new InvalidInput.Problem(path, "Give a value, or leave the field out"));
            }
            return;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                problems.add(new InvalidInput.Problem(path, "Must be true or false (was " + value + ")"));
            }
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                problems.add(new InvalidInput.Problem(path, "Must be a whole number (was " + value + ")"));
            }
        } else if (raw == LocalDate.class) {
            if (!(value instanceof JsonString date) || !isDate(date.getString())) {
                problems.add(new InvalidInput.Problem(path, "Must be a date as YYYY-MM-DD, e.g. 2026-11-24 (was "
                        + value + ")"));
            }
        } else if (raw.isEnum()) {
            List<String> names = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            if (!(value instanceof JsonString choice) || !names.contains(choice.getString())) {
                problems.add(new InvalidInput.Problem(path, "Must be one of " + String.join(", ", names)
                        + " (was " + value + ")"));
            }
        } else if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType list
                && value.getValueType() == JsonValue.ValueType.ARRAY) {
            List<JsonValue> items = value.asJsonArray();
            for (int i = 0; i < items.size(); i++) {
                check(items.get(i), list.getActualTypeArguments()[0], path + "[" + i + "]", problems);
            }
        } else if (raw.isRecord() && isOurs(raw) && value instanceof JsonObject object) {
            for (RecordComponent component : raw.getRecordComponents()) {
                check(object.get(component.getName()), component.getGenericType(),
                        path.isEmpty() ? component.getName() : path + "." + component.getName(), problems);
            }
        }
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isOurs(Class<?> type) {
        return type.getName().startsWith("uk.facilitate.");
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
    }
}
