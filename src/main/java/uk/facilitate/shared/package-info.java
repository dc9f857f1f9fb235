/**
 * Words every feature shares and nothing else: need levels, accreditation stages, supervision kinds, the
 * borough's today, the failures users are told about, and the events by which writers announce changes.
 * Plain Java; depends on no other package of the app.
 */
package uk.facilitate.shared;
