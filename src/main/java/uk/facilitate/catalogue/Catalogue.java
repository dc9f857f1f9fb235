package uk.facilitate.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.facilitate.shared.NotFound;

/**
 * The current catalogue in memory: read by every verdict, so it is parsed once at start-up
 * (and again whenever the catalogue is reloaded), never per request. What it hands out is the
 * catalogue's sourced facts with the borough's {@link LocalSettings} laid over them, so every
 * consumer (the engine, the index, the API, the pages) sees the rules the borough actually runs;
 * {@link #sourced(String)} still gives the files' own facts.
 */
@ApplicationScoped
public class Catalogue {

    private volatile Map<String, Programme> sourcedCurrent = Map.of();
    private volatile Map<String, Programme> sourcedRetired = Map.of();
    private volatile Map<String, LocalSettings> local = Map.of();
    private volatile Map<String, Programme> current = Map.of();
    private volatile Map<String, Programme> all = Map.of();

    /** Replaces the contents; called by the loader after it has synchronised the database. */
    synchronized void replace(List<Programme> currentProgrammes, List<Programme> retiredProgrammes) {
        sourcedCurrent = byId(currentProgrammes);
        sourcedRetired = byId(retiredProgrammes);
        recompute();
    }

    /** Lays the borough's local settings (by programme id) over the catalogue; replaces any laid before. */
    synchronized void useLocalSettings(Map<String, LocalSettings> settings) {
        local = Map.copyOf(settings);
        recompute();
    }

    /** The borough's local settings, by programme id. */
    public Map<String, LocalSettings> localSettings() {
        return local;
    }

    public Optional<LocalSettings> localSettings(String id) {
        return Optional.ofNullable(id == null ? null : local.get(id));
    }

    /** A programme exactly as its catalogue file states it, without the borough's local settings. */
    public Optional<Programme> sourced(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Programme programme = sourcedCurrent.get(id);
        return Optional.ofNullable(programme != null ? programme : sourcedRetired.get(id));
    }

    private void recompute() {
        Map<String, Programme> byId = new LinkedHashMap<>();
        sourcedCurrent.values().stream().sorted(Comparator.comparing(Programme::name))
                .forEach(p -> byId.put(p.id(), effective(p)));
        Map<String, Programme> everything = new LinkedHashMap<>(byId);
        sourcedRetired.values().forEach(p -> everything.putIfAbsent(p.id(), effective(p)));
        current = Map.copyOf(byId);
        all = everything;
    }

    private Programme effective(Programme sourced) {
        LocalSettings settings = local.get(sourced.id());
        return settings == null || sourced.kind() != Programme.Kind.PROGRAMME ? sourced : settings.applyTo(sourced);
    }

    private static Map<String, Programme> byId(List<Programme> programmes) {
        return programmes.stream()
                .collect(Collectors.toMap(Programme::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
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

    public String nameOf(String id) {
        return find(id).map(Programme::name).orElse(id);
    }
}
