package uk.facilitate.shared;

/** The signed-in user may not do this; thrown by the access checks in application services. */
public class Forbidden extends RuntimeException {
    public Forbidden(String message) {
        super(message);
    }
}
