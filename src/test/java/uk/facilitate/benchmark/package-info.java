/**
 * The national-scale data set and the cover benchmark: documented commands run by hand
 * ({@code -Pnational-data}, {@code -Pbenchmark}), never part of {@code ./mvnw verify}.
 */
package uk.facilitate.benchmark;
