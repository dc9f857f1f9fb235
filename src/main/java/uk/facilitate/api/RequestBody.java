package uk.facilitate.api;

import uk.facilitate.shared.InvalidInput;

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

    /**
     * The version the client read, which every change must send so that optimistic locking can refuse
     * a stale one (409); missing is a 400 naming the field.
     */
    public static long version(Long version) {
        if (version == null) {
            throw InvalidInput.of("version", "Send the version you read, so a concurrent change is not overwritten");
        }
        return version;
    }
}
