package odsim.model;

/**
 * A transition whose yearly rate moves with a person's pain drive:
 * {@code base * exp(elasticity * (drive - reference))}, turned into a daily probability.
 * Tabulated over the drive's range [0, 1] so the day loop does a lookup, not an exp.
 */
public final class DriveResponse {
    private static final int BINS = 1024;
    private final double[] daily = new double[BINS + 1];

    public DriveResponse(double basePerYear, double elasticity, double referenceDrive) {
        for (int i = 0; i <= BINS; i++) {
            double drive = (double) i / BINS;
            daily[i] = Rates.dailyProbability(basePerYear * Math.exp(elasticity * (drive - referenceDrive)));
        }
    }

    /** The largest daily probability over the drive's range. */
    public double max() {
        double m = 0;
        for (double d : daily) m = Math.max(m, d);
        return m;
    }

    /** Daily probability at {@code drive} in [0, 1] (nearest of 1025 points: within 0.05% of the drive range). */
    public double daily(double drive) {
        return daily[(int) (drive * BINS + 0.5)];
    }
}
