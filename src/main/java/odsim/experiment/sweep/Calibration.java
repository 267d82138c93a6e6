package odsim.experiment.sweep;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import odsim.results.Csv;

/**
 * Calibration by sampling: each point of a sweep is scored against the sweep's observed
 * {@link Target}s by the root mean square of its relative errors, {@code sqrt(mean(((model -
 * observed) / observed)^2))}, the model's value being the mean over the point's replications
 * (with {@code distance: levels-and-changes}, each year's change as well: {@link Distance}).
 * Ranked, the best points are the parameter sets that reproduce the observations; a Latin
 * hypercube or Sobol design over the uncertain parameters, with the best few kept, is the
 * simplest honest calibration. Where targets give the range that counts as agreeing, a point is
 * accepted when its value for every target lies inside that target's range, as RESPOND accepts
 * parameter sets (a rejection step of approximate Bayesian computation): the accepted points,
 * written to {@code accepted.csv}, are the ensemble of parameter sets consistent with every
 * observation at once.
 */
public final class Calibration {
    public static final String FILE = "calibration.csv", ACCEPTED = "accepted.csv", ENSEMBLE = "ensemble.csv",
            ENSEMBLE_TARGETS = "ensemble-targets.csv";

    /** The key under which a sweep's finished tables give, per point, the year its history was stopped in (NaN: it ran whole). */
    static final String REJECTED = "rejected";

    /**
     * A point's score: its error, its rank (1 = closest to the targets), whether every ranged target
     * accepts it, and the year its history was stopped in by early rejection (0: it ran whole; its
     * error is then NaN and it ranks after every whole history).
     */
    public record Fit(int point, double error, int rank, boolean accepted, int rejectedIn) {
        public boolean rejected() {
            return rejectedIn != 0;
        }
    }

    private Calibration() {}

