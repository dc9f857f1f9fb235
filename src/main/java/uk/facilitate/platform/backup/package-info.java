/** Consistent backups (database snapshot, evidence files, checksummed manifest) and their restore into an empty instance. */
package uk.facilitate.platform.backup;
