package odsim.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import odsim.model.Rates;
import odsim.model.UseState;
import odsim.results.RateCounts.Event;

/**
 * Writes {@code rates.csv}: overdose deaths, overdoses survived and person-years, and the death
 * rate per 1,000 person-years with a 95% confidence interval of its mean over replications,
 * for each use state (by calendar year and for the whole horizon; a death counts in the state the
 * day's use began in) and by time since an event ({@link Event}: in windows of days, and all days
 * after it; for the whole horizon). Counts are means over replications, in real people.
 */
public final class RatesWriter {
    public static final String HEADER = "scenario,group,window,period,replications,overdose_deaths,nonfatal_overdoses,person_years,"
            + "deaths_per_1000py,lower95,upper95,nonfatal_per_py";

    private RatesWriter() {}

    public static void write(Path file, List<RunResult> runs) {
        if (runs.isEmpty()) return;
        try {
            AtomicFile.writeText(file, out -> writeAll(out, runs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Person-years in state {@code s} in year index {@code y} ({@code -1}: the whole horizon), from the daily series. */
    public static double personYears(RunResult r, UseState s, int y) {
        double[] people = r.series(Measure.peopleIn(s));
        double days = 0;
        for (int d = 0; d < people.length; d++) {
            if (y < 0 || r.start().plusDays(d).getYear() - r.start().getYear() == y) days += people[d];
        }
        return days / Rates.DAYS_PER_YEAR;
    }

    private static void writeAll(Writer out, List<RunResult> runs) throws IOException {
        out.write(HEADER + "\n");
        RunResult first = runs.get(0);
        int years = first.rates().years();
        for (UseState s : UseState.ALIVE) {
            for (int y = -1; y < years; y++) {
                int year = y;
                String period = y < 0 ? "total" : Integer.toString(first.rates().firstYear() + y);
                row(out, first.scenario(), RateCounts.stateLabel(s), "all", period, runs,
                        r -> r.rates().state(s, year, RateCounts.DEATHS), r -> r.rates().state(s, year, RateCounts.NONFATAL),
                        r -> personYears(r, s, year));
            }
        }
        for (Event e : Event.ALL) {
            for (int[] windows : RateCounts.REPORTED) {
                int from = windows[0], to = windows[1];
                row(out, first.scenario(), e.label, RateCounts.windowsLabel(from, to), "total", runs,
                        r -> r.rates().window(e, from, to, RateCounts.DEATHS), r -> r.rates().window(e, from, to, RateCounts.NONFATAL),
                        r -> r.rates().window(e, from, to, RateCounts.PERSON_DAYS) / Rates.DAYS_PER_YEAR);
            }
        }
    }

    private static void row(Writer out, String scenario, String group, String window, String period, List<RunResult> runs,
                            ToDoubleFunction<RunResult> deaths, ToDoubleFunction<RunResult> nonfatal,
                            ToDoubleFunction<RunResult> personYears) throws IOException {
        int n = runs.size();
        double[] d = new double[n], f = new double[n], py = new double[n];
        for (int k = 0; k < n; k++) {
            d[k] = deaths.applyAsDouble(runs.get(k));
            f[k] = nonfatal.applyAsDouble(runs.get(k));
            py[k] = personYears.applyAsDouble(runs.get(k));
        }
        Statistics rate = rate(d, py, 1000);
        Statistics nonfatalRate = rate(f, py, 1);
        out.write(Csv.text(scenario) + "," + group + "," + window + "," + period + "," + n + "," + Csv.number(mean(d)) + ","
                + Csv.number(mean(f)) + "," + Csv.number(mean(py)) + "," + Csv.number(rate.mean()) + "," + Csv.number(rate.lower95())
                + "," + Csv.number(rate.upper95()) + "," + Csv.number(nonfatalRate.mean()) + "\n");
    }

    /**
     * A rate per {@code per} person-years: its mean over the replications with any person-time, and
     * the 95% interval of that mean ({@link Statistics}); NaN where no replication has person-time.
     */
    public static Statistics rate(double[] events, double[] personYears, double per) {
        double[] rates = new double[events.length];
        int k = 0;
        for (int r = 0; r < events.length; r++) if (personYears[r] > 0) rates[k++] = events[r] / personYears[r] * per;
        if (k == 0) return new Statistics(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        return Statistics.of(java.util.Arrays.copyOf(rates, k));
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }
}
