package odsim.model;

/**
 * Chance of an overdose on one use-day from the ratio r of the day's intake to the body's
 * tolerance: the Hill curve {@code max * r^k / (r50^k + r^k)}. It is smooth and strictly
 * increasing in r, tiny when intake matches tolerance and steep once a batch is several times
 * stronger than the body is used to, which is how volatility and lost tolerance kill.
 *
 * <p>Ratios between 2^-16 and 2^16 are read from a {@link RatioTable} (relative error below
 * 2e-4, checked in a test); ratios outside it are computed exactly.
 */
public final class OverdoseRisk {
    private final double max;
    private final double logHalfRatio;
    private final double steepness;
    private final RatioTable table;

    /**
     * @param maxProbability the chance approached at very large ratios
     * @param halfRatio the ratio at which the chance is half of it
     * @param steepness the Hill exponent k
     */
    public OverdoseRisk(double maxProbability, double halfRatio, double steepness) {
        this.max = maxProbability;
        this.logHalfRatio = Math.log(halfRatio);
        this.steepness = steepness;
        this.table = new RatioTable(this::exact, this::exact);
    }

    /** Chance of an overdose at intake-to-tolerance ratio {@code ratio} (> 0). */
    public double probability(double ratio) {
        return table.at(ratio);
    }

    /** The chance approached at very large ratios: no use-day overdoses more often. */
    public double max() {
        return max;
    }

    /** The curve computed directly. */
    public double exact(double ratio) {
        return max / (1.0 + Math.exp(steepness * (logHalfRatio - Math.log(ratio))));
    }

    /** The parameters the curve was built from, for caching what is derived from it. */
    String key() {
        return max + "/" + logHalfRatio + "/" + steepness;
    }
}
