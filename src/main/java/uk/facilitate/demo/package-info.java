/**
 * The demo data set: a fictional borough (Wyvernside) generated deterministically in plain Java,
 * and the start-up loader that writes it once into an empty database, behind a flag row.
 */
package uk.facilitate.demo;
