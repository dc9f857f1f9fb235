package uk.facilitate.api;

import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that could not begin or commit (the database died mid-commit, say) is answered like
 * every other failure. Without this, Jersey's own mapper for {@code TransactionalException}, which is
 * closer to the type than {@link Problems}, rethrows it and the client gets the container's HTML 500.
 */
@Provider
public class TransactionFailures implements ExceptionMapper<TransactionalException> {

    @Override
    public Response toResponse(TransactionalException failure) {
        return Problems.answer(failure);
    }
}
