package odsim.results;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Summary of one number across replications: the mean, a 95% interval, and the 2.5th and 97.5th
 * percentiles of the replications themselves. The interval is, from {@link #of}, the confidence
 * interval of the mean (Student t; undefined, NaN, for a single replication); from
 * {@link #ofDraws}, for runs that each draw their parameters from a calibrated ensemble, the
 * percentiles again ({@link Uncertainty}).
 */
public record Statistics(int n, double mean, double lower95, double upper95, double p025, double p975) {
    public static Statistics of(double[] values) {
        DescriptiveStatistics d = new DescriptiveStatistics(values);
        int n = values.length;
        double mean = d.getMean();
        double lower = Double.NaN, upper = Double.NaN;
        if (n > 1) {
            double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * d.getStandardDeviation() / Math.sqrt(n);
            lower = mean - half;
            upper = mean + half;
        }
        return new Statistics(n, mean, lower, upper, d.getPercentile(2.5), d.getPercentile(97.5));
    }

    /** The summary of runs that each draw their parameters from an ensemble: the interval is their 2.5th to 97.5th percentile. */
    public static Statistics ofDraws(double[] values) {
        Statistics s = of(values);
        return new Statistics(s.n, s.mean, s.p025, s.p975, s.p025, s.p975);
    }
}
