package odsim.web;

import java.util.ArrayList;
import java.util.List;
import odsim.results.Aggregated;
import odsim.results.Measure;
import odsim.results.Period;
import odsim.results.RunResult;
import odsim.results.Statistics;

/**
 * The baseline's overdose deaths per month and per year over its replications: the mean, and the
 * 2.5th and 97.5th percentiles of the replications (as the report's bands are), to draw behind a
 * run. A year's band comes from each replication's year, not from the months' bands.
 */
record Band(String scenario, int replications, Stats month, Stats year, double totalMean) {
    /** Per period: its first day, the mean over replications, the 2.5th and 97.5th percentiles. */
    record Stats(List<String> starts, double[] mean, double[] low, double[] high) {}

    static Band of(String scenario, List<RunResult> runs) {
        double total = runs.stream().mapToDouble(r -> r.total(Measure.OVERDOSE_DEATHS)).average().orElse(0);
        return new Band(scenario, runs.size(), stats(runs, Period.MONTH), stats(runs, Period.YEAR), total);
    }

    private static Stats stats(List<RunResult> runs, Period period) {
        List<Aggregated> monthly = runs.stream().map(r -> Aggregated.of(r, period)).toList();
        int n = monthly.get(0).periodStarts().size();
        double[] mean = new double[n], low = new double[n], high = new double[n];
        for (int k = 0; k < n; k++) {
            double[] values = new double[runs.size()];
            for (int r = 0; r < values.length; r++) values[r] = monthly.get(r).series(Measure.OVERDOSE_DEATHS)[k];
            Statistics s = Statistics.of(values);
            mean[k] = s.mean();
            low[k] = s.p025();
            high[k] = s.p975();
        }
        List<String> months = new ArrayList<>();
        for (var d : monthly.get(0).periodStarts()) months.add(d.toString());
        return new Stats(months, mean, low, high);
    }
}
