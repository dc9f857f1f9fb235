package uk.facilitate.platform.backup;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/** The data folder ({@code facilitate.dataDir} / {@code FACILITATE_DATA_DIR}, default {@code ./data}) as EvidenceStore reads it. */
final class DataFolder {

    private DataFolder() {
    }

    static Path resolve() {
        String dataDir = ConfigProvider.getConfig().getOptionalValue("facilitate.dataDir", String.class)
                .or(() -> Optional.ofNullable(System.getenv("FACILITATE_DATA_DIR")))
                .filter(dir -> !dir.isBlank()).orElse("data");
        return Path.of(dataDir).toAbsolutePath().normalize();
    }
}
