package odsim.results;

import java.time.LocalDate;

/**
 * The daily series of one replication: {@code daily[measure.ordinal()][day]}, in real people
 * (scaled) and US dollars.
 */
public record RunResult(String scenario, int replication, long seed, LocalDate start, double regionPopulation,
                        double[][] daily) {
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
}
