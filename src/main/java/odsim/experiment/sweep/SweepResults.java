package odsim.experiment.sweep;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import odsim.results.Csv;
import odsim.results.Statistics;

/**
 * Builds a finished sweep's tables from its run store, streaming one run (or one point) at a
 * time, in run order, so the files are the same byte for byte however and wherever the runs ran:
 * <ul>
 * <li>{@code results.csv}: every run's rows (point, replication, seed, parameters..., period,
 * measure, value), sorted by run;
 * <li>{@code points.csv}: per point, measure and period, the mean over replications and the 95%
 * confidence interval of that mean (Student t; empty with one replication), and the same for the
 * paired difference from point 0, replication by replication (common random numbers make its
 * interval narrow);
 * <li>{@code sensitivity.csv}: each numeric parameter's partial rank correlation with each
 * measure's whole-horizon mean across the points ({@link Sensitivity});
 * <li>{@code calibration.csv}, with targets: every point's error against them ({@link Calibration}).
 * </ul>
 * Sensitivity and calibration keep one number per point and measure (or target) in memory.
 */
public final class SweepResults {
    public static final String RESULTS = "results.csv", POINTS = "points.csv";

    /** One point's whole-horizon mean and interval of the chart's measure. */
    public record PointMean(Point point, double mean, double lower95, double upper95) {}

    private SweepResults() {}

    /** The runs missing from the store, as a short text ("3 runs, e.g. 4, 9, 17"), or null if none. */
    public static String missing(Sweep sweep, RunStore store) {
        BitSet done = store.stored(sweep.runCount());
        int count = sweep.runCount() - done.cardinality();
        if (count == 0) return null;
        List<Integer> some = new ArrayList<>();
        for (int run = done.nextClearBit(0); run < sweep.runCount() && some.size() < 5; run = done.nextClearBit(run + 1)) some.add(run);
        return count + " of " + sweep.runCount() + " runs, e.g. " + some;
    }

