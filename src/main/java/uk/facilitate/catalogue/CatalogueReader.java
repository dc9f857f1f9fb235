package uk.facilitate.catalogue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.facilitate.catalogue.CatalogueException.Problem;

/**
 * Reads and validates the training catalogue: one YAML file per programme (see
 * {@code training-catalogue/README.md} for the fields). Strict by design, since the catalogue
 * decides who may facilitate: an unknown field, a missing id or name, an id that differs from
 * its file name, a repeated id, a need level outside 1–4, a bad evidence or cost rating, an
 * unknown value, a prerequisite naming no earlier step, a value of the wrong type or an uncited
 * fact is refused, and every such problem in every file is reported together.
 *
 * <p>Usage: {@code new CatalogueReader().read(CatalogueFile.readFolder(Path.of("training-catalogue")))}.
 */
public final class CatalogueReader {

    /**
     * Every programme in {@code files}, in the files' order.
     *
     * @throws CatalogueException listing every problem as {@code file:line: field: problem}
     */
    public List<Programme> read(List<CatalogueFile> files) {
        List<Problem> problems = new ArrayList<>();
        List<Programme> programmes = new ArrayList<>();
        Map<String, String> fileById = new HashMap<>();
        for (CatalogueFile file : files) {
            if (!CatalogueFile.isCatalogueFileName(file.name())) {
                problems.add(new Problem(file.name(), 1, "file", "a catalogue file's name ends in .yaml"));
                continue;
            }
            ProgrammeParser.Parsed parsed = new ProgrammeParser(file, problems).parse();
            Programme programme = parsed.programme();
            if (programme == null) {
                continue;
            }
            String earlierFile = fileById.putIfAbsent(programme.id(), file.name());
            if (earlierFile != null) {
                problems.add(new Problem(file.name(), parsed.idLine(), "id",
                        "'" + programme.id() + "' is already the id of " + earlierFile + ": ids must be unique"));
                continue;
            }
            programmes.add(programme);
        }
        if (!problems.isEmpty()) {
            throw new CatalogueException(inFileOrder(problems, files));
        }
        return List.copyOf(programmes);
    }

    /** Every programme in the {@code .yaml} files directly in {@code folder}, in file-name order. */
    public List<Programme> read(Path folder) throws IOException {
        return read(CatalogueFile.readFolder(folder));
    }

    private static List<Problem> inFileOrder(List<Problem> problems, List<CatalogueFile> files) {
        Map<String, Integer> position = new LinkedHashMap<>();
        for (CatalogueFile file : files) {
            position.putIfAbsent(file.name(), position.size());
        }
        return problems.stream()
                .sorted(Comparator.comparing((Problem problem) -> position.getOrDefault(problem.file(), Integer.MAX_VALUE))
                        .thenComparingInt(Problem::line))
                .toList();
    }
}
