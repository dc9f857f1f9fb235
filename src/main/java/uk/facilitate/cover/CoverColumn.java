package uk.facilitate.cover;

/**
 * A column of the cover matrix: a locality, or a setting (then {@code localityId} is the setting's
 * locality, which decides its target and who may see it).
 */
public record CoverColumn(long id, String name, Long localityId) {
}
