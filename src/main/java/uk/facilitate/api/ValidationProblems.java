package uk.facilitate.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures as problem+json. Needed as its own mapper because the JAX-RS runtime's
 * built-in mapper for validation exceptions is more specific than {@link Problems}.
 */
@Provider
public class ValidationProblems implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException failure) {
        return new Problems().toResponse(failure);
    }
}
