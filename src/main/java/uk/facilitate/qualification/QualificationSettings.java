package uk.facilitate.qualification;

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
        boolean requireVerifiedChecks) {

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
        return new QualificationSettings(36, 36, 3, true, null, true);
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
