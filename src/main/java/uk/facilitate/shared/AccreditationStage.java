package uk.facilitate.shared;

/**
 * Where a practitioner stands on a programme's training path. Only {@link #ACCREDITED}
 * (and, where the programme allows provisional delivery, {@link #TRAINED}) can qualify.
 */
public enum AccreditationStage {
    ENROLLED,
    TRAINED,
    ACCREDITED,
    LAPSED,
    REVOKED;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }
}
