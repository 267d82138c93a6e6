package odsim.results;

import java.time.LocalDate;

/**
 * The daily series of one replication: {@code daily[measure.ordinal()][day]}, in real people
 * (scaled) and US dollars; and what its overdose rates by state and by time since an event are
 * computed from ({@link RateCounts}).
 */
public record RunResult(String scenario, int replication, long seed, LocalDate start, double regionPopulation,
                        double[][] daily, RateCounts rates) {
    /** A result without rate counts (made by hand, or read back from a series file). */
    public RunResult(String scenario, int replication, long seed, LocalDate start, double regionPopulation, double[][] daily) {
        this(scenario, replication, seed, start, regionPopulation, daily,
                RateCounts.none(start.getYear(), start.plusDays(Math.max(0, daily[0].length - 1)).getYear() - start.getYear() + 1));
    }

    public int days() {
        return daily[0].length;
    }

    public double[] series(Measure m) {
        return daily[m.ordinal()];
    }

    public double total(Measure m) {
        double sum = 0;
        for (double v : daily[m.ordinal()]) sum += v;
        return sum;
    }

    /** The first measure and day whose value, or whose total over the run, is not a finite number; null if every one is. */
    public String firstNonFinite() {
        for (Measure m : Measure.ALL) {
            double[] s = daily[m.ordinal()];
            for (int d = 0; d < s.length; d++) {
                if (!Double.isFinite(s[d])) return m.label() + " is " + s[d] + " on " + start.plusDays(d);
            }
            if (!Double.isFinite(total(m))) return m.label() + " adds up to " + total(m) + " over the run";
        }
        return null;
    }
}
