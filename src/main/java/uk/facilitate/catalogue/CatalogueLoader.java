package uk.facilitate.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.facilitate.shared.RulesChanged;

/**
 * Loads {@code training-catalogue/} into the database at start-up: idempotent (unchanged files
 * change nothing), edited files update their programme, removed files retire theirs. An invalid
 * file stops start-up with every problem named by file, line and field.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class CatalogueLoader {

    private static final Logger LOG = Logger.getLogger(CatalogueLoader.class.getName());
    private static final String CLASSPATH_FOLDER = "training-catalogue";

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private Catalogue catalogue;

    @Inject
    private Event<RulesChanged> rulesChanged;

    @Inject
    private CatalogueRepository repository;

    @Inject
    private LocalSettingsService localSettings;

    /** A folder of catalogue files to use instead of the one packaged in the WAR. */
    @Inject
    @ConfigProperty(name = "facilitate.catalogueDir")
    private java.util.Optional<String> catalogueDir;

    /** What a load did. */
    public record Outcome(int added, int updated, int retired, int unchanged) {
        public boolean changedAnything() {
            return added + updated + retired > 0;
        }
    }

    @PostConstruct
    void loadAtStartup() {
        List<CatalogueFile> files = catalogueDir.filter(dir -> !dir.isBlank())
                .map(dir -> folderFiles(Path.of(dir))).orElseGet(CatalogueLoader::packagedFiles);
        List<Programme> programmes;
        try {
            programmes = new CatalogueReader().read(files);
        } catch (CatalogueException e) {
            throw new IllegalStateException("The training catalogue is invalid, so Facilitate will not start. "
                    + e.getMessage(), e);
        }
        Outcome outcome = synchronise(programmes, files);
        LOG.info(() -> "Training catalogue: " + programmes.size() + " programmes and courses (" + outcome.added()
                + " added, " + outcome.updated() + " updated, " + outcome.retired() + " retired, "
                + outcome.unchanged() + " unchanged)");
    }

    /**
     * Brings the stored catalogue in line with {@code programmes} and, if anything changed,
     * recomputes everyone's qualifications; public so tests can drive it.
     */
    public Outcome synchronise(List<Programme> programmes, List<CatalogueFile> files) {
        Map<String, String> contentById = files.stream()
                .collect(Collectors.toMap(CatalogueFile::baseName, CatalogueFile::content, (a, b) -> a));
        Instant now = Instant.now();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        List<String> changedIds = new ArrayList<>();
        for (Programme programme : programmes) {
            CatalogueEntry entry = em.find(CatalogueEntry.class, programme.id());
            boolean isNew = entry == null;
            if (isNew) {
                entry = new CatalogueEntry(programme.id());
            }
            boolean changed = entry.load(programme.name(), programme.kind().name(), programme.provider(),
                    programme.accreditingBody(), contentById.get(programme.id()), programme.fingerprint(), now);
            if (isNew) {
                em.persist(entry);
                em.flush();
                added++;
            } else if (changed) {
                updated++;
            } else {
                unchanged++;
            }
            if (changed) {
                changedIds.add(programme.id());
            }
        }
        Set<String> ids = programmes.stream().map(Programme::id).collect(Collectors.toSet());
        int retired = 0;
        List<Programme> retiredProgrammes = new ArrayList<>();
        for (CatalogueEntry entry : em.createQuery("SELECT e FROM CatalogueEntry e", CatalogueEntry.class).getResultList()) {
            if (!ids.contains(entry.getId())) {
                if (entry.retire(now)) {
                    retired++;
                }
                readStored(entry).ifPresent(retiredProgrammes::add);
            }
        }
        em.flush();
        catalogue.replace(programmes, retiredProgrammes);
        catalogue.useLocalSettings(localSettings.all());
        // The need-level rows follow the programme as the borough runs it (its local settings included).
        changedIds.forEach(id -> repository.writeNeedLevels(catalogue.require(id)));
        Outcome outcome = new Outcome(added, updated, retired, unchanged);
        if (outcome.changedAnything()) {
            // A rule may have changed: every precomputed verdict is recomputed in this transaction.
            rulesChanged.fire(RulesChanged.forEveryProgramme(progress -> LOG.info(progress)));
        }
        return outcome;
    }

    /** A retired programme keeps its last definition; if that no longer parses, history shows its id. */
    private static java.util.Optional<Programme> readStored(CatalogueEntry entry) {
        try {
            return new CatalogueReader().read(List.of(new CatalogueFile(entry.getId() + ".yaml", entry.getDefinition())))
                    .stream().findFirst();
        } catch (CatalogueException e) {
            LOG.warning(() -> "Retired programme " + entry.getId() + " no longer parses: " + e.getMessage());
            return java.util.Optional.empty();
        }
    }

    private static List<CatalogueFile> folderFiles(Path folder) {
        try {
            return CatalogueFile.readFolder(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the catalogue folder " + folder, e);
        }
    }

    /** The catalogue packaged in the WAR (a folder when exploded, as Payara Micro deploys, or a jar). */
    private static List<CatalogueFile> packagedFiles() {
        URL url = CatalogueLoader.class.getClassLoader().getResource(CLASSPATH_FOLDER);
        if (url == null) {
            throw new IllegalStateException("No training catalogue packaged in the application");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return CatalogueFile.readFolder(jar.getPath(CLASSPATH_FOLDER));
                }
            }
            return CatalogueFile.readFolder(Path.of(uri));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot read the packaged training catalogue at " + url, e);
        }
    }

}
