package odsim.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One replication's series aggregated to calendar periods: flows summed, stocks averaged over
 * the days of the period that fall inside the horizon (the first and last period may be partial).
 */
public record Aggregated(List<LocalDate> periodStarts, double[][] values) {
    public static Aggregated of(RunResult run, Period period) {
        int days = run.days();
        List<LocalDate> starts = new ArrayList<>();
        int[] periodOfDay = new int[days];
        LocalDate current = null;
        for (int d = 0; d < days; d++) {
            LocalDate start = period.startOf(run.start().plusDays(d));
            if (!start.equals(current)) {
                starts.add(start);
                current = start;
            }
            periodOfDay[d] = starts.size() - 1;
        }
        int n = starts.size();
        double[][] values = new double[Measure.COUNT][n];
        int[] daysIn = new int[n];
        for (int d = 0; d < days; d++) daysIn[periodOfDay[d]]++;
        for (Measure m : Measure.ALL) {
            double[] in = run.series(m), out = values[m.ordinal()];
            for (int d = 0; d < days; d++) out[periodOfDay[d]] += in[d];
            if (m.kind == Measure.Kind.STOCK) for (int k = 0; k < n; k++) out[k] /= daysIn[k];
        }
        return new Aggregated(List.copyOf(starts), values);
    }

    public double[] series(Measure m) {
        return values[m.ordinal()];
    }
}