    /** Every point's fit, in point order. */
    static List<Fit> fits(List<Target> targets, Distance distance, Map<String, double[]> means, int points) {
        double[] error = new double[points];
        double[] rejectedIn = means.get(REJECTED);
        for (int p = 0; p < points; p++) {
            double[] model = new double[targets.size()];
            for (int k = 0; k < model.length; k++) model[k] = means.get(targets.get(k).key())[p];
            // A history stopped early has no error: its later years were never run (NaN ranks last).
            error[p] = rejectedIn != null && !Double.isNaN(rejectedIn[p]) ? Double.NaN : distance.of(targets, model);
        }
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < points; p++) order.add(p);
        order.sort(Comparator.comparingDouble((Integer p) -> error[p]).thenComparingInt(p -> p));
        int[] rank = new int[points];
        for (int k = 0; k < points; k++) rank[order.get(k)] = k + 1;
        List<Fit> out = new ArrayList<>();
        for (int p = 0; p < points; p++) {
            // A value missing from a whole history (a share of nothing that year) also leaves no error; it is not accepted.
            boolean stopped = rejectedIn != null && !Double.isNaN(rejectedIn[p]), accepted = !stopped;
            for (Target t : targets) accepted &= t.accepts(means.get(t.key())[p]);
            out.add(new Fit(p, error[p], rank[p], accepted, stopped ? (int) rejectedIn[p] : 0));
        }
        return out;
    }

    /**
     * Writes {@code calibration.csv}: per point, its parameters, error, rank and whether it is
     * accepted, and the model's value for each target ({@code measure@period}; the observed values
     * are in the sweep file). With ranged targets, also {@code accepted.csv}: the accepted points,
     * best first, with their parameters (values as a scenario takes them), error and values (only
     * the header when none is); {@code ensemble.csv} and {@code ensemble-targets.csv} for the kept
     * points. Returns the fits and the ensemble's predictions.
     */
    public static Calibrated write(Sweep sweep, Map<String, double[]> means, Path file) {
        List<Target> targets = sweep.file().fitted();
        List<Fit> fits = fits(targets, sweep.file().distance(), means, sweep.points().size());
        writeTable(sweep, fits, means, file, true);
        boolean ranged = targets.stream().anyMatch(Target::hasRange);
        List<Fit> accepted = new ArrayList<>(fits.stream().filter(f -> ranged && f.accepted()).toList());
        accepted.sort(Comparator.comparingInt(Fit::rank));
        if (ranged) writeTable(sweep, accepted, means, file.resolveSibling(ACCEPTED), false);
        Integer closest = sweep.file().ensembleClosest();
        List<Fit> kept = closest == null ? accepted
                : fits.stream().filter(f -> !f.rejected()).sorted(Comparator.comparingInt(Fit::rank)).limit(closest).toList();
        writeEnsemble(sweep, kept, accepted.size(), fits.size(), file.resolveSibling(ENSEMBLE));
        List<Prediction> predictions = kept.isEmpty() ? List.of() : predictions(sweep.file(), kept, means);
        if (!kept.isEmpty()) {
            writeEnsembleTargets(predictions, file.resolveSibling(ENSEMBLE_TARGETS));
            EnsembleDiagnostics.write(sweep, kept, predictions, file.toAbsolutePath().getParent());
        }
        return new Calibrated(fits, predictions);
    }

    /** What a calibration found: every point's fit, and (with an ensemble) each target beside the ensemble's values. */
    public record Calibrated(List<Fit> fits, List<Prediction> predictions) {}

    /** One target set beside what the ensemble gives for it: the median and 2.5th to 97.5th percentile over its sets. */
    public record Prediction(Target target, boolean fitted, double median, double p025, double p975) {
        /** The median's error relative to the observed value. */
        public double error() {
            return (median - target.value()) / target.value();
        }
    }

    /** Every target, fitted or held out, against the kept points' values (each point's mean over its replications). */
    public static List<Prediction> predictions(SweepFile file, List<Fit> kept, Map<String, double[]> means) {
        List<Target> fitted = file.fitted();
        List<Prediction> out = new ArrayList<>();
        for (Target t : file.targets()) {
            double[] v = kept.stream().mapToDouble(f -> means.get(t.key())[f.point()]).toArray();
            org.apache.commons.math3.stat.descriptive.DescriptiveStatistics d = new org.apache.commons.math3.stat.descriptive.DescriptiveStatistics(v);
            out.add(new Prediction(t, fitted.contains(t), d.getPercentile(50), d.getPercentile(2.5), d.getPercentile(97.5)));
        }
        return out;
    }

    /**
     * Writes {@code ensemble-targets.csv}: per target (fitted, or held out from {@code holdOutFrom}
     * on: out of sample), the observed value and its range, the ensemble's median and its 2.5th to
     * 97.5th percentile over the kept sets, the median's relative error and whether it lies in the range.
     */
    private static void writeEnsembleTargets(List<Prediction> predictions, Path file) {
        List<String> lines = new ArrayList<>(List.of("measure,period,role,observed,lower,upper,ensemble_median,ensemble_p025,ensemble_p975,"
                + "median_error,median_in_range,source"));
        for (Prediction p : predictions) {
            Target t = p.target();
            lines.add(String.join(",", Csv.text(t.measure()), Csv.text(t.period()), p.fitted() ? "fitted" : "held out",
                    Csv.number(t.value()), Csv.number(t.lower()), Csv.number(t.upper()), Csv.number(p.median()), Csv.number(p.p025()),
                    Csv.number(p.p975()), Csv.number(p.error()), t.hasRange() ? String.valueOf(t.accepts(p.median())) : "", Csv.text(t.source())));
        }
        try {
            odsim.results.AtomicFile.writeLines(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code ensemble.csv}, the parameter sets a comparison can run under
     * ({@link odsim.scenario.Ensemble}): the kept points, best first, each its parameters' values,
     * with comment lines that say where they come from. Nothing is written when no point is kept
     * (an ensemble of none is no ensemble), or when a level is not a single value (a named curve).
     */
    private static void writeEnsemble(Sweep sweep, List<Fit> kept, int accepted, int points, Path file) {
        if (kept.isEmpty()) return;
        for (Fit f : kept) {
            for (Level l : sweep.points().get(f.point()).levels()) if (!(l.value() instanceof odsim.scenario.YNode.Scalar)) return;
        }
        SweepFile s = sweep.file();
        double worst = kept.stream().mapToDouble(Fit::error).max().orElse(Double.NaN);
        String how = s.ensembleClosest() == null
                ? "the " + kept.size() + " of " + points + " points inside every target's range"
                : "the " + kept.size() + " of " + points + " points closest to the targets (" + accepted + " of the " + points
                        + " inside every target's range)";
        // What was fitted, in words that survive a resume (whose sweep.yaml lists the targets inline, not their file).
        java.util.Map<String, List<String>> periods = new java.util.LinkedHashMap<>();
        for (Target t : s.fitted()) periods.computeIfAbsent(t.measure(), m -> new ArrayList<>()).add(t.period());
        String targetsFrom = periods.entrySet().stream().map(e -> e.getKey() + " " + (e.getValue().size() == 1 ? e.getValue().get(0)
                : e.getValue().get(0) + " to " + e.getValue().get(e.getValue().size() - 1))).reduce((a, b) -> a + ", " + b).orElse("");
        List<String> lines = new ArrayList<>();
        lines.add("# Calibrated by the sweep " + s.name() + " (" + s.design().label() + ", " + points + " points x "
                + odsim.results.Words.count(s.replications(), "replication") + " of " + sweep.scenario(sweep.points().get(0)).population().agents()
                + " agents) against " + s.fitted().size() + " targets (" + targetsFrom + (s.heldOut().isEmpty() ? "" : "; later years held out")
                + "): " + how
                + "; " + s.distance().describe() + " at most " + String.format(java.util.Locale.ROOT, "%.1f%%", 100 * worst) + ".");
        if (s.sets() != null) {
            lines.add("# Each of the " + points + " sets re-checked, those of an earlier ensemble (" + SweepFolder.SETS + " in the sweep's "
                    + "folder, each named as there), was scored on its mean over " + (s.replications() == 1 ? "1 history" : s.replications() + " histories") + ".");
        }
        StringBuilder header = new StringBuilder(odsim.scenario.Ensemble.SET);
        for (String p : s.parameterPaths()) header.append(',').append(Csv.text(p));
        lines.add(header.toString());
        for (Fit f : kept) {
            StringBuilder row = new StringBuilder().append(Csv.text(sweep.pointName(f.point())));
            for (Level l : sweep.points().get(f.point()).levels()) row.append(',').append(Csv.text(((odsim.scenario.YNode.Scalar) l.value()).text()));
            lines.add(row.toString());
        }
        try {
            odsim.results.AtomicFile.writeLines(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row per fit: the point, its parameters, its error ({@code ranked}: and rank and acceptance), its value for each target. */
    private static void writeTable(Sweep sweep, List<Fit> fits, Map<String, double[]> means, Path file, boolean ranked) {
        List<Target> targets = sweep.file().targets();
        boolean anyRanged = sweep.file().fitted().stream().anyMatch(Target::hasRange);
        try (odsim.results.AtomicFile.Output output = odsim.results.AtomicFile.open(file)) {
            java.io.Writer out = output.writer();
            StringBuilder header = new StringBuilder("point");
            for (String p : sweep.file().parameterPaths()) header.append(',').append(Csv.text(p));
            header.append(ranked ? ",error,rank,accepted" : ",error");
            boolean early = ranked && sweep.file().rejectBeyond() != null;
            if (early) header.append(",rejected_in");
            for (Target t : targets) header.append(',').append(Csv.text(t.label()));
            out.write(header.append('\n').toString());
            for (Fit f : fits) {
                StringBuilder row = new StringBuilder().append(f.point());
                for (Level l : sweep.points().get(f.point()).levels()) row.append(',').append(Csv.text(l.label()));
                row.append(',').append(Csv.number(f.error()));
                // Acceptance needs a range: without ranged targets the cell is blank, not a vacuous "true".
                if (ranked) row.append(',').append(f.rank()).append(',').append(anyRanged ? String.valueOf(f.accepted()) : "");
                if (early) row.append(',').append(f.rejected() ? String.valueOf(f.rejectedIn()) : "");
                for (Target t : targets) row.append(',').append(Csv.number(means.get(t.key())[f.point()]));
                out.write(row.append('\n').toString());
            }
            output.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
