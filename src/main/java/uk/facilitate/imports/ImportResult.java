package uk.facilitate.imports;

import java.time.Duration;

/** A finished import: what it added, from which file, and how long it took. */
public record ImportResult(ImportKind kind, String fileName, int rowsRead, int added, int people, Duration took) {
}
