/**
 * The training catalogue: programmes and workforce courses, their need levels and training
 * paths, read and validated from the YAML files in {@code training-catalogue/}. Plain Java, so
 * the qualification engine, the loader and the tests all share one reading of the files.
 */
package uk.facilitate.catalogue;
