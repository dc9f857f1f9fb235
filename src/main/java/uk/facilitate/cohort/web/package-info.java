/** The cohort pages' beans: thin, view-scoped, calling the cohort services through {@code web.Pages}. */
package uk.facilitate.cohort.web;
