package odsim.results;

/**
 * Which uncertainty a set of runs holds, and so which 95% interval summarises it.
 * Replications of one parameter set differ by chance alone: the interval is the confidence
 * interval of their mean, which narrows as replications are added. Runs over an ensemble of
 * calibrated parameter sets differ also by what the calibration leaves open, which more runs do
 * not remove: the interval is the spread of the runs themselves (2.5th to 97.5th percentile).
 */
public enum Uncertainty {
    CHANCE("95% confidence interval of the mean over the replications: chance alone, with the model's parameters as given"),
    ENSEMBLE("95% uncertainty interval: the 2.5th to 97.5th percentile of the runs, each under one calibrated parameter set,"
            + " so it holds both what the calibration leaves uncertain and chance");

    /** One sentence for reports: what the interval is and what it holds. */
    public final String meaning;

    Uncertainty(String meaning) {
        this.meaning = meaning;
    }

    /** The summary of {@code values} (one per run) with this kind's interval as {@link Statistics#lower95()} to {@link Statistics#upper95()}. */
    public Statistics of(double[] values) {
        return this == CHANCE ? Statistics.of(values) : Statistics.ofDraws(values);
    }
}
