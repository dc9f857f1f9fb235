package uk.facilitate.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.facilitate.platform.NotFound;
import uk.facilitate.qualification.ProgrammeRules;

/**
 * The current catalogue in memory: read by every verdict, so it is parsed once at start-up
 * (and again whenever the catalogue is reloaded), never per request.
 */
@ApplicationScoped
public class Catalogue {

    private volatile Map<String, Programme> current = Map.of();
    private volatile Map<String, Programme> all = Map.of();

    /** Replaces the contents; called by the loader after it has synchronised the database. */
    void replace(List<Programme> currentProgrammes, List<Programme> retiredProgrammes) {
        Map<String, Programme> byId = currentProgrammes.stream()
                .sorted(Comparator.comparing(Programme::name))
                .collect(Collectors.toMap(Programme::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, Programme> everything = new LinkedHashMap<>(byId);
        retiredProgrammes.forEach(p -> everything.putIfAbsent(p.id(), p));
        current = Map.copyOf(byId);
        all = everything;
    }

    /** Programmes and courses in the catalogue now, by name. */
    public List<Programme> programmes() {
        return current.values().stream().sorted(Comparator.comparing(Programme::name)).toList();
    }

    /** Facilitated programmes only (not workforce courses), by name. */
    public List<Programme> facilitatedProgrammes() {
        return programmes().stream().filter(p -> p.kind() == Programme.Kind.PROGRAMME).toList();
    }

    /** Any programme ever loaded, retired ones included, so history still has a name. */
    public Optional<Programme> find(String id) {
        return Optional.ofNullable(id == null ? null : all.get(id));
    }

    public Programme require(String id) {
        return find(id).orElseThrow(() -> new NotFound("No programme with id '" + id + "' in the catalogue"));
    }

    public boolean isCurrent(String id) {
        return id != null && current.containsKey(id);
    }

    /** The rules of every current facilitated programme, for the engine. */
    public List<ProgrammeRules> rules() {
        return facilitatedProgrammes().stream().map(Programme::rules).toList();
    }

    public String nameOf(String id) {
        return find(id).map(Programme::name).orElse(id);
    }
}
