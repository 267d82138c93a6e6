package odsim.experiment.sweep;

import java.util.List;
import odsim.scenario.Mark;

/**
 * A scenario parameter a sweep varies, by its dotted path: either a list of levels (numbers, or
 * named alternatives such as whole curves) or, for sampled designs, a numeric range.
 *
 * @param levels the levels, or empty for a range
 * @param range the range, or null for levels
 */
public record SweepParameter(String path, Mark mark, List<Level> levels, Range range) {
    /** A numeric range {@code [min, max]} for Latin hypercube and Sobol designs; {@code integer} rounds. */
    public record Range(double min, double max, boolean integer) {
        double at(double u) {
            double v = min + u * (max - min);
            return integer ? Math.round(v) : v;
        }
    }

    public boolean isRange() {
        return range != null;
    }
}
