package uk.facilitate.qualification;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Borough-wide settings the rules depend on (the documents leave these to the employer).
 *
 * @param dbsRecheckMonths              months after issue that an enhanced DBS check must be
 *                                      renewed, unless the person is on the Update Service
 * @param safeguardingRefreshMonths     months a safeguarding training stays current
 * @param minimumSafeguardingLevel      lowest safeguarding level that counts
 * @param requireVerifiedAccreditation  whether an accreditation must be verified by a manager
 *                                      before it qualifies
 * @param supervisionIntervalDays       the borough's own supervision policy: longest gap allowed
 *                                      between supervision sessions for a programme whose catalogue
 *                                      entry sets no interval; {@code null} = no such policy (the
 *                                      source documents give no interval, so there is no default)
 * @param requireVerifiedChecks         whether DBS checks, safeguarding trainings and supervision
 *                                      sessions people enter for themselves count only once a manager
 *                                      has verified them
 */
public record QualificationSettings(
        int dbsRecheckMonths,
        int safeguardingRefreshMonths,
        int minimumSafeguardingLevel,
        boolean requireVerifiedAccreditation,
        Integer supervisionIntervalDays,
        boolean requireVerifiedChecks,
        Set<Rule> renewable) {

    /** Supervision, DBS re-checks and safeguarding refreshes: routine renewals unless the borough says otherwise. */
    public static final Set<Rule> RENEWABLE_BY_DEFAULT = Collections.unmodifiableSet(EnumSet.copyOf(
            Arrays.stream(Rule.values()).filter(Rule::renewable).toList()));

    /**
     * @param renewable the conditions the borough plans on as routine renewals (a subset of supervision, DBS and
     *                  safeguarding): a lapse of one is "renewal due" and the expected basis assumes it is renewed
     *                  on schedule; the others are hard ends
     */
    public QualificationSettings {
        renewable = renewable.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(renewable));
        for (Rule rule : renewable) {
            if (!rule.renewable()) {
                throw new IllegalArgumentException(rule.label() + " is never a routine renewal");
            }
        }
    }

    /** Settings with the default renewals. */
    public QualificationSettings(int dbsRecheckMonths, int safeguardingRefreshMonths, int minimumSafeguardingLevel,
                                 boolean requireVerifiedAccreditation, Integer supervisionIntervalDays,
                                 boolean requireVerifiedChecks) {
        this(dbsRecheckMonths, safeguardingRefreshMonths, minimumSafeguardingLevel, requireVerifiedAccreditation,
                supervisionIntervalDays, requireVerifiedChecks, RENEWABLE_BY_DEFAULT);
    }

    public QualificationSettings(int dbsRecheckMonths, int safeguardingRefreshMonths, int minimumSafeguardingLevel,
                                 boolean requireVerifiedAccreditation) {
        this(dbsRecheckMonths, safeguardingRefreshMonths, minimumSafeguardingLevel, requireVerifiedAccreditation, null);
    }

    /** Settings with verified checks required, the default. */
    public QualificationSettings(int dbsRecheckMonths, int safeguardingRefreshMonths, int minimumSafeguardingLevel,
                                 boolean requireVerifiedAccreditation, Integer supervisionIntervalDays) {
        this(dbsRecheckMonths, safeguardingRefreshMonths, minimumSafeguardingLevel, requireVerifiedAccreditation,
                supervisionIntervalDays, true);
    }

    /**
     * DBS re-check every 3 years, safeguarding level 3 refreshed every 3 years, verified records
     * and checks only, no borough-wide supervision interval.
     */
    public static QualificationSettings defaults() {
        return new QualificationSettings(36, 36, 3, true, null, true, RENEWABLE_BY_DEFAULT);
    }

    /** The programme's rules with the borough's supervision policy applied where the catalogue is silent. */
    public ProgrammeRules applyTo(ProgrammeRules programme) {
        if (supervisionIntervalDays == null || programme.supervisionMaxIntervalDays() != null) {
            return programme;
        }
        return new ProgrammeRules(programme.programmeId(), programme.programmeName(), programme.needLevels(),
                programme.minimumProfessionalLevel(), programme.accreditationValidityMonths(),
                programme.provisionalDeliveryWhenTrained(), supervisionIntervalDays, programme.supervisionKinds());
    }
}
