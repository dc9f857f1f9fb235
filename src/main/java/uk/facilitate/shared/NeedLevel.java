package uk.facilitate.shared;

import java.util.Arrays;

/**
 * The four tiers of family need used by the partnerships' parenting strategies
 * (Islington Parenting Support Strategy 2008–2011): 1 universal … 4 specialist.
 */
public enum NeedLevel {
    UNIVERSAL(1, "Universal"),
    TARGETED(2, "Targeted"),
    COMPLEX(3, "Complex"),
    SPECIALIST(4, "Specialist");

    private final int number;
    private final String label;

    NeedLevel(int number, String label) {
        this.number = number;
        this.label = label;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    /** "need level 3 (complex)" — as users say it. */
    public String describe() {
        return "need level " + number + " (" + label.toLowerCase() + ")";
    }

    public static NeedLevel of(int number) {
        return Arrays.stream(values())
                .filter(level -> level.number == number)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Need level must be 1, 2, 3 or 4 (was " + number + ")"));
    }
}
