package odsim.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An alternative against the baseline, paired replication by replication: both ran replication r
 * with the same seed and the same per-decision streams (common random numbers), so each
 * difference reflects the policy, and the intervals are those of the paired differences.
 */
public record Comparison(String alternative, Statistics deaths, Statistics deathsAverted, Statistics cost,
                         Statistics netCost, double costPerDeathAverted) {

    public static Comparison of(List<RunResult> baseline, List<RunResult> alternative, Uncertainty uncertainty) {
        if (baseline.size() != alternative.size()) throw new IllegalArgumentException("replication counts differ");
        int n = baseline.size();
        double[] deaths = new double[n], averted = new double[n], cost = new double[n], net = new double[n];
        for (int r = 0; r < n; r++) {
            RunResult b = baseline.get(r), a = alternative.get(r);
            if (b.seed() != a.seed()) throw new IllegalArgumentException("replication " + r + " was not run with common seeds");
            deaths[r] = a.total(Measure.OVERDOSE_DEATHS);
            averted[r] = b.total(Measure.OVERDOSE_DEATHS) - deaths[r];
            cost[r] = a.total(Measure.COST_TOTAL);
            net[r] = cost[r] - b.total(Measure.COST_TOTAL);
        }
        Statistics avertedStats = uncertainty.of(averted), netStats = uncertainty.of(net);
        double perDeath = avertedStats.mean() > 0 ? netStats.mean() / avertedStats.mean() : Double.NaN;
        return new Comparison(alternative.get(0).scenario(), uncertainty.of(deaths), avertedStats, uncertainty.of(cost),
                netStats, perDeath);
    }

    public static final String CSV_HEADER = "scenario,measure,unit,replications,mean,lower95,upper95";

    /** Rows of comparison.csv: every number of the table, with its interval. */
    public List<String> csvRows() {
        List<String> rows = new ArrayList<>();
        rows.add(row("overdose_deaths", "deaths", deaths));
        rows.add(row("deaths_averted", "deaths", deathsAverted));
        rows.add(row("cost_total", "USD", cost));
        rows.add(row("net_cost", "USD", netCost));
        rows.add(Csv.text(alternative) + ",cost_per_death_averted,USD per death," + deaths.n() + "," + Csv.number(costPerDeathAverted) + ",,");
        return rows;
    }

    private String row(String measure, String unit, Statistics s) {
        return Csv.text(alternative) + "," + measure + "," + unit + "," + s.n() + "," + Csv.number(s.mean()) + ","
                + Csv.number(s.lower95()) + "," + Csv.number(s.upper95());
    }

    public static String markdownHeader() {
        return "| scenario | overdose deaths | deaths averted | net cost (USD millions, undiscounted) | cost per death averted (USD) |\n"
                + "| --- | ---: | ---: | ---: | ---: |\n";
    }

    public static String markdownBaseline(String name, Statistics deaths, Statistics cost) {
        return "| " + Csv.markdownCell(name) + " (baseline) | " + interval(deaths, 1, 0) + " | - | - | - |\n";
    }

    public String markdownRow() {
        String perDeath = Double.isNaN(costPerDeathAverted) ? "none averted"
                : String.format(Locale.ROOT, "%,.0f", costPerDeathAverted);
        if (!Double.isNaN(costPerDeathAverted) && netCost.mean() < 0) perDeath = "saves money";
        return "| " + Csv.markdownCell(alternative) + " | " + interval(deaths, 1, 0) + " | " + interval(deathsAverted, 1, 0) + " | "
                + interval(netCost, 1e-6, 1) + " | " + perDeath + " |\n";
    }

    /** "mean (lower to upper)" with the given scale and decimals; the interval is left out for one replication. */
    static String interval(Statistics s, double scale, int decimals) {
        String f = "%,." + decimals + "f";
        String mean = String.format(Locale.ROOT, f, s.mean() * scale);
        if (Double.isNaN(s.lower95())) return mean;
        return mean + " (" + String.format(Locale.ROOT, f, s.lower95() * scale) + " to "
                + String.format(Locale.ROOT, f, s.upper95() * scale) + ")";
    }
}
