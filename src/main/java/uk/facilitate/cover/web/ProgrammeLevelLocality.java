package uk.facilitate.cover.web;

/**
 * The programme, need level and locality a cover page is asked about (the coordinates of a cover cell), chosen
 * in the same three menus on the matrix, the targets and "Can we run it?".
 */
public abstract class ProgrammeLevelLocality extends ProgrammeAndLevel {

    private static final long serialVersionUID = 1L;

    protected Long localityId;

    public Long getLocalityId() {
        return localityId;
    }

    public void setLocalityId(Long localityId) {
        this.localityId = localityId;
    }
}
