package odsim.model;

import odsim.scenario.OverdoseParams;

/**
 * Chance of an overdose on one use-day from the ratio r of the day's intake to the body's
 * tolerance: the Hill curve {@code max * r^k / (r50^k + r^k)}. It is smooth and strictly
 * increasing in r, tiny when intake matches tolerance and steep once a batch is several times
 * stronger than the body is used to, which is how volatility and lost tolerance kill.
 *
 * <p>The day loop asks for this once per use-day, so ratios between 2^-16 and 2^16 are read
 * from a table indexed by the bits of the double (128 points per doubling, linear in between:
 * relative error below 2e-4, checked in a test); ratios outside it are computed exactly.
 */
public final class OverdoseRisk {
    private static final int BITS_PER_OCTAVE = 7;
    private static final int SHIFT = 52 - BITS_PER_OCTAVE;
    private static final long LOW = Double.doubleToRawLongBits(0x1.0p-16) >>> SHIFT;
    private static final long HIGH = Double.doubleToRawLongBits(0x1.0p16) >>> SHIFT;
    private static final long FRACTION = (1L << SHIFT) - 1;
    private static final double FRACTION_SCALE = 1.0 / (1L << SHIFT);
    private final double max;
    private final double logHalfRatio;
    private final double steepness;
    private final double[] table = new double[(int) (HIGH - LOW) + 2];

    public OverdoseRisk(OverdoseParams p) {
        this.max = p.maxProbability();
        this.logHalfRatio = Math.log(p.halfRatio());
        this.steepness = p.steepness();
        for (int k = 0; k < table.length; k++) table[k] = exact(Double.longBitsToDouble((LOW + k) << SHIFT));
    }

    /** Chance of an overdose at intake-to-tolerance ratio {@code ratio} (> 0). */
    public double probability(double ratio) {
        long bits = Double.doubleToRawLongBits(ratio);
        long index = (bits >>> SHIFT) - LOW;
        if (index < 0 || index >= HIGH - LOW) return exact(ratio);
        // Within a bucket the ratio is linear in its low mantissa bits: they are the weight.
        double w = (bits & FRACTION) * FRACTION_SCALE;
        int k = (int) index;
        return table[k] + w * (table[k + 1] - table[k]);
    }

    /** The chance approached at very large ratios: no use-day overdoses more often. */
    public double max() {
        return max;
    }

    /** The curve computed directly. */
    public double exact(double ratio) {
        return max / (1.0 + Math.exp(steepness * (logHalfRatio - Math.log(ratio))));
    }
}
