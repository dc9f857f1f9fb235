package uk.facilitate.catalogue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One catalogue file as text, wherever it came from (the {@code training-catalogue/} folder, the
 * WAR's classpath, an upload, a test).
 *
 * @param name    the file name, e.g. {@code triple-p.yaml}; the programme's id must match it
 * @param content the YAML text
 */
public record CatalogueFile(String name, String content) {

    public CatalogueFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }

    /** Whether a file of this name is a catalogue file ({@code .yaml} or {@code .yml}). */
    public static boolean isCatalogueFileName(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** The file name without its {@code .yaml}/{@code .yml} extension: the id the programme must have. */
    public String baseName() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /**
     * Every {@code .yaml}/{@code .yml} file directly in {@code folder} (not its sub-folders, so the
     * README and any examples kept elsewhere are left alone), in file-name order, read as UTF-8.
     */
    public static List<CatalogueFile> readFolder(Path folder) throws IOException {
        List<Path> paths;
        try (Stream<Path> listing = Files.list(folder)) {
            paths = listing
                    .filter(Files::isRegularFile)
                    .filter(path -> isCatalogueFileName(path.getFileName().toString()))
                    .sorted(Comparator.comparing(path -> path.getFileName().toString()))
                    .toList();
        }
        List<CatalogueFile> files = new ArrayList<>();
        for (Path path : paths) {
            files.add(new CatalogueFile(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8)));
        }
        return List.copyOf(files);
    }
}
