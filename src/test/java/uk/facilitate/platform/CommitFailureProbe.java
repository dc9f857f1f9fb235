package uk.facilitate.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.facilitate.platform.security.Role;

/**
 * Test-only API resource (added to HardeningIT's deployment): a write whose commit fails, as a commit
 * cut off by the database dying does. The JTA layer then throws {@code TransactionalException}, which
 * Jersey's own mapper for it rethrew, so the client got the container's HTML 500 page.
 */
@Path("test-probes/commit-failure")
@RolesAllowed(Role.ADMIN)
public class CommitFailureProbe {

    @Inject
    Committer committer;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public String write() {
        committer.commitThatFails();
        return "{}";
    }

    /** A transactional service whose transaction cannot commit. */
    @ApplicationScoped
    @Transactional
    public static class Committer {

        @Resource
        TransactionSynchronizationRegistry registry;

        public void commitThatFails() {
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    throw new IllegalStateException("this commit fails (test probe)");
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
        }
    }
}
