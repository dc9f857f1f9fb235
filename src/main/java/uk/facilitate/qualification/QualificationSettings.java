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
 */
public record QualificationSettings(
        int dbsRecheckMonths,
        int safeguardingRefreshMonths,
        int minimumSafeguardingLevel,
        boolean requireVerifiedAccreditation) {

    /** DBS re-check every 3 years, safeguarding level 3 refreshed every 3 years, verified records only. */
    public static QualificationSettings defaults() {
        return new QualificationSettings(36, 36, 3, true);
    }
}
