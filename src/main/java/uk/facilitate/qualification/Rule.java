package uk.facilitate.qualification;

/**
 * The requirements a practitioner must all meet to facilitate a programme at a need level, in
 * the order verdicts list them. The phrases name what happens on the day a rule stops or starts
 * being met, for "qualified until …: accreditation expires".
 */
public enum Rule {
    STAFF_ACTIVE("In post", "leaves post", "starts in post", false),
    NEED_LEVEL_SERVED("Programme serves the need level",
            "programme stops serving the need level", "programme serves the need level", false),
    ACCREDITATION_CURRENT("Accreditation current", "accreditation expires", "accreditation starts", false),
    PROFESSIONAL_LEVEL("Professional level", "professional level no longer enough",
            "professional level enough", false),
    SUPERVISION_CURRENT("Supervision up to date", "supervision falls due", "supervision recorded", true),
    DBS_CURRENT("DBS check current", "DBS check due for renewal", "DBS check issued", true),
    SAFEGUARDING_CURRENT("Safeguarding training current", "safeguarding training due for refresh",
            "safeguarding training completed", true);

    private final String label;
    private final String whenLost;
    private final String whenGained;
    private final boolean renewable;

    Rule(String label, String whenLost, String whenGained, boolean renewable) {
        this.label = label;
        this.whenLost = whenLost;
        this.whenGained = whenGained;
        this.renewable = renewable;
    }

    /**
     * Whether losing this rule can be a routine renewal falling due (supervision, a DBS re-check, a
     * safeguarding refresh: booked and renewed as a matter of course) rather than a hard end. Which of
     * these a borough treats as renewals is its setting ({@link QualificationSettings#renewable()}).
     */
    public boolean renewable() {
        return renewable;
    }

    /** Short name for a column heading or checklist, e.g. "DBS check current". */
    public String label() {
        return label;
    }

    /** What happens on the first day the rule is no longer met, e.g. "accreditation expires". */
    public String whenLost() {
        return whenLost;
    }

    /** What happens on the first day the rule is met again, e.g. "accreditation starts". */
    public String whenGained() {
        return whenGained;
    }
}
