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

    /** The level at {@code u} in [0, 1] of this parameter's range, named by its number as written. */
    Level levelAt(double u) {
        return level(range.at(u));
    }

    /** {@link #levelAt}, the value rounded to {@code digits} significant digits (an integer range's stays whole). */
    Level levelAt(double u, int digits) {
        double v = range.at(u);
        if (range.integer() || v == 0) return level(v);
        return level(new java.math.BigDecimal(v).round(new java.math.MathContext(digits)).doubleValue());
    }

    /** The level of a value as written elsewhere (a start read from a file), its text kept. */
    Level levelAsWritten(String text) {
        return new Level(text, new odsim.scenario.YNode.Scalar(text, mark));
    }

    private Level level(double v) {
        return levelAsWritten(odsim.results.Csv.number(v));
    }
}
