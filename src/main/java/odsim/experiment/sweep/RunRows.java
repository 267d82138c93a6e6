package odsim.experiment.sweep;

import java.time.LocalDate;
import java.util.List;
import odsim.results.Aggregated;
import odsim.results.Csv;
import odsim.results.Measure;
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
        StringBuilder prefix = new StringBuilder().append(point.index()).append(',').append(replication).append(',').append(run.seed());
        for (Level l : point.levels()) prefix.append(',').append(Csv.text(l.label()));
        prefix.append(',');
        Aggregated years = Aggregated.of(run, Period.YEAR);
        List<LocalDate> starts = years.periodStarts();
        StringBuilder out = new StringBuilder(64 * measures.size() * (starts.size() + 1));
        for (String label : measures) {
            boolean per100k = label.endsWith("_per_100k");
            Measure m = Measure.valueOf(label.substring(0, per100k ? label.length() - "_per_100k".length() : label.length())
                    .toUpperCase(java.util.Locale.ROOT));
            double factor = per100k ? 100_000 / run.regionPopulation() : 1.0;
            double[] yearly = years.series(m);
            for (int k = 0; k < starts.size(); k++) {
                out.append(prefix).append(starts.get(k).getYear()).append(',').append(label).append(',')
                        .append(Csv.number(yearly[k] * factor)).append('\n');
            }
            double total = 0;
            for (double v : run.series(m)) total += v;
            if (m.kind == Measure.Kind.STOCK) total /= run.days();
            out.append(prefix).append("total,").append(label).append(',').append(Csv.number(total * factor)).append('\n');
        }
        return out.toString();
    }
}
