package uk.facilitate.platform.outage;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on every API POST: the request runs in one transaction with its key, and the
 * first successful answer is kept, so a retry with the same key gets that answer again (marked
 * {@code Idempotent-Replayed: true}) and never a second record. The same key with a different request
 * is refused with 422. Failed requests keep nothing: they may be retried with the same key.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyKeys implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final String CLAIM = IdempotencyKeys.class.getName() + ".claim";
    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class.getName());

    private record Claim(String username, String key) {
    }

    @Inject
    private IdempotencyStore store;

    @Inject
    private DatabaseAvailability availability;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        Principal user = request.getSecurityContext().getUserPrincipal();
        if (key == null || user == null || !"POST".equals(request.getMethod())) {
            return; // anonymous callers are refused by the resource; other methods are idempotent already
        }
        if (!VALID_KEY.matcher(key).matches()) {
            request.abortWith(problem(400, "Invalid input", "The Idempotency-Key header must be 1 to 255 visible"
                    + " ASCII characters without spaces; a random UUID is a good choice"));
            return;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String fingerprint = fingerprint(request, body);
        Optional<IdempotencyStore.Stored> earlier = store.claim(user.getName(), key, fingerprint);
        if (earlier.isEmpty()) {
            request.setProperty(CLAIM, new Claim(user.getName(), key));
            return;
        }
        IdempotencyStore.Stored stored = earlier.get();
        if (!stored.fingerprint().equals(fingerprint)) {
            request.abortWith(problem(422, "Idempotency-Key reused", "This Idempotency-Key was already used for a"
                    + " different request (another address or body). Use a new key for a new request."));
        } else if (stored.status() == null) {
            request.abortWith(problem(409, "Request in progress", "A request with this Idempotency-Key is still"
                    + " being processed; try again in a moment"));
        } else {
            Response.ResponseBuilder replay = Response.status(stored.status()).header(REPLAYED, "true");
            if (stored.location() != null) {
                replay.header("Location", stored.location());
            }
            if (stored.body() != null) {
                replay.entity(stored.body()).type(stored.type());
            }
            request.abortWith(replay.build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Claim claim = (Claim) request.getProperty(CLAIM);
        if (claim == null) {
            return;
        }
        request.removeProperty(CLAIM);
        if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
            store.rollback();
            return;
        }
        if (store.mustRollBack()) {
            // Something marked the work for rollback yet the resource answered success: do not claim it was saved.
            store.rollback();
            if (!availability.confirmReachable()) {
                replace(response, OutageAnswers.unavailable()); // the pool marked it when the database went away
                return;
            }
            LOG.severe(() -> request.getMethod() + " /" + request.getUriInfo().getPath() + " answered "
                    + response.getStatus() + " but its transaction was marked for rollback; answered 500 instead");
            replace(response, notSaved());
            return;
        }
        MediaType type = response.getMediaType();
        String body = body(response.getEntity(), type);
        try {
            store.complete(claim.username(), claim.key(), response.getStatus(), type == null ? null : type.toString(),
                    response.getHeaderString("Location"), body);
        } catch (Exception e) {
            store.rollback();
            replace(response, answerTo(e, request));
            return;
        }
        if (body != null) {
            // The first answer and its replays are the same bytes.
            response.setEntity(body, new Annotation[0], type == null ? MediaType.APPLICATION_JSON_TYPE : type);
        }
    }

    /**
     * A failure while recording the answer (nothing saved: 503) or committing (if the database went away
     * then, nobody knows whether it saved: "outcome unknown").
     */
    private static Response answerTo(Exception failure, ContainerRequestContext request) {
        Response unreachable = OutageAnswers.forApi(failure);
        if (unreachable != null) {
            if (unreachable.getStatus() == 500) {
                LOG.warning(() -> "The database went away while committing " + request.getMethod() + " /"
                        + request.getUriInfo().getPath() + "; the client was told the outcome is unknown");
            }
            return unreachable;
        }
        LOG.log(Level.SEVERE, "Committing an Idempotency-Key request failed; nothing was saved", failure);
        return notSaved();
    }

    private static Response notSaved() {
        return problem(500, "Internal error", "Something went wrong on the server and nothing was saved; it has"
                + " been logged. You may send the request again with the same Idempotency-Key.");
    }

    private static void replace(ContainerResponseContext response, Response answer) {
        response.setStatus(answer.getStatus());
        response.getHeaders().remove("Location");
        answer.getHeaders().forEach((name, values) -> response.getHeaders().put(name, values));
        response.setEntity(answer.getEntity(), new Annotation[0], MediaType.valueOf(OutageAnswers.PROBLEM_JSON));
    }

    /** The body as the client sees it: JSON entities are serialised here so that the stored copy is exact. */
    private static String body(Object entity, MediaType type) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof String text) {
            return text;
        }
        if (type == null || type.getSubtype().endsWith("json")) {
            return JSONB.toJson(entity);
        }
        return null; // not JSON (a file, say): a replay repeats the status and Location only
    }

    private static String fingerprint(ContainerRequestContext request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                    + request.getUriInfo().getRequestUri().getRawQuery() + "\n" + request.getMediaType() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response problem(int status, String title, String detail) {
        return Response.status(status).type(OutageAnswers.PROBLEM_JSON)
                .entity(OutageAnswers.problem(status, title, detail)).build();
    }
}
