package odsim.experiment.sweep;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import odsim.experiment.Replications;
import odsim.results.RunResult;
import odsim.scenario.ScenarioException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

/**
 * Calibration by optimisation: the values of a sweep file's ranged parameters that bring the
 * model closest to its targets, by the same error as {@link Calibration} (root mean square of
 * relative errors). Searched with commons-math3's BOBYQA (Powell 2009: a derivative-free
 * optimiser within bounds, here over the parameters scaled to [0, 1], from the middle of every
 * range or from a given start, {@link FitStart}), or Brent's method for one parameter. Every
 * evaluation runs the same replications (common random numbers), so the error is a fixed function
 * of the parameters: the optimiser is not misled by noise from one evaluation to the next, but it
 * fits those replications, so a fit should be checked with more of them.
 */
public final class Fit {
    /** One evaluation: the parameters' values, the error, and the model's value for each target. */
    public record Evaluation(int index, Point point, double error, double[] model) {}

    /** Told of every evaluation as it finishes, with the best so far. */
    public interface Listener {
        void evaluated(Evaluation evaluation, Evaluation best);
    }

    private final Sweep sweep;
    private final int threads;

    private Fit(Sweep sweep, int threads) {
        this.sweep = sweep;
        this.threads = threads;
    }

    /** Checks that the sweep can be fitted: targets, and a range for every parameter. */
    public static Fit of(Sweep sweep, int threads) {
        Set<String> problems = new LinkedHashSet<>();
        if (sweep.file().fitted().isEmpty()) {
            problems.add(sweep.file().file() + ": targets: missing; a fit needs observed values to fit, e.g. "
                    + "targets: [{measure: overdose_deaths_per_100k, period: 2016, value: 13.1, source: \"...\"}]");
        }
        for (SweepParameter p : sweep.file().parameters()) {
            if (!p.isRange()) {
                problems.add(p.mark() + ": parameters." + p.path() + ": a fit needs a range; allowed: {min: A, max: B}");
            }
        }
        if (!problems.isEmpty()) throw new ScenarioException(List.copyOf(problems));
        return new Fit(sweep, threads);
    }

    /** Runs at most {@code evaluations} evaluations from the middle of the ranges and returns the best. */
    public Evaluation run(int evaluations, Listener listener) {
        return run(evaluations, null, listener);
    }

    /**
     * Runs at most {@code evaluations} evaluations from {@code start} (null: the middle of every
     * range) and returns the best. The first evaluation is the start, its values as written.
     */
    public Evaluation run(int evaluations, FitStart start, Listener listener) {
        List<SweepParameter> parameters = sweep.file().parameters();
        int dimensions = parameters.size();
        double[] from = start != null ? start.unit().clone() : new double[dimensions];
        if (start == null) java.util.Arrays.fill(from, 0.5);
        Search search = new Search(listener, start);
        try {
            if (dimensions == 1) {
                new BrentOptimizer(1e-3, 0.005).optimize(new MaxEval(evaluations), GoalType.MINIMIZE,
                        new UnivariateObjectiveFunction(u -> search.error(new double[] {u})), new SearchInterval(0, 1, from[0]));
            } else {
                double[] lower = new double[dimensions], upper = new double[dimensions];
                java.util.Arrays.fill(upper, 1);
                // 2n + 1 interpolation points (Powell's recommendation); first steps of a quarter of
                // each range, stopping once steps are a hundredth of it: below that, a simulated
                // error moves more with which people happen to die than with the parameters.
                new BOBYQAOptimizer(2 * dimensions + 1, firstStep(from), 0.01).optimize(new MaxEval(evaluations), GoalType.MINIMIZE,
                        new ObjectiveFunction(search::error), new InitialGuess(from), new SimpleBounds(lower, upper));
            }
        } catch (TooManyEvaluationsException spent) {
            // The budget is spent: the best evaluation so far is the answer.
        }
        return search.best;
    }

    /**
     * BOBYQA's first step: a quarter of each range, or less so the start stays where it is. BOBYQA
     * moves a start that lies closer than its first step to a bound (but not on it) to a step away
     * from the bound; a start from an earlier search's best point should be evaluated as given.
     * Not below a fiftieth of a range, twice the last step: a start closer than that to an end is
     * moved that far inside.
     */
    static double firstStep(double[] start) {
        double step = 0.25;
        for (double u : start) if (u > 0 && u < 1) step = Math.min(step, Math.min(u, 1 - u));
        return Math.max(step, 0.02);
    }

    /**
     * Evaluations in order, keeping the best. Values are rounded to 4 significant digits, so late
     * steps of the search can land on a point already run: its values are reused, not run again.
     */
    private final class Search {
        private final Listener listener;
        private final java.util.Map<List<String>, double[]> seen = new java.util.HashMap<>();
        private int count;
        private Evaluation best;

        private final FitStart start;

        Search(Listener listener, FitStart start) {
            this.listener = listener;
            this.start = start;
        }

        double error(double[] unit) {
            List<SweepParameter> parameters = sweep.file().parameters();
            List<Level> levels = new ArrayList<>(parameters.size());
            // The start as written, so it scores as it did where it was found; other points rounded.
            boolean atStart = start != null && java.util.Arrays.equals(unit, start.unit());
            for (int k = 0; k < parameters.size(); k++) {
                levels.add(atStart ? parameters.get(k).levelAsWritten(start.values().get(k))
                        : parameters.get(k).levelAt(Math.min(1, Math.max(0, unit[k])), 4));
            }
            Point point = new Point(count, List.copyOf(levels));
            double[] model = seen.computeIfAbsent(levels.stream().map(Level::label).toList(), key -> model(point));
            Evaluation e = new Evaluation(count++, point, sweep.file().distance().of(sweep.file().fitted(), model), model);
            if (best == null || e.error() < best.error()) best = e;
            if (listener != null) listener.evaluated(e, best);
            return e.error();
        }

        /** The model's value for each target: its mean over the point's replications. */
        private double[] model(Point point) {
            List<RunResult> runs = Replications.run(sweep.scenario(point), sweep.replications(), threads, null, null);
            List<Target> targets = sweep.file().fitted();
            double[] model = new double[targets.size()];
            for (int k = 0; k < model.length; k++) {
                double sum = 0;
                for (RunResult r : runs) sum += RunRows.value(r, targets.get(k).measure(), targets.get(k).period());
                model[k] = sum / runs.size();
            }
            return model;
        }
    }
}
