/** Platform plumbing shared by every feature: datasource, schema migration, health, security and audit. */
package uk.facilitate.platform;
