package odsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import odsim.results.Csv;
import odsim.results.Statistics;

/**
 * {@code report.csv}: every number the report shows, tables and charts alike, one per row, so a
 * researcher can redo any of them. {@code section} names the table or chart; {@code interval}
 * says what {@code lower} and {@code upper} are.
 */
public final class ReportCsv {
    public static final String HEADER = "section,scenario,item,x,unit,value,lower,upper,interval";
    public static final String CI = "95% CI of the mean over paired replications";
    public static final String RANGE = "2.5th to 97.5th percentile of replications";
    public static final String ENSEMBLE = "95% uncertainty interval: 2.5th to 97.5th percentile of runs over the ensemble";
    private final List<String> rows = new ArrayList<>(List.of(HEADER));
    /** What a {@link Statistics}' interval is in this report: {@link #CI}, or over an ensemble {@link #ENSEMBLE}. */
    private final String interval;

    public ReportCsv(odsim.results.Uncertainty uncertainty) {
        interval = uncertainty == odsim.results.Uncertainty.CHANCE ? CI : ENSEMBLE;
    }

    /** What the intervals of {@link Statistics} in this report are. */
    public String interval() {
        return interval;
    }

    public void add(String section, String scenario, String item, String x, String unit, double value, double lower,
                    double upper, String interval) {
        rows.add(String.join(",", Csv.text(section), Csv.text(scenario), Csv.text(item), Csv.text(x), Csv.text(unit),
                Csv.number(value), Csv.number(lower), Csv.number(upper), Double.isNaN(lower) ? "" : Csv.text(interval)));
    }

    public void add(String section, String scenario, String item, String unit, Statistics s) {
        add(section, scenario, item, "", unit, s.mean(), s.lower95(), s.upper95(), interval);
    }

    public void add(String section, String scenario, String item, String unit, double value) {
        add(section, scenario, item, "", unit, value, Double.NaN, Double.NaN, "");
    }

    public void write(Path file) throws IOException {
        odsim.results.AtomicFile.writeLines(file, rows);
    }

    public List<String> rows() {
        return List.copyOf(rows);
    }
}
