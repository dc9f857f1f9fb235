package uk.facilitate.cover;

import java.time.LocalDate;
import java.util.List;

/**
 * The cover matrix on several dates, the cells that fall below target between two of them with the
 * reasons, and each programme's number of qualified facilitators on each date (for a chart).
 */
public final class CoverForecast {

    /** A fall in one cell, with its sentence: "South / Incredible Years level 3: 2 → 0 on 15/02/2027 (target 2): …". */
    public record CellFall(CoverRow row, CoverColumn column, ForecastExplainer.Fall fall) {
        public String text() {
            return column.name() + " / " + row.programmeName() + " level " + row.needLevel().number() + ": "
                    + fall.describe();
        }
    }

    /** One programme's qualified facilitators (each person once) on each forecast date. */
    public record ProgrammeSeries(String programmeId, String programmeName, int[] counts) {
    }

    private final List<LocalDate> dates;
    private final List<CoverRow> rows;
    private final List<CoverColumn> columns;
    private final boolean bySetting;
    private final int[] counts;
    private final Integer[] targets;
    private final List<CellFall> falls;
    private final int fallingCells;
    private final List<ProgrammeSeries> programmeTotals;

    CoverForecast(List<LocalDate> dates, List<CoverRow> rows, List<CoverColumn> columns, boolean bySetting, int[] counts,
                  Integer[] targets, List<CellFall> falls, int fallingCells, List<ProgrammeSeries> programmeTotals) {
        this.dates = List.copyOf(dates);
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.bySetting = bySetting;
        this.counts = counts;
        this.targets = targets;
        this.falls = List.copyOf(falls);
        this.fallingCells = fallingCells;
        this.programmeTotals = List.copyOf(programmeTotals);
    }

    public List<LocalDate> dates() {
        return dates;
    }

    public List<CoverRow> rows() {
        return rows;
    }

    public List<CoverColumn> columns() {
        return columns;
    }

    public int count(int row, int column, int dateIndex) {
        return counts[(row * columns.size() + column) * dates.size() + dateIndex];
    }

    public Integer target(int row, int column) {
        return targets[row * columns.size() + column];
    }

    public List<CellFall> falls() {
        return falls;
    }

    /** Cells that fall at least once; their falls are all in {@link #falls()} unless there are more than the cap. */
    public int fallingCells() {
        return fallingCells;
    }

    public List<ProgrammeSeries> programmeTotals() {
        return programmeTotals;
    }

    /** Compact JSON: per row, the targets by column and the counts by column and date. */
    public String toJson() {
        return CoverJson.object(256 + counts.length * 3, json -> {
            json.writeStartArray("dates");
            dates.forEach(date -> json.write(date.toString()));
            json.writeEnd();
            CoverJson.columns(json, bySetting, columns);
            json.writeStartArray("rows");
            for (int r = 0; r < rows.size(); r++) {
                CoverJson.rowHead(json, rows.get(r));
                json.writeStartArray("targets");
                for (int c = 0; c < columns.size(); c++) {
                    Integer target = target(r, c);
                    if (target == null) {
                        json.writeNull();
                    } else {
                        json.write(target);
                    }
                }
                json.writeEnd().writeStartArray("counts");
                for (int c = 0; c < columns.size(); c++) {
                    json.writeStartArray();
                    for (int k = 0; k < dates.size(); k++) {
                        json.write(count(r, c, k));
                    }
                    json.writeEnd();
                }
                json.writeEnd().writeEnd();
            }
            json.writeEnd();
            json.write("fallingCells", fallingCells).write("explainedFallingCells", falls.stream()
                    .map(f -> f.row().programmeId() + ":" + f.row().needLevel() + ":" + f.column().id()).distinct().count());
            json.writeStartArray("falls");
            for (CellFall f : falls) {
                ForecastExplainer.Fall fall = f.fall();
                json.writeStartObject();
                CoverJson.nullable(json, "programme", f.row().programmeId());
                json.write("needLevel", f.row().needLevel().number()).write("columnId", f.column().id());
                CoverJson.nullable(json, "columnName", f.column().name());
                json.write("target", fall.target()).write("fromDate", fall.fromDate().toString())
                        .write("fromCount", fall.fromCount()).write("toDate", fall.toDate().toString())
                        .write("toCount", fall.toCount());
                CoverJson.nullable(json, "belowTargetOn", (Object) fall.belowTargetOn());
                json.writeStartArray("reasons");
                for (ForecastExplainer.Reason reason : fall.reasons()) {
                    json.writeStartObject().writeStartArray("causes");
                    reason.causes().forEach(cause -> json.write(cause.name()));
                    json.writeEnd().write("endKind", reason.kind().name()).write("people", reason.people())
                            .writeStartArray("firstDaysWithout");
                    reason.firstDaysWithout().forEach(day -> json.write(day.toString()));
                    json.writeEnd();
                    CoverJson.nullable(json, "text", reason.text());
                    json.writeEnd();
                }
                json.writeEnd();
                CoverJson.nullable(json, "text", f.text());
                json.writeEnd();
            }
            json.writeEnd().writeStartArray("programmeTotals");
            for (ProgrammeSeries series : programmeTotals) {
                json.writeStartObject();
                CoverJson.nullable(json, "programme", series.programmeId());
                CoverJson.nullable(json, "programmeName", series.programmeName());
                json.writeStartArray("counts");
                for (int count : series.counts()) {
                    json.write(count);
                }
                json.writeEnd().writeEnd();
            }
            json.writeEnd();
        });
    }
}
