package uk.facilitate.staff;

/** A practitioner's role or profession, in the children's workforce's own terms. */
public enum StaffRole {
    HEALTH_VISITOR("Health visitor"),
    MIDWIFE("Midwife"),
    FAMILY_SUPPORT_WORKER("Family support worker"),
    CHILDRENS_CENTRE_WORKER("Children's centre worker"),
    PARENTING_PRACTITIONER("Parenting practitioner"),
    CAMHS_CLINICIAN("CAMHS clinician"),
    SOCIAL_WORKER("Social worker"),
    EARLY_YEARS_PRACTITIONER("Early years practitioner"),
    SCHOOL_NURSE("School nurse"),
    TEACHER("Teacher"),
    VOLUNTEER("Volunteer"),
    MANAGER("Manager"),
    OTHER("Other");

    private final String label;

    StaffRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
