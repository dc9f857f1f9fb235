package uk.facilitate.cohort.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.facilitate.catalogue.CatalogueReader;
import uk.facilitate.catalogue.Programme;

/** The real files in {@code training-catalogue/}, read once for the cohort rules' tests. */
final class RealCatalogue {

    private static Map<String, Programme> programmes;

    private RealCatalogue() {
    }

    static synchronized Programme get(String id) {
        if (programmes == null) {
            try {
                programmes = new CatalogueReader().read(Path.of("training-catalogue")).stream()
                        .collect(Collectors.toMap(Programme::id, Function.identity()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return programmes.get(id);
    }
}
