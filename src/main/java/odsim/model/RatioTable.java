package odsim.model;

import java.util.function.DoubleUnaryOperator;

/**
 * A smooth function of a positive ratio, read from a table indexed by the bits of the double:
 * 128 points per doubling between 2^-16 and 2^16, linear in between (within a doubling a double
 * is linear in its mantissa, so the mantissa's low bits are the weight). The day loop reads such
 * functions once per use-day; a table read costs a few nanoseconds where {@code exp} and
 * {@code log} cost tens.
 */
final class RatioTable {
    private static final int BITS_PER_OCTAVE = 7;
    private static final int SHIFT = 52 - BITS_PER_OCTAVE;
    private static final long LOW = Double.doubleToRawLongBits(0x1.0p-16) >>> SHIFT;
    private static final long HIGH = Double.doubleToRawLongBits(0x1.0p16) >>> SHIFT;
    private static final long FRACTION = (1L << SHIFT) - 1;
    private static final double FRACTION_SCALE = 1.0 / (1L << SHIFT);
    /** Points in a table: every grid ratio from 2^-16 to 2^16, and one past it for interpolation. */
    static final int POINTS = (int) (HIGH - LOW) + 2;

    private final double[] table;
    private final DoubleUnaryOperator outside;

    /** Tabulates {@code f}; ratios outside [2^-16, 2^16) are given to {@code outside}. */
    RatioTable(DoubleUnaryOperator f, DoubleUnaryOperator outside) {
        this.table = new double[POINTS];
        for (int k = 0; k < POINTS; k++) table[k] = f.applyAsDouble(gridRatio(k));
        this.outside = outside;
    }

    /** The k-th ratio of the grid. */
    static double gridRatio(int k) {
        return Double.longBitsToDouble((LOW + k) << SHIFT);
    }

    double at(double ratio) {
        long bits = Double.doubleToRawLongBits(ratio);
        long index = (bits >>> SHIFT) - LOW;
        if (index < 0 || index >= HIGH - LOW) return outside.applyAsDouble(ratio);
        double w = (bits & FRACTION) * FRACTION_SCALE;
        int k = (int) index;
        return table[k] + w * (table[k + 1] - table[k]);
    }

    /** The first and last tabulated values, for clamping outside the grid. */
    double first() {
        return table[0];
    }

    double last() {
        return table[POINTS - 2];
    }
}
