/** User accounts: administrators create them, set roles, link them to a member of staff and disable them. */
package uk.facilitate.accounts;
