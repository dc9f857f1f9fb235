package uk.facilitate.api;

import uk.facilitate.platform.InvalidInput;

/** Resources call this on a request body so an empty body is a clear 400, not a server error. */
public final class RequestBody {

    private RequestBody() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw InvalidInput.of("body", "Send the details as a JSON object in the request body");
        }
        return body;
    }
}