    public static void writeResults(Sweep sweep, RunStore store, Path file) {
        try (odsim.results.AtomicFile.Output output = odsim.results.AtomicFile.open(file)) {
            OutputStream out = output.stream();
            out.write((RunRows.header(sweep.file().parameterPaths()) + "\n").getBytes(StandardCharsets.UTF_8));
            for (int run = 0; run < sweep.runCount(); run++) Files.copy(store.file(run), out);
            output.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code points.csv}; returns the chart measure's whole-horizon mean at each point (or,
     * for a chart {@code relative} to point 0, its paired difference from point 0), and puts into
     * {@code means} the mean at each point of every measure's whole horizon ("measure,total") and
     * of every calibration target's measure and period.
     */
    public static List<PointMean> writePoints(Sweep sweep, RunStore store, Path file, Map<String, double[]> means) {
        java.util.Set<String> targetKeys = new java.util.HashSet<>();
        for (Target t : sweep.file().targets()) targetKeys.add(t.key());
        ChartSpec spec = sweep.file().chart();
        String chartKey = spec.measure() + ",total";
        List<PointMean> chart = new ArrayList<>();
        Map<String, double[]> reference = null;
        try (odsim.results.AtomicFile.Output output = odsim.results.AtomicFile.open(file)) {
            java.io.Writer out = output.writer();
            StringBuilder header = new StringBuilder("point");
            for (String p : sweep.file().parameterPaths()) header.append(',').append(Csv.text(p));
            out.write(header.append(",measure,period,replications,mean,lower95,upper95,difference,differenceLower95,differenceUpper95\n").toString());
            for (Point point : sweep.points()) {
                Map<String, double[]> values = values(sweep, store, point);
                if (reference == null) reference = values;
                StringBuilder prefix = new StringBuilder().append(point.index());
                for (Level l : point.levels()) prefix.append(',').append(Csv.text(l.label()));
                for (Map.Entry<String, double[]> e : values.entrySet()) {
                    if (e.getKey().endsWith("," + RunRows.REJECTED)) {
                        // Stopped early: the year it was stopped in, for calibration (not a measure's value).
                        means.computeIfAbsent(Calibration.REJECTED, k -> missing(sweep))[point.index()] = e.getValue()[0];
                        continue;
                    }
                    Statistics s = Statistics.of(e.getValue());
                    Statistics d = Statistics.of(difference(e.getValue(), reference.get(e.getKey())));
                    out.write(prefix + "," + e.getKey() + "," + sweep.replications() + "," + Csv.number(s.mean()) + "," + Csv.number(s.lower95())
                            + "," + Csv.number(s.upper95()) + "," + Csv.number(d.mean()) + "," + Csv.number(d.lower95()) + ","
                            + Csv.number(d.upper95()) + "\n");
                    if (e.getKey().endsWith(",total") || targetKeys.contains(e.getKey())) {
                        means.computeIfAbsent(e.getKey(), m -> missing(sweep))[point.index()] = s.mean();
                    }
                    if (e.getKey().equals(chartKey)) {
                        Statistics c = spec.relative() ? d : s;
                        chart.add(new PointMean(point, c.mean(), c.lower95(), c.upper95()));
                    }
                }
            }
            output.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A target no history reached (each stopped early in an earlier year) is NaN at every point.
        for (String key : targetKeys) means.computeIfAbsent(key, k -> missing(sweep));
        return chart;
    }

    /** A point's values by "measure,period" (in the runs' row order), one per replication. */
    private static Map<String, double[]> values(Sweep sweep, RunStore store, Point point) throws IOException {
        int reps = sweep.replications();
        Map<String, double[]> values = new LinkedHashMap<>();
        for (int r = 0; r < reps; r++) {
            for (String line : Files.readAllLines(store.file(point.index() * reps + r), StandardCharsets.UTF_8)) {
                // the last three fields: period, measure, value (parameter labels before them may hold commas)
                int c3 = line.lastIndexOf(','), c2 = line.lastIndexOf(',', c3 - 1), c1 = line.lastIndexOf(',', c2 - 1);
                String key = line.substring(c2 + 1, c3) + "," + line.substring(c1 + 1, c2);
                String v = line.substring(c3 + 1); // empty for no value: a share of a measure that was 0 that year
                values.computeIfAbsent(key, k -> new double[reps])[r] = v.isEmpty() ? Double.NaN : Double.parseDouble(v);
            }
        }
        return values;
    }

    /** One value per point, each NaN until the point gives it (a history stopped early gives none for its later years). */
    private static double[] missing(Sweep sweep) {
        double[] v = new double[sweep.points().size()];
        java.util.Arrays.fill(v, Double.NaN);
        return v;
    }

    /**
     * Replication by replication: with common random numbers, the difference a point's parameters
     * make; NaN where point 0 has no value (it was stopped early).
     */
    private static double[] difference(double[] values, double[] reference) {
        double[] d = new double[values.length];
        if (reference == null) {
            java.util.Arrays.fill(d, Double.NaN);
            return d;
        }
        for (int r = 0; r < d.length; r++) d[r] = values[r] - reference[r];
        return d;
    }

    /**
     * Writes results.csv, points.csv, sensitivity.csv and the charts into the folder; every run
     * must be stored; with calibration targets, calibration.csv too. Returns the sensitivity rows
     * and the points' fits to the targets (empty without targets).
     */
    public static Finished finish(Sweep sweep, SweepFolder folder) {
        RunStore store = folder.store();
        writeResults(sweep, store, folder.dir().resolve(RESULTS));
        Map<String, double[]> pointMeans = new LinkedHashMap<>();
        List<PointMean> means = writePoints(sweep, store, folder.dir().resolve(POINTS), pointMeans);
        Map<String, double[]> totals = new LinkedHashMap<>();
        pointMeans.forEach((key, v) -> {
            if (key.endsWith(",total")) totals.put(key.substring(0, key.length() - ",total".length()), v);
        });
        List<Sensitivity.Row> sensitivity = Sensitivity.of(sweep, totals);
        Calibration.Calibrated calibrated = sweep.file().targets().isEmpty() ? new Calibration.Calibrated(List.of(), List.of())
                : Calibration.write(sweep, pointMeans, folder.dir().resolve(Calibration.FILE));
        Sensitivity.write(sensitivity, folder.dir().resolve(Sensitivity.FILE));
        SensitivityChart.write(sweep, sensitivity, folder.dir());
        SweepChart.write(SweepChart.of(sweep, means), folder.dir());
        return new Finished(sensitivity, calibrated.fits(), calibrated.predictions());
    }

    /** What a finished sweep's tables say in brief. */
    public record Finished(List<Sensitivity.Row> sensitivity, List<Calibration.Fit> fits, List<Calibration.Prediction> predictions) {}
}
