/**
 * Importing a borough's existing workforce: a CSV of staff (an HR export) and a CSV of existing
 * accreditation records, checked row by row in plain Java ({@link uk.facilitate.imports.CsvFile},
 * {@link uk.facilitate.imports.StaffCsv}, {@link uk.facilitate.imports.AccreditationCsv}) and then
 * written all-or-nothing in one transaction by {@link uk.facilitate.imports.ImportService}.
 */
package uk.facilitate.imports;
