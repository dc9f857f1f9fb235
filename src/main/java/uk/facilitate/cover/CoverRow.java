package uk.facilitate.cover;

import uk.facilitate.shared.NeedLevel;

/** A row of the cover matrix: a facilitated programme at one need level it serves. */
public record CoverRow(String programmeId, String programmeName, NeedLevel needLevel) {

    /** "Incredible Years, need level 3 (complex)". */
    public String label() {
        return programmeName + ", " + needLevel.describe();
    }
}
