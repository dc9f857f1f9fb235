package uk.facilitate.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import uk.facilitate.platform.Access;
import uk.facilitate.platform.security.AppUser;
import uk.facilitate.shared.ConcurrentEdit;
import uk.facilitate.shared.InvalidInput;

/**
 * Imports for workforce managers: check a file (the preview), import it now (the API), or start it
 * in the background and follow its progress (the import page). Every import is all or nothing.
 */
@ApplicationScoped
public class ImportService {

    /** The largest file accepted; 20,000 staff rows are about 3 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    @Inject
    private Access access;

    @Inject
    private ImportWriter writer;

    @Inject
    private ImportJobs jobs;

    /** Reads and checks a file, reporting every problem; writes nothing. */
    public ImportReport preview(ImportKind kind, String fileName, byte[] csv) {
        requireImporter();
        requireFile(csv);
        return writer.check(kind, name(fileName), csv, access.ownStaffId().orElse(null));
    }

    /** Imports a file in the caller's request, in one transaction; {@link ImportRejected} if it has problems. */
    public ImportResult importNow(ImportKind kind, String fileName, byte[] csv) {
        requireImporter();
        requireFile(csv);
        try {
            return writer.write(kind, name(fileName), csv, actor(), access.ownStaffId().orElse(null), ImportProgress.NONE);
        } catch (RuntimeException e) {
            throw causedByTheDatabase(e) ? refusedByTheDatabase(e) : e;
        }
    }

    static boolean causedByTheDatabase(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException || t instanceof jakarta.persistence.PersistenceException) {
                return true;
            }
        }
        return false;
    }

    /** The database refused a row the checks passed (someone changed the same data meanwhile); all was undone. */
    static ConcurrentEdit refusedByTheDatabase(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String why = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return new ConcurrentEdit("Nothing was imported: the database refused a row while the import ran, so every change"
                + " was undone (" + (why.length() > 200 ? why.substring(0, 200) + "…" : why) + "). Perhaps someone"
                + " added the same data meanwhile; check the file again and retry.");
    }

    /** Starts an import in the background (still one transaction); follow it with {@link #job(String)}. */
    public ImportJob start(ImportKind kind, String fileName, byte[] csv) {
        requireImporter();
        requireFile(csv);
        String actor = actor();
        Long own = access.ownStaffId().orElse(null);
        String name = name(fileName);
        return jobs.submit(actor, kind, name, progress -> writer.write(kind, name, csv, actor, own, progress));
    }

    /** One of the signed-in user's own imports. */
    public Optional<ImportJob> job(String id) {
        requireImporter();
        return jobs.find(id).filter(j -> j.owner().equals(actor()));
    }

    /** The signed-in user's latest import within the hour, so reopening the page shows it. */
    public Optional<ImportJob> latestJob() {
        requireImporter();
        return jobs.latestOf(actor());
    }

    private void requireImporter() {
        access.requireManager("run imports");
    }

    private String actor() {
        return access.user().map(AppUser::getUsername).orElseThrow(() -> new uk.facilitate.shared.Forbidden("Please sign in"));
    }

    private static void requireFile(byte[] csv) {
        if (csv == null || csv.length == 0) {
            throw InvalidInput.of("file", "Choose a CSV file to import");
        }
        if (csv.length > MAX_BYTES) {
            throw InvalidInput.of("file", "The file is larger than 10 MB: split it into smaller files");
        }
    }

    private static String name(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "the uploaded file";
        }
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.length() > 100 ? base.substring(0, 100) : base;
    }
}
