package uk.facilitate.cover;

import java.time.LocalDate;
import java.util.List;
import uk.facilitate.qualification.Rule;

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
        StringBuilder json = new StringBuilder(256 + counts.length * 3);
        json.append("{\"dates\":[");
        for (int k = 0; k < dates.size(); k++) {
            json.append(k == 0 ? "\"" : ",\"").append(dates.get(k)).append('"');
        }
        json.append("],");
        Json.columns(json, bySetting, columns);
        json.append(",\"rows\":[");
        for (int r = 0; r < rows.size(); r++) {
            Json.rowHead(json, r == 0, rows.get(r));
            json.append(",\"targets\":[");
            for (int c = 0; c < columns.size(); c++) {
                json.append(c == 0 ? "" : ",").append(target(r, c));
            }
            json.append("],\"counts\":[");
            for (int c = 0; c < columns.size(); c++) {
                json.append(c == 0 ? "[" : ",[");
                for (int k = 0; k < dates.size(); k++) {
                    json.append(k == 0 ? "" : ",").append(count(r, c, k));
                }
                json.append(']');
            }
            json.append("]}");
        }
        json.append("],\"fallingCells\":").append(fallingCells).append(",\"explainedFallingCells\":")
                .append(falls.stream().map(f -> f.row().programmeId() + ":" + f.row().needLevel() + ":" + f.column().id())
                        .distinct().count())
                .append(",\"falls\":[");
        for (int i = 0; i < falls.size(); i++) {
            CellFall f = falls.get(i);
            ForecastExplainer.Fall fall = f.fall();
            json.append(i == 0 ? "" : ",").append("{\"programme\":");
            Json.string(json, f.row().programmeId());
            json.append(",\"needLevel\":").append(f.row().needLevel().number())
                    .append(",\"columnId\":").append(f.column().id()).append(",\"columnName\":");
            Json.string(json, f.column().name());
            json.append(",\"target\":").append(fall.target())
                    .append(",\"fromDate\":\"").append(fall.fromDate()).append("\",\"fromCount\":").append(fall.fromCount())
                    .append(",\"toDate\":\"").append(fall.toDate()).append("\",\"toCount\":").append(fall.toCount())
                    .append(",\"belowTargetOn\":")
                    .append(fall.belowTargetOn() == null ? "null" : "\"" + fall.belowTargetOn() + "\"")
                    .append(",\"reasons\":[");
            for (int j = 0; j < fall.reasons().size(); j++) {
                ForecastExplainer.Reason reason = fall.reasons().get(j);
                json.append(j == 0 ? "" : ",").append("{\"causes\":[");
                List<Rule> causes = reason.causes();
                for (int x = 0; x < causes.size(); x++) {
                    json.append(x == 0 ? "\"" : ",\"").append(causes.get(x).name()).append('"');
                }
                json.append("],\"people\":").append(reason.people()).append(",\"firstDaysWithout\":[");
                for (int x = 0; x < reason.firstDaysWithout().size(); x++) {
                    json.append(x == 0 ? "\"" : ",\"").append(reason.firstDaysWithout().get(x)).append('"');
                }
                json.append("],\"text\":");
                Json.string(json, reason.text());
                json.append('}');
            }
            json.append("],\"text\":");
            Json.string(json, f.text());
            json.append('}');
        }
        json.append("],\"programmeTotals\":[");
        for (int i = 0; i < programmeTotals.size(); i++) {
            ProgrammeSeries series = programmeTotals.get(i);
            json.append(i == 0 ? "" : ",").append("{\"programme\":");
            Json.string(json, series.programmeId());
            json.append(",\"programmeName\":");
            Json.string(json, series.programmeName());
            json.append(",\"counts\":[");
            for (int k = 0; k < series.counts().length; k++) {
                json.append(k == 0 ? "" : ",").append(series.counts()[k]);
            }
            json.append("]}");
        }
        return json.append("]}").toString();
    }
}
