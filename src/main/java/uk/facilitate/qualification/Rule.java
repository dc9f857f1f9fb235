package uk.facilitate.qualification;

/**
 * The requirements a practitioner must all meet to facilitate a programme at a need level, in
 * the order verdicts list them. The phrases name what happens on the day a rule stops or starts
 * being met, for "qualified until …: accreditation expires".
 */
public enum Rule {
    STAFF_ACTIVE("In post", "leaves post", "starts in post"),
    NEED_LEVEL_SERVED("Programme serves the need level",
            "programme stops serving the need level", "programme serves the need level"),
    ACCREDITATION_CURRENT("Accreditation current", "accreditation expires", "accreditation starts"),
    PROFESSIONAL_LEVEL("Professional level", "professional level no longer enough",
            "professional level enough"),
    SUPERVISION_CURRENT("Supervision up to date", "supervision falls due", "supervision recorded"),
    DBS_CURRENT("DBS check current", "DBS check due for renewal", "DBS check issued"),
    SAFEGUARDING_CURRENT("Safeguarding training current", "safeguarding training due for refresh",
            "safeguarding training completed");

    private final String label;
    private final String whenLost;
    private final String whenGained;

    Rule(String label, String whenLost, String whenGained) {
        this.label = label;
        this.whenLost = whenLost;
        this.whenGained = whenGained;
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
