package odsim.experiment.sweep;

import odsim.scenario.Mark;

/**
 * An observed value a sweep's points are compared with, for calibration: a measure over a
 * period (a calendar year, or {@code total} for the whole horizon), its observed value in the
 * units of the sweep's results, and where the value comes from.
 */
public record Target(String measure, String period, double value, String source, Mark mark) {
    /** The key of the measure and period in a point's values ("measure,period"). */
    String key() {
        return measure + "," + period;
    }

    /** As written in a column header: {@code measure@period}. */
    public String label() {
        return measure + "@" + period;
    }
}
