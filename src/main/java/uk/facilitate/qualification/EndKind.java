package uk.facilitate.qualification;

import java.util.Collection;

/**
 * The two kinds of lapse boroughs plan on. Today's verdict treats both alike (the person is not
 * qualified once either happens); planning views tell them apart, because a renewal is routine work
 * to book while a hard end needs training, re-accreditation or another person.
 */
public enum EndKind {
    /** Accreditation expires, the person leaves, their professional level or the programme's levels no longer fit. */
    HARD("hard end"),
    /** Only routine renewals fall due: supervision, a DBS re-check, a safeguarding refresh. */
    RENEWAL("renewal due");

    private final String label;

    EndKind(String label) {
        this.label = label;
    }

    /** "hard end" or "renewal due". */
    public String label() {
        return label;
    }

    /** {@link #of(Collection, Collection)} with the default renewals: supervision, DBS and safeguarding. */
    public static EndKind of(Collection<Rule> causes) {
        return of(causes, QualificationSettings.RENEWABLE_BY_DEFAULT);
    }

    /**
     * A run ended by several rules at once is a hard end if any of them is one: renewing the rest is not enough.
     * {@code renewable} are the rules the borough treats as routine renewals.
     */
    public static EndKind of(Collection<Rule> causes, Collection<Rule> renewable) {
        if (causes.isEmpty()) {
            throw new IllegalArgumentException("An end needs a cause");
        }
        return renewable.containsAll(causes) ? RENEWAL : HARD;
    }
}
