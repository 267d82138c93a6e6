package odsim.experiment.sweep;

import odsim.scenario.Mark;

/**
 * An observed value a sweep's points are compared with, for calibration: a measure over a
 * period (a calendar year, or {@code total} for the whole horizon), its observed value in the
 * units of the sweep's results, the range that counts as agreeing ({@code lower} to
 * {@code upper}, NaN for none), and where the value comes from.
 */
public record Target(String measure, String period, double value, double lower, double upper, String source, Mark mark) {
    /** Whether the target has a range that counts as agreeing. */
    public boolean hasRange() {
        return !Double.isNaN(lower);
    }

    /** Whether {@code model} agrees with the target: inside its range (a target without one accepts everything). */
    public boolean accepts(double model) {
        return !hasRange() || (model >= lower && model <= upper);
    }

    /** How far the range reaches from the value, at its wider side, as a share of the value (NaN without a range). */
    double reach() {
        return Math.max(value - lower, upper - value) / Math.abs(value);
    }

    /**
     * Whether a history may be stopped on this target under early rejection with threshold
     * {@code beyond}: a ranged target of a calendar year whose range lies within the threshold, so
     * that a value off by more than it is outside the range too.
     */
    boolean stopsBeyond(double beyond) {
        return hasRange() && period.matches("\\d{4}") && reach() <= beyond + 1e-12;
    }

    /** The key of the measure and period in a point's values ("measure,period"). */
    String key() {
        return measure + "," + period;
    }

    /** As written in a column header: {@code measure@period}. */
    public String label() {
        return measure + "@" + period;
    }
}
