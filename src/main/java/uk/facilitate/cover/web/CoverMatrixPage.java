package uk.facilitate.cover.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.cover.CoverColumn;
import uk.facilitate.cover.CoverMatrix;
import uk.facilitate.cover.CoverService;
import uk.facilitate.qualification.service.VerdictView;
import uk.facilitate.shared.Today;
import uk.facilitate.web.Pages;

/** {@code /cover/matrix.xhtml}: the cover matrix on a date, its filters, a cell's people and their verdicts. */
@Named("coverMatrix")
@ViewScoped
public class CoverMatrixPage extends ProgrammeLevelLocality {

    private transient Optional<String> localityScope;

    private static final long serialVersionUID = 1L;

    @Inject
    private Today today;

    @Inject
    private CoverService cover;

    private LocalDate on;
    private Long organisationId;

    /** Recomputed after deserialisation rather than kept in the session. */
    private transient CoverMatrix matrix;
    private transient CoverService.CellDetail cell;
    private int openRow = -1;
    private int openColumn = -1;
    private transient VerdictView verdict;
    private Long verdictStaffId;

    @PostConstruct
    void init() {
        on = today.date();
        show();
    }

    /** Applies the date and filters. */
    public void show() {
        matrix = Pages.attempt(() -> cover.matrix(on, filters()));
        cell = null;
        verdict = null;
    }

    /** Opens the drill-down of one cell. */
    public void open(int row, int column) {
        CoverMatrix m = getMatrix();
        openRow = row;
        openColumn = column;
        verdict = null;
        verdictStaffId = null;
        cell = Pages.attempt(() -> cover.cell(on, m.rows().get(row).programmeId(), m.rows().get(row).needLevel().number(),
                m.columns().get(column).id(), filters()));
    }

    /** Shows why one person in the open cell is (or is not) qualified. */
    public void explain(long staffId) {
        CoverService.CellDetail detail = getCell();
        verdictStaffId = staffId;
        verdict = Pages.attempt(() -> VerdictView.of(cover.verdict(staffId, detail.row().programmeId(),
                detail.row().needLevel().number(), on)));
    }

    private CoverService.Filters filters() {
        return new CoverService.Filters(programmeId, needLevel, localityId, organisationId, false);
    }

    public CoverMatrix getMatrix() {
        if (matrix == null) {
            matrix = Pages.attempt(() -> cover.matrix(on, filters()));
        }
        return matrix;
    }

    public List<Integer> getRowIndexes() {
        CoverMatrix m = getMatrix();
        return m == null ? List.of() : IntStream.range(0, m.rows().size()).boxed().toList();
    }

    public List<Integer> getColumnIndexes() {
        CoverMatrix m = getMatrix();
        return m == null ? List.of() : IntStream.range(0, m.columns().size()).boxed().toList();
    }

    public CoverMatrix.Cell cell(int row, int column) {
        return getMatrix().cell(row, column);
    }

    /**
     * "2 of 2 · Lapsing soon (1 lapsing) · 3 renewals to book" — the numbers and the words, so colour is
     * never the only signal; renewals falling due are work to book, not a colour.
     */
    public String cellText(int row, int column) {
        CoverMatrix.Cell c = cell(row, column);
        return (c.expected() == null ? "" : c.expected() + " expected · ")
                + c.count() + (c.expected() == null ? "" : " on records held")
                + (c.target() == null ? "" : " of " + c.target()) + " · " + c.status().label()
                + (c.lapsing() > 0 ? " (" + c.lapsing() + " lapsing)" : "")
                + (c.renewing() > 0 ? " · " + c.renewing() + (c.renewing() == 1 ? " renewal" : " renewals") + " to book" : "");
    }

    /** What a screen reader says for a cell's link. */
    public String cellLabel(int row, int column) {
        CoverMatrix m = getMatrix();
        return m.rows().get(row).label() + " in " + m.columns().get(column).name() + ": " + cellText(row, column)
                + ". Show the facilitators";
    }

    public CoverService.CellDetail getCell() {
        if (cell == null && openRow >= 0) {
            open(openRow, openColumn);
        }
        return cell;
    }

    public VerdictView getVerdict() {
        if (verdict == null && verdictStaffId != null) {
            explain(verdictStaffId);
        }
        return verdict;
    }

    public Long getVerdictStaffId() {
        return verdictStaffId;
    }

    public List<Programme> getProgrammes() {
        return cover.programmes();
    }

    public List<CoverColumn> getLocalities() {
        return cover.localities();
    }

    /** Why a coordinator sees only some localities; {@code null} for managers. */
    public String getLocalityScope() {
        if (localityScope == null) {
            localityScope = Optional.ofNullable(cover.localityScope());
        }
        return localityScope.orElse(null);
    }

    public Map<Long, String> getOrganisations() {
        return cover.organisations();
    }

    public List<Integer> getNeedLevels() {
        return List.of(1, 2, 3, 4);
    }

    public int getLapseWarningDays() {
        return cover.lapseWarningDays();
    }

    public String getExportName() {
        return "cover-" + on;
    }

    public LocalDate getOn() {
        return on;
    }

    /** Whether the date asked is after today, where the held counts miss routine renewals. */
    public boolean isFuture() {
        return on != null && on.isAfter(today.date());
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }
}
