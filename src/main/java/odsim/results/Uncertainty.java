package odsim.results;

/**
 * Which uncertainty a set of runs holds, and so which 95% interval summarises it.
 * Replications of one parameter set differ by chance alone: the interval is the confidence
 * interval of their mean, which narrows as replications are added. Runs over an ensemble of
 * calibrated parameter sets differ also by what the calibration leaves open, which more runs do
 * not remove: the interval is the spread of the runs themselves (2.5th to 97.5th percentile).
 */
public enum Uncertainty {
    /** Replications of one parameter set: the interval is the confidence interval of their mean. */
    CHANCE,
    /** Runs each under one calibrated parameter set: the interval is the runs' 2.5th to 97.5th percentile. */
    ENSEMBLE;

    /** The summary of {@code values} (one per run) with this kind's interval as {@link Statistics#lower95()} to {@link Statistics#upper95()}. */
    public Statistics of(double[] values) {
        return this == CHANCE ? Statistics.of(values) : Statistics.ofDraws(values);
    }
}
