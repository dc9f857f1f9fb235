package uk.facilitate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like client without a browser: signs in through the real sign-in form (GET the page,
 * POST the form with its view state) and then sends the session cookie, and only the cookie, with
 * every request, as a browser does after sign-in.
 */
public final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI root;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private WebSession(URL base) {
        this.root = URI.create(base.toString().replaceFirst("/*$", "/"));
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs in through the form; fails the test unless the app redirects away from the sign-in page. */
    public static WebSession signIn(URL base, String username, String password) {
        WebSession session = new WebSession(base);
        HttpResponse<String> form = session.send(HttpRequest.newBuilder(session.root.resolve("login.xhtml")).GET());
        Matcher viewState = VIEW_STATE.matcher(form.body());
        if (!viewState.find()) {
            throw new AssertionError("No view state on the sign-in page: " + form.statusCode());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:sign-in", "");
        fields.put("jakarta.faces.ViewState", viewState.group(1));
        HttpResponse<String> answer = session.send(HttpRequest.newBuilder(session.root.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", session.origin())
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
        if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("login.xhtml")) {
            throw new AssertionError("Sign-in as " + username + " failed: " + answer.statusCode() + " "
                    + answer.headers().firstValue("Location").orElse(""));
        }
        return session;
    }

    /** The session cookie's value. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no session cookie"));
    }

    /** GET with the session cookie only. */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(root.resolve(path)).header("Accept", "application/json").GET());
    }

    /** A request built by the caller (path relative to the app), sent with the session cookie. */
    public HttpResponse<String> send(String path, java.util.function.UnaryOperator<HttpRequest.Builder> build) {
        return send(build.apply(HttpRequest.newBuilder(root.resolve(path))));
    }

    /** The app's own origin, as a browser on its pages would send it. */
    public String origin() {
        return root.getScheme() + "://" + root.getAuthority();
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
