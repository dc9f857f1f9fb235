package uk.facilitate.staff;

import java.io.Serializable;

/** A person as offered when choosing someone by search: "Jade Bennett (WBC10234)". */
public record StaffChoice(long id, String label) implements Serializable {

    /** For EL, which in Jakarta EE 10 reads JavaBean getters, not record accessors. */
    public long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }
}
