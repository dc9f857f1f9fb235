package uk.facilitate.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small JSON client for the REST API, signed in with HTTP Basic as one user. */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI api;
    private final String authorization;

    private ApiClient(URI api, String user, String password) {
        this.api = api;
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code base} is the deployment URL Arquillian gives, e.g. http://host:port/facilitate/. */
    public static ApiClient as(URL base, String user, String password) {
        return new ApiClient(URI.create(base.toString().replaceFirst("/*$", "/") + "api/v1/"), user, password);
    }

    public static ApiClient admin(URL base) {
        return as(base, TestDatabase.ADMIN_USER, TestDatabase.ADMIN_PASSWORD);
    }

    public static ApiClient anonymous(URL base) {
        return as(base, null, null);
    }

    /** A response: status and parsed JSON body (null when empty or not JSON). */
    public record Reply(int status, String body, String contentType) {
        public JsonObject object() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        public long id() {
            return object().getJsonNumber("id").longValue();
        }

        private JsonStructure parse() {
            return Json.createReader(new StringReader(body)).read();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Reply get(String path) {
        return send(builder(path).GET());
    }

    /** GET asking for another media type than JSON (e.g. text/calendar). */
    public Reply get(String path, String accept) {
        return send(builder(path).setHeader("Accept", accept).GET());
    }

    public Reply post(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** POST of a raw body (e.g. a certificate file) with its content type; the reply is JSON. */
    public Reply postBytes(String path, String contentType, byte[] body) {
        return send(builder(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply delete(String path) {
        return send(builder(path).DELETE());
    }

    /** GET of a file: status, headers and the bytes as sent. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return HTTP.send(builder(path).setHeader("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POST that must succeed with 201; returns the created resource's id. */
    public long create(String path, String json) {
        Reply reply = post(path, json);
        if (reply.status() != 201) {
            throw new AssertionError("POST " + path + " expected 201 but was " + reply);
        }
        return reply.id();
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(api.resolve(path)).header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Quotes a string for a JSON body. */
    public static String q(String value) {
        return value == null ? "null" : Json.createValue(value).toString();
    }

    public static boolean isNull(JsonObject object, String key) {
        return !object.containsKey(key) || object.get(key).getValueType() == JsonValue.ValueType.NULL;
    }
}
