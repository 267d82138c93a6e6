package odsim.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code summary.csv}: for every measure, each calendar year and the whole horizon
 * ("total"), the mean over replications, a 95% confidence interval for that mean, and the 2.5th
 * and 97.5th percentiles of the replications. Flows are summed over the period, stocks averaged.
 */
public final class SummaryWriter {
    public static final String HEADER = "scenario,measure,unit,period,replications,mean,lower95,upper95,p025,p975";

    private SummaryWriter() {}

    public static void write(Path file, List<RunResult> runs) {
        if (runs.isEmpty()) return;
        List<Aggregated> years = runs.stream().map(r -> Aggregated.of(r, Period.YEAR)).toList();
        RunResult first = runs.get(0);
        try {
            AtomicFile.writeText(file, out -> writeAll(out, first, years));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeAll(Writer out, RunResult first, List<Aggregated> years) throws IOException {
        {
            out.write(HEADER + "\n");
            for (Measure m : Measure.ALL) {
                writeMeasure(out, first, m.label(), m.unit, m, years, 1.0);
                if (m.per100k) {
                    writeMeasure(out, first, m.label() + "_per_100k", m.unit + " per 100,000 residents", m, years,
                            100_000 / first.regionPopulation());
                }
            }
        }
    }

    private static void writeMeasure(Writer out, RunResult first, String label, String unit, Measure m,
                                     List<Aggregated> years, double factor) throws IOException {
        int n = years.size();
        List<java.time.LocalDate> starts = years.get(0).periodStarts();
        double[] total = new double[n];
        for (int k = 0; k < starts.size(); k++) {
            double[] v = new double[n];
            for (int r = 0; r < n; r++) {
                v[r] = years.get(r).series(m)[k] * factor;
                total[r] += v[r];
            }
            line(out, first, label, unit, Integer.toString(starts.get(k).getYear()), Statistics.of(v));
        }
        if (m.kind == Measure.Kind.STOCK) {
            for (int r = 0; r < n; r++) total[r] = mean(years.get(r).series(m), first.days(), starts, first.start()) * factor;
        }
        line(out, first, label, unit, "total", Statistics.of(total));
    }

    /** Day-weighted mean of a stock over the whole horizon, from its yearly means. */
    private static double mean(double[] yearly, int days, List<java.time.LocalDate> starts, java.time.LocalDate start) {
        java.time.LocalDate end = start.plusDays(days);
        double sum = 0;
        for (int k = 0; k < starts.size(); k++) {
            java.time.LocalDate from = k == 0 ? start : starts.get(k);
            java.time.LocalDate to = k + 1 < starts.size() ? starts.get(k + 1) : end;
            sum += yearly[k] * (to.toEpochDay() - from.toEpochDay());
        }
        return sum / days;
    }

    private static void line(Writer out, RunResult first, String label, String unit, String period, Statistics s) throws IOException {
        out.write(Csv.text(first.scenario()) + "," + label + "," + Csv.text(unit) + "," + period + "," + s.n() + ","
                + Csv.number(s.mean()) + "," + Csv.number(s.lower95()) + "," + Csv.number(s.upper95()) + ","
                + Csv.number(s.p025()) + "," + Csv.number(s.p975()) + "\n");
    }
}
