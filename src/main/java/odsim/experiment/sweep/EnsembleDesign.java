package odsim.experiment.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import odsim.scenario.Binder;
import odsim.scenario.Ensemble;
import odsim.scenario.Mark;
import odsim.scenario.ParameterOverride;
import odsim.scenario.Problems;
import odsim.scenario.YNode;

/**
 * The points of a sweep with {@code design: ensemble}: each parameter set of an ensemble file
 * (an earlier round's {@code ensemble.csv}) is a point, in the file's order, and each column a
 * swept parameter. Run with several replications and {@code ensembleClosest}, it is a
 * calibration's re-check: the candidates a round found closest on one history each are ranked
 * again on the mean of several, so the sets kept are chosen less by chance. Each parameter's
 * range, for the diagnostics and the sensitivity table, is the span of the candidates' values.
 *
 * @param file the ensemble file the sets were read from (a sweep's folder keeps a copy)
 * @param names each set's name in that file (its {@code set} column), by point
 * @param parameters one range per column, spanning the sets' values
 * @param points one point per set, its levels the set's values as written
 */
public record EnsembleDesign(Path file, List<String> names, List<SweepParameter> parameters, List<Point> points) {

    /** Reads the sets of {@code name} (relative to the sweep file {@code file}); null with problems when it cannot. */
    static EnsembleDesign read(Path file, String name, Mark at, Problems problems) {
        Ensemble ensemble = AroundEnsemble.read(file, name, at, "ensemble", problems);
        if (ensemble == null) return null;
        int columns = ensemble.paths().size();
        double[] lo = new double[columns], hi = new double[columns];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        List<Point> points = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int before = problems.size();
        for (Ensemble.ParameterSet set : ensemble.sets()) {
            List<Level> levels = new ArrayList<>(columns);
            for (int k = 0; k < columns; k++) {
                ParameterOverride v = set.values().get(k);
                String text = AroundEnsemble.text(v);
                double x = AroundEnsemble.number(v);
                if (Double.isNaN(x)) {
                    problems.add(v.value().mark(), ensemble.paths().get(k), "found " + Binder.quote(text)
                            + "; expected a number (a sweep's point takes numbers from an ensemble file)");
                    continue;
                }
                lo[k] = Math.min(lo[k], x);
                hi[k] = Math.max(hi[k], x);
                levels.add(new Level(text, new YNode.Scalar(text, v.value().mark())));
            }
            points.add(new Point(points.size(), List.copyOf(levels)));
            names.add(set.name());
        }
        if (problems.size() > before) return null;
        List<SweepParameter> parameters = new ArrayList<>(columns);
        for (int k = 0; k < columns; k++) {
            parameters.add(new SweepParameter(ensemble.paths().get(k), new Mark(ensemble.file().toString(), 0, 0), List.of(),
                    new SweepParameter.Range(lo[k], hi[k], false)));
        }
        return new EnsembleDesign(ensemble.file(), List.copyOf(names), List.copyOf(parameters), List.copyOf(points));
    }
}
