package uk.facilitate.cover.web;

import static uk.facilitate.platform.Text.blankToNull;

import java.io.Serializable;

/**
 * The programme and need level a cover page is asked about, chosen in the same two menus wherever they appear;
 * "choose one" (a blank) is no choice.
 */
public abstract class ProgrammeAndLevel implements Serializable {

    private static final long serialVersionUID = 1L;

    protected String programmeId;
    protected Integer needLevel;

    public String getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(String programmeId) {
        this.programmeId = blankToNull(programmeId);
    }

    public Integer getNeedLevel() {
        return needLevel;
    }

    public void setNeedLevel(Integer needLevel) {
        this.needLevel = needLevel;
    }
}
