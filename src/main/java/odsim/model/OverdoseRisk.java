package odsim.model;

import odsim.scenario.OverdoseParams;

/**
 * Chance of an overdose on one use-day from the ratio r of the day's intake to the body's
 * tolerance: the Hill curve {@code max * r^k / (r50^k + r^k)}. It is smooth and strictly
 * increasing in r, tiny when intake matches tolerance and steep once a batch is several times
 * stronger than the body is used to, which is how volatility and lost tolerance kill.
 */
public final class OverdoseRisk {
    private final double max;
    private final double logHalfRatio;
    private final double steepness;

    public OverdoseRisk(OverdoseParams p) {
        this.max = p.maxProbability();
        this.logHalfRatio = Math.log(p.halfRatio());
        this.steepness = p.steepness();
    }

    /** Chance of an overdose given the natural log of intake over tolerance. */
    public double probabilityOfLogRatio(double logRatio) {
        return max / (1.0 + Math.exp(steepness * (logHalfRatio - logRatio)));
    }

    public double probability(double ratio) {
        return probabilityOfLogRatio(Math.log(ratio));
    }
}
