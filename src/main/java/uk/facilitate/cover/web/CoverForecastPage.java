package uk.facilitate.cover.web;

import static uk.facilitate.platform.Text.blankToNull;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.cover.CoverColumn;
import uk.facilitate.cover.CoverForecast;
import uk.facilitate.cover.CoverJson;
import uk.facilitate.cover.CoverService;
import uk.facilitate.cover.CoverWording;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.shared.Today;
import uk.facilitate.web.Pages;

/**
 * {@code /cover/forecast.xhtml}: cover on later dates, the cells that fall below target and why, and
 * a chart of each programme's qualified facilitators over the next 12 months.
 */
@Named("coverForecast")
@ViewScoped
public class CoverForecastPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Today today;

    @Inject
    private CoverService cover;

    private LocalDate from;
    private LocalDate to;
    private int stepDays = 30;
    private String programmeId;
    private Long localityId;
    private transient CoverForecast forecast;
    private transient CoverForecast year;

    /** A forecast date and how many cells are below target on it. */
    public record DateSummary(LocalDate date, int belowTarget, int cells) {
    }

    @PostConstruct
    void init() {
        from = today.date();
        to = from.plusDays(180);
        show();
    }

    public void show() {
        forecast = Pages.attempt(() -> cover.forecast(dates(), filters()));
        year = Pages.attempt(() -> cover.forecast(monthly(), filters()));
    }

    private List<LocalDate> dates() {
        if (from == null || to == null || to.isBefore(from)) {
            throw InvalidInput.of("to", "Give a first and last date, the last on or after the first");
        }
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to) && dates.size() <= CoverService.MAX_FORECAST_DATES; d = d.plusDays(stepDays)) {
            dates.add(d);
        }
        return dates;
    }

    private List<LocalDate> monthly() {
        LocalDate start = today.date();
        List<LocalDate> dates = new ArrayList<>();
        for (int m = 0; m <= 12; m++) {
            dates.add(start.plusMonths(m));
        }
        return dates;
    }

    private CoverService.Filters filters() {
        return new CoverService.Filters(programmeId, null, localityId, null, false);
    }

    public CoverForecast getForecast() {
        if (forecast == null) {
            forecast = Pages.attempt(() -> cover.forecast(dates(), filters()));
        }
        return forecast;
    }

    public List<DateSummary> getSummary() {
        CoverForecast f = getForecast();
        List<DateSummary> summary = new ArrayList<>();
        if (f == null) {
            return summary;
        }
        for (int k = 0; k < f.dates().size(); k++) {
            int below = 0;
            int cells = 0;
            for (int r = 0; r < f.rows().size(); r++) {
                for (int c = 0; c < f.columns().size(); c++) {
                    Integer target = f.target(r, c);
                    cells++;
                    below += target != null && f.count(r, c, k) < target ? 1 : 0;
                }
            }
            summary.add(new DateSummary(f.dates().get(k), below, cells));
        }
        return summary;
    }

    /** Chart.js configuration for {@code p:chart}: one line per programme over the next 12 months. */
    public String getChart() {
        if (year == null) {
            year = Pages.attempt(() -> cover.forecast(monthly(), filters()));
        }
        if (year == null) {
            return "{}";
        }
        CoverForecast forecast = year;
        return CoverJson.object(2048, json -> {
            json.write("type", "line").writeStartObject("data").writeStartArray("labels");
            forecast.dates().forEach(date -> json.write(CoverWording.date(date)));
            json.writeEnd().writeStartArray("datasets");
            for (CoverForecast.ProgrammeSeries series : forecast.programmeTotals()) {
                json.writeStartObject();
                CoverJson.nullable(json, "label", series.programmeName());
                json.write("fill", false).write("tension", 0.1).writeStartArray("data");
                for (int count : series.counts()) {
                    json.write(count);
                }
                json.writeEnd().writeEnd();
            }
            json.writeEnd().writeEnd();
            json.writeStartObject("options").write("responsive", true)
                    .writeStartObject("plugins").writeStartObject("title").write("display", true)
                    .write("text", "Qualified facilitators per programme, next 12 months").writeEnd().writeEnd()
                    .writeStartObject("scales").writeStartObject("y").write("beginAtZero", true)
                    .writeStartObject("title").write("display", true).write("text", "Facilitators").writeEnd()
                    .writeEnd().writeEnd().writeEnd();
        });
    }

    public List<CoverForecast.ProgrammeSeries> getYearSeries() {
        getChart();
        return year == null ? List.of() : year.programmeTotals();
    }

    public List<LocalDate> getYearDates() {
        getChart();
        return year == null ? List.of() : year.dates();
    }

    public List<Programme> getProgrammes() {
        return cover.programmes();
    }

    public List<CoverColumn> getLocalities() {
        return cover.localities();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public int getStepDays() {
        return stepDays;
    }

    public void setStepDays(int stepDays) {
        this.stepDays = stepDays;
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(String programmeId) {
        this.programmeId = blankToNull(programmeId);
    }

    public Long getLocalityId() {
        return localityId;
    }

    public void setLocalityId(Long localityId) {
        this.localityId = localityId;
    }
}
