package odsim.experiment.sweep;

import java.time.LocalDate;
import java.util.List;
import odsim.results.Aggregated;
import odsim.results.Csv;
import odsim.results.Period;
import odsim.results.RunResult;

/**
 * The rows one run contributes to {@code results.csv}: for each chosen measure, its value in each
 * calendar year and over the whole horizon ({@code total}): flows summed, stocks averaged over
 * days. Columns: point, replication, seed, one per swept parameter, period, measure, value.
 */
public final class RunRows {
    private RunRows() {}

    public static String header(List<String> parameterPaths) {
        StringBuilder sb = new StringBuilder("point,replication,seed");
        for (String p : parameterPaths) sb.append(',').append(Csv.text(p));
        return sb.append(",period,measure,value").toString();
    }

    public static String of(Point point, int replication, RunResult run, List<String> measures) {
        return of(point, replication, run, measures, Integer.MAX_VALUE);
    }

    /**
     * The rows of a run stopped by early rejection ({@link EarlyRejection}): each measure in the
     * years up to {@code rejectedIn} only (no whole-horizon value), then one row saying so:
     * period {@code rejected}, the measure of the target out of reach, and the year as its value.
     */
    public static String rejected(Point point, int replication, RunResult run, List<String> measures, int rejectedIn, String measure) {
        return of(point, replication, run, measures, rejectedIn) + prefix(point, replication, run) + REJECTED + "," + measure + "," + rejectedIn + "\n";
    }

    /** The period of the row a run stopped by early rejection ends with. */
    public static final String REJECTED = "rejected";

    private static StringBuilder prefix(Point point, int replication, RunResult run) {
        StringBuilder prefix = new StringBuilder().append(point.index()).append(',').append(replication).append(',').append(run.seed());
        for (Level l : point.levels()) prefix.append(',').append(Csv.text(l.label()));
        return prefix.append(',');
    }

    /** Each measure by year up to {@code lastYear}, and over the whole horizon when the run reached its end ({@code lastYear} MAX_VALUE). */
    private static String of(Point point, int replication, RunResult run, List<String> measures, int lastYear) {
        StringBuilder prefix = prefix(point, replication, run);
        Aggregated years = Aggregated.of(run, Period.YEAR);
        List<LocalDate> starts = years.periodStarts();
        StringBuilder out = new StringBuilder(64 * measures.size() * (starts.size() + 1));
        for (String label : measures) {
            MeasureLabel m = MeasureLabel.of(label);
            double[] yearly = m.series(years, run);
            for (int k = 0; k < starts.size() && starts.get(k).getYear() <= lastYear; k++) {
                out.append(prefix).append(starts.get(k).getYear()).append(',').append(label).append(',')
                        .append(Csv.number(yearly[k])).append('\n');
            }
            if (lastYear == Integer.MAX_VALUE) out.append(prefix).append("total,").append(label).append(',').append(Csv.number(m.total(run))).append('\n');
        }
        return out.toString();
    }

    /**
     * Whether {@code text} is a whole run file of {@code point} and {@code replication}: every row
     * that run's, ending in a line break, and the last the whole horizon of the last measure (what
     * {@link #of} writes last). A file emptied, cut short or of another run is not.
     */
    public static boolean isWhole(String text, Point point, int replication, List<String> measures) {
        if (text.isEmpty() || !text.endsWith("\n") || measures.isEmpty()) return false;
        String prefix = point.index() + "," + replication + ",";
        String[] rows = text.split("\n", -1);
        int n = rows.length - 1; // the last element is the empty string after the final line break
        for (int k = 0; k < n; k++) if (!rows[k].startsWith(prefix)) return false;
        // A run stopped early ends with its rejected row (it has no whole-horizon values).
        if (rows[n - 1].matches(".*," + REJECTED + ",[^,]*,\\d{4}")) return (n - 1) % measures.size() == 0;
        if (n % measures.size() != 0) return false;
        return rows[n - 1].matches(".*,total," + java.util.regex.Pattern.quote(measures.get(measures.size() - 1)) + ",[^,]*");
    }

    /**
     * A chosen measure's value in one run, as {@code results.csv} has it: in calendar year
     * {@code period}, or over the whole horizon ({@code total}).
     */
    public static double value(RunResult run, String label, String period) {
        MeasureLabel m = MeasureLabel.of(label);
        if (period.equals("total")) return m.total(run);
        Aggregated years = Aggregated.of(run, Period.YEAR);
        List<LocalDate> starts = years.periodStarts();
        int year = Integer.parseInt(period);
        for (int k = 0; k < starts.size(); k++) {
            if (starts.get(k).getYear() == year) return m.series(years, run)[k];
        }
        throw new IllegalArgumentException(period + " is not a year of the run");
    }
}
