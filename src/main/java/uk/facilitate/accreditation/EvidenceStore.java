package uk.facilitate.accreditation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import uk.facilitate.platform.AfterTransaction;

/**
 * Certificate files, kept outside the web root in the {@code evidence} folder of the data folder
 * ({@code facilitate.dataDir} / {@code FACILITATE_DATA_DIR}, default {@code ./data}). Files get
 * random names chosen here; nothing a user typed or uploaded ever becomes part of a path. A file
 * stored in a transaction is deleted again if the transaction does not commit, so a failed save
 * leaves no orphan.
 */
@ApplicationScoped
public class EvidenceStore {

    private static final Logger LOG = Logger.getLogger(EvidenceStore.class.getName());
    /** The only names this store writes or reads: a UUID and one of the accepted extensions. */
    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\\.(pdf|jpg|png)");

    @Inject
    private AfterTransaction afterTransaction;

    private volatile Path folder;

    /** Writes the certificate under a new random name (deleted again on rollback); returns the name. */
    public String store(Certificate certificate) {
        String name = UUID.randomUUID() + "." + certificate.type().extension();
        Path target = folder().resolve(name);
        try {
            Path partial = Files.createTempFile(folder(), "upload-", ".part");
            try {
                Files.write(partial, certificate.content());
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the certificate in " + folder(), e);
        }
        afterTransaction.onRollback(() -> delete(name));
        return name;
    }

    /** Deletes a stored file once the current transaction has committed (a replaced certificate). */
    public void deleteAfterCommit(String name) {
        if (name != null) {
            afterTransaction.onCommit(() -> delete(name));
        }
    }

    /** The file stored under this name; refuses any name this store did not make. */
    public Path locate(String name) {
        if (name == null || !STORED_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a stored evidence file name");
        }
        return folder().resolve(name);
    }

    private void delete(String name) {
        try {
            Files.deleteIfExists(locate(name));
        } catch (IOException e) {
            LOG.warning(() -> "Could not delete evidence file " + name + ": " + e.getMessage());
        }
    }

    /**
     * The evidence folder, created again whenever it is missing (someone cleaned the data folder, or
     * restored a database without its files): a missing folder must not turn an upload into a 500.
     */
    private Path folder() {
        if (folder == null) {
            String dataDir = ConfigProvider.getConfig().getOptionalValue("facilitate.dataDir", String.class)
                    .or(() -> java.util.Optional.ofNullable(System.getenv("FACILITATE_DATA_DIR")))
                    .filter(dir -> !dir.isBlank()).orElse("data");
            folder = Path.of(dataDir).toAbsolutePath().normalize().resolve("evidence");
        }
        Path current = folder;
        if (!Files.isDirectory(current)) {
            try {
                Files.createDirectories(current);
                LOG.info(() -> "Created the evidence folder " + current);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the evidence folder " + current, e);
            }
        }
        return current;
    }
}
