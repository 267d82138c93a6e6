package odsim.economics;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A ratio of two paired means, mean(cost) / mean(effect), with its 95% interval by Fieller's
 * theorem (Fieller 1954; Willan and O'Brien 1996 for cost-effectiveness ratios): the set of
 * ratios R for which mean(cost) - R mean(effect) is not significantly different from zero.
 * When the effect itself is not significantly different from zero the set is unbounded, and
 * the interval is reported as such rather than as a misleading pair of numbers.
 *
 * @param bounded false when the interval is unbounded (lower and upper are then NaN)
 */
public record RatioInterval(double ratio, double lower, double upper, boolean bounded) {

    /**
     * The ratio's interval for runs holding {@code uncertainty}: by Fieller's theorem for chance
     * alone; over an ensemble, from the runs' own ratios ({@link #ofDraws}).
     */
    public static RatioInterval of(double[] cost, double[] effect, odsim.results.Uncertainty uncertainty) {
        return uncertainty == odsim.results.Uncertainty.CHANCE ? of(cost, effect) : ofDraws(cost, effect);
    }

    /**
     * Over an ensemble of parameter sets, where the spread of the runs is the uncertainty: the
     * ratio of the means, and the 2.5th to 97.5th percentile of the runs' own ratios. A run whose
     * effect is zero or negative has no meaningful ratio (a policy that costs money and saves no
     * one in that draw), so then the interval is reported unbounded.
     */
    public static RatioInterval ofDraws(double[] cost, double[] effect) {
        int n = cost.length;
        double me = mean(effect);
        double ratio = me != 0 ? mean(cost) / me : Double.NaN;
        double[] ratios = new double[n];
        for (int i = 0; i < n; i++) {
            if (!(effect[i] > 0)) return new RatioInterval(ratio, Double.NaN, Double.NaN, false);
            ratios[i] = cost[i] / effect[i];
        }
        if (n < 2) return new RatioInterval(ratio, Double.NaN, Double.NaN, false);
        org.apache.commons.math3.stat.descriptive.DescriptiveStatistics d = new org.apache.commons.math3.stat.descriptive.DescriptiveStatistics(ratios);
        return new RatioInterval(ratio, d.getPercentile(2.5), d.getPercentile(97.5), true);
    }

    public static RatioInterval of(double[] cost, double[] effect) {
        int n = cost.length;
        double mc = mean(cost), me = mean(effect);
        double ratio = me != 0 ? mc / me : Double.NaN;
        if (n < 2) return new RatioInterval(ratio, Double.NaN, Double.NaN, false);
        double vc = 0, ve = 0, cov = 0;
        for (int i = 0; i < n; i++) {
            vc += (cost[i] - mc) * (cost[i] - mc);
            ve += (effect[i] - me) * (effect[i] - me);
            cov += (cost[i] - mc) * (effect[i] - me);
        }
        // Variances of the means.
        vc /= (double) (n - 1) * n;
        ve /= (double) (n - 1) * n;
        cov /= (double) (n - 1) * n;
        double t2 = Math.pow(new TDistribution(n - 1).inverseCumulativeProbability(0.975), 2);
        // (me^2 - t2 ve) R^2 - 2 (mc me - t2 cov) R + (mc^2 - t2 vc) <= 0
        double a = me * me - t2 * ve, b = mc * me - t2 * cov, c = mc * mc - t2 * vc;
        double disc = b * b - a * c;
        if (a <= 0 || disc < 0) return new RatioInterval(ratio, Double.NaN, Double.NaN, false);
        double root = Math.sqrt(disc);
        return new RatioInterval(ratio, (b - root) / a, (b + root) / a, true);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }
}
