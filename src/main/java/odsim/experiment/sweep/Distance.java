package odsim.experiment.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How far a point's values lie from a calibration's fitted targets: the root mean square of
 * relative errors. {@code levels} takes one error per target, {@code (model - observed) /
 * observed}. {@code levels-and-changes} adds one per measure fitted in two consecutive calendar
 * years: the relative error of the model's change from the first to the second (the ratio of its
 * values) against the observed change. Why: with levels alone a set 7% high in 2017 and in 2018
 * (dipping as the observations do) scores as well as one 7% low in 2017 and 7% high in 2018
 * (rising), so a calibration cannot prefer the shape of a curve (a plateau, a dip) to a steady rise within the same errors
 * (docs/calibration.md, "What stops the model"). The changes come from the same observations as
 * the levels: no new data, another weight on what they say.
 */
public enum Distance {
    LEVELS, LEVELS_AND_CHANGES;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static List<String> labels() {
        List<String> out = new ArrayList<>();
        for (Distance d : values()) out.add(d.label());
        return out;
    }

    /** The distance of the model's values ({@code model[k]} for target k) from the targets. */
    public double of(List<Target> targets, double[] model) {
        double sum = 0;
        int terms = 0;
        for (int k = 0; k < model.length; k++) {
            double relative = (model[k] - targets.get(k).value()) / targets.get(k).value();
            sum += relative * relative;
            terms++;
        }
        if (this == LEVELS_AND_CHANGES) {
            for (int[] pair : changes(targets)) {
                Target before = targets.get(pair[0]), after = targets.get(pair[1]);
                double relative = (model[pair[1]] / model[pair[0]]) / (after.value() / before.value()) - 1;
                sum += relative * relative;
                terms++;
            }
        }
        return Math.sqrt(sum / terms);
    }

    /**
     * The pairs of targets whose change this distance scores: indices {before, after} of the same
     * measure in consecutive calendar years, in the order of the later target.
     */
    static List<int[]> changes(List<Target> targets) {
        List<int[]> out = new ArrayList<>();
        for (int after = 0; after < targets.size(); after++) {
            Target a = targets.get(after);
            if (!a.period().matches("\\d{4}")) continue;
            String previous = Integer.toString(Integer.parseInt(a.period()) - 1);
            for (int before = 0; before < targets.size(); before++) {
                Target b = targets.get(before);
                if (b.measure().equals(a.measure()) && b.period().equals(previous)) out.add(new int[] {before, after});
            }
        }
        return out;
    }

    /** In words, for the ensemble file's first line and the console: what the error measures. */
    public String describe() {
        return this == LEVELS ? "root mean square relative error" : "root mean square relative error of the levels and of each year's change";
    }
}
