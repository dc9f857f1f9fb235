/** The page every role lands on after signing in. */
package uk.facilitate.home;
