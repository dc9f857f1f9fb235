package uk.facilitate.shared;

/** The forms of supervision a programme may require of its facilitators. */
public enum SupervisionKind {
    INDIVIDUAL("Individual"),
    GROUP("Group"),
    PEER_CONSULTATION("Peer consultation"),
    VIDEO_REVIEW("Video review");

    private final String label;

    SupervisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
