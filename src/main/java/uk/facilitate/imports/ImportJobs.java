package uk.facilitate.imports;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.facilitate.shared.InvalidInput;

/**
 * Runs imports on the server's managed executor so a page can poll their progress, and keeps each
 * finished job for an hour so its result can still be read. In memory: one app node.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());
    private static final Duration KEEP_FINISHED = Duration.ofHours(1);

    @Resource
    private ManagedExecutorService executor;

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    /** Starts {@code work} in the background; one import at a time per user. */
    ImportJob submit(String owner, ImportKind kind, String fileName, Function<ImportProgress, ImportResult> work) {
        forgetOldJobs();
        if (jobs.values().stream().anyMatch(j -> j.owner().equals(owner) && j.running())) {
            throw InvalidInput.of("file", "You already have an import running; wait for it to finish");
        }
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), owner, kind, fileName, Instant.now());
        jobs.put(job.id(), job);
        try {
            executor.execute(() -> run(job, work));
        } catch (RejectedExecutionException busy) {
            jobs.remove(job.id());
            throw InvalidInput.of("file", "The server is too busy to start the import; try again in a minute");
        }
        return job;
    }

    private static void run(ImportJob job, Function<ImportProgress, ImportResult> work) {
        try {
            job.succeeded(work.apply(job));
        } catch (RuntimeException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof ImportRejected rejected) {
                job.failed("the file has " + rejected.rowProblems().size() + " problem"
                        + (rejected.rowProblems().size() == 1 ? "" : "s") + "; correct them and upload it again.",
                        rejected.rowProblems());
            } else if (cause instanceof InvalidInput invalid) {
                job.failed(invalid.getMessage(), java.util.List.of());
            } else {
                LOG.log(Level.WARNING, "Import " + job.id() + " of " + job.fileName() + " failed and was rolled back", e);
                job.failed("the database refused the changes, so all of them were undone (" + rootMessage(e)
                        + "). Check the file again and retry.", java.util.List.of());
            }
        }
    }

    Optional<ImportJob> find(String id) {
        return Optional.ofNullable(id == null ? null : jobs.get(id));
    }

    /** The user's most recent import, running or finished within the hour. */
    Optional<ImportJob> latestOf(String owner) {
        return jobs.values().stream().filter(j -> j.owner().equals(owner))
                .max(Comparator.comparing(ImportJob::startedAt));
    }

    private void forgetOldJobs() {
        Instant cutoff = Instant.now().minus(KEEP_FINISHED);
        jobs.values().removeIf(j -> j.finishedAt() != null && j.finishedAt().isBefore(cutoff));
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof jakarta.transaction.RollbackException
                || current.getClass().getName().endsWith("TransactionalException")) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
