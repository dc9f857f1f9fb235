package uk.facilitate.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.facilitate.platform.DatabaseRefusals;
import uk.facilitate.shared.ConcurrentEdit;
import uk.facilitate.shared.Forbidden;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.shared.NotFound;

/** Every failure of the API as RFC 9457 problem+json with a clear {@code detail}; mapped once, here. */
@Provider
public class Problems implements ExceptionMapper<Throwable> {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        return answer(failure);
    }

    /** The answer to any failure; {@link TransactionFailures} sends failed commits here too. */
    static Response answer(Throwable failure) {
        Response outage = uk.facilitate.platform.outage.OutageAnswers.forApi(failure); // database unreachable: 503
        if (outage != null) {
            return outage;
        }
        Throwable e = unwrap(failure);
        RuntimeException refused = DatabaseRefusals.translate(e).orElse(null);
        if (refused != null) {
            e = refused;
        }
        if (e instanceof InvalidInput invalid) {
            return problem(400, "Invalid input", invalid.getMessage(), invalid.problems());
        }
        if (e instanceof ConstraintViolationException violations) {
            List<InvalidInput.Problem> problems = violations.getConstraintViolations().stream()
                    .map(v -> new InvalidInput.Problem(leaf(v.getPropertyPath().toString()), v.getMessage()))
                    .sorted(java.util.Comparator.comparing(InvalidInput.Problem::field))
                    .toList();
            return problem(400, "Invalid input", new InvalidInput(problems).getMessage(), problems);
        }
        if (e instanceof NotFound) {
            return problem(404, "Not found", e.getMessage(), List.of());
        }
        if (e instanceof Forbidden) {
            return problem(403, "Forbidden", e.getMessage(), List.of());
        }
        if (e instanceof ConcurrentEdit) {
            return problem(409, "Changed by someone else", e.getMessage(), List.of());
        }
        if (e instanceof jakarta.ws.rs.ProcessingException || e instanceof jakarta.json.bind.JsonbException
                || e instanceof jakarta.json.JsonException) {
            return problem(400, "Unreadable request", "The request body is not JSON of the expected shape: check field"
                    + " names, that dates are YYYY-MM-DD and that choices use the listed values", List.of());
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return problem(status, web.getResponse().getStatusInfo().getReasonPhrase(),
                    status == 404 ? "No such resource" : String.valueOf(web.getMessage()), List.of());
        }
        LOG.log(Level.SEVERE, "Unexpected failure in the API", failure);
        return problem(500, "Internal error", "Something went wrong on the server; it has been logged", List.of());
    }

    static Response problem(int status, String title, String detail, List<InvalidInput.Problem> problems) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail == null ? title : detail);
        if (!problems.isEmpty()) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            problems.forEach(p -> errors.add(Json.createObjectBuilder()
                    .add("field", p.field() == null ? "" : p.field()).add("message", p.message())));
            body.add("errors", errors);
        }
        return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString()).build();
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof jakarta.ejb.EJBException || current instanceof jakarta.transaction.RollbackException
                || current.getClass().getName().endsWith("TransactionalException")
                // a query parameter that could not be read (QueryParameters): the problem inside
                || current instanceof WebApplicationException && current.getCause() instanceof InvalidInput)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /** "create.arg1.givenName" → "givenName". */
    private static String leaf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
