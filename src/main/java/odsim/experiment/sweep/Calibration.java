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
 * observed) / observed)^2))}, the model's value being the mean over the point's replications.
 * Ranked, the best points are the parameter sets that reproduce the observations; a Latin
 * hypercube or Sobol design over the uncertain parameters, with the best few kept, is the
 * simplest honest calibration. Where targets give the range that counts as agreeing, a point is
 * accepted when its value for every target lies inside that target's range, as RESPOND accepts
 * parameter sets (a rejection step of approximate Bayesian computation): the accepted points,
 * written to {@code accepted.csv}, are the ensemble of parameter sets consistent with every
 * observation at once.
 */
public final class Calibration {
    public static final String FILE = "calibration.csv", ACCEPTED = "accepted.csv";

    /** A point's score: its error, its rank (1 = closest to the targets), and whether every ranged target accepts it. */
    public record Fit(int point, double error, int rank, boolean accepted) {}

    private Calibration() {}

    /** Every point's fit, in point order. */
    static List<Fit> fits(List<Target> targets, Map<String, double[]> means, int points) {
        double[] error = new double[points];
        for (int p = 0; p < points; p++) {
            double[] model = new double[targets.size()];
            for (int k = 0; k < model.length; k++) model[k] = means.get(targets.get(k).key())[p];
            error[p] = error(targets, model);
        }
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < points; p++) order.add(p);
        order.sort(Comparator.comparingDouble((Integer p) -> error[p]).thenComparingInt(p -> p));
        int[] rank = new int[points];
        for (int k = 0; k < points; k++) rank[order.get(k)] = k + 1;
        List<Fit> out = new ArrayList<>();
        for (int p = 0; p < points; p++) {
            boolean accepted = true;
            for (Target t : targets) accepted &= t.accepts(means.get(t.key())[p]);
            out.add(new Fit(p, error[p], rank[p], accepted));
        }
        return out;
    }

    /** Root mean square relative error of the model's values ({@code model[k]} for target k) against the targets. */
    static double error(List<Target> targets, double[] model) {
        double sum = 0;
        for (int k = 0; k < model.length; k++) {
            double relative = (model[k] - targets.get(k).value()) / targets.get(k).value();
            sum += relative * relative;
        }
        return Math.sqrt(sum / targets.size());
    }

    /**
     * Writes {@code calibration.csv}: per point, its parameters, error and rank, and the model's
     * value for each target ({@code measure@period}; the observed values are in the sweep file).
     * Returns the fits.
     */
    public static List<Fit> write(Sweep sweep, Map<String, double[]> means, Path file) {
        List<Target> targets = sweep.file().targets();
        List<Fit> fits = fits(targets, means, sweep.points().size());
        try (odsim.results.AtomicFile.Output output = odsim.results.AtomicFile.open(file)) {
            java.io.Writer out = output.writer();
            StringBuilder header = new StringBuilder("point");
            for (String p : sweep.file().parameterPaths()) header.append(',').append(Csv.text(p));
            header.append(",error,rank,accepted");
            for (Target t : targets) header.append(',').append(Csv.text(t.label()));
            out.write(header.append('\n').toString());
            for (Fit f : fits) {
                StringBuilder row = new StringBuilder().append(f.point());
                for (Level l : sweep.points().get(f.point()).levels()) row.append(',').append(Csv.text(l.label()));
                row.append(',').append(Csv.number(f.error())).append(',').append(f.rank()).append(',').append(f.accepted());
                for (Target t : targets) row.append(',').append(Csv.number(means.get(t.key())[f.point()]));
                out.write(row.append('\n').toString());
            }
            output.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (targets.stream().anyMatch(Target::hasRange)) writeAccepted(sweep, fits, means, file.resolveSibling(ACCEPTED));
        return fits;
    }

    /**
     * Writes {@code accepted.csv}: the accepted points, best first, each with its parameters (one
     * column per swept path, values as a scenario takes them), its error and its value for every
     * target. Only the header when no point is accepted.
     */
    private static void writeAccepted(Sweep sweep, List<Fit> fits, Map<String, double[]> means, Path file) {
        List<Target> targets = sweep.file().targets();
        try (odsim.results.AtomicFile.Output output = odsim.results.AtomicFile.open(file)) {
            java.io.Writer out = output.writer();
            StringBuilder header = new StringBuilder("point");
            for (String p : sweep.file().parameterPaths()) header.append(',').append(Csv.text(p));
            header.append(",error");
            for (Target t : targets) header.append(',').append(Csv.text(t.label()));
            out.write(header.append('\n').toString());
            List<Fit> accepted = new ArrayList<>(fits.stream().filter(Fit::accepted).toList());
            accepted.sort(Comparator.comparingInt(Fit::rank));
            for (Fit f : accepted) {
                StringBuilder row = new StringBuilder().append(f.point());
                for (Level l : sweep.points().get(f.point()).levels()) row.append(',').append(Csv.text(l.label()));
                row.append(',').append(Csv.number(f.error()));
                for (Target t : targets) row.append(',').append(Csv.number(means.get(t.key())[f.point()]));
                out.write(row.append('\n').toString());
            }
            output.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
