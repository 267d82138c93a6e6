package odsim.model;

/**
 * Days until an event that happens each day with chance p, independently of other days: the
 * geometric gap {@code 1 + floor(log(u) / log(1 - p))} for a uniform u, without the {@code log}.
 * The gap is the smallest g >= 1 with (1 - p)^g < u, so it is found among the powers of 1 - p;
 * a guide table (Chen and Asau 1974) says, for each of 1,024 slices of u, where to start
 * looking, so a gap costs a multiply, a table read and about one comparison. Slice 0 (u below
 * 1/1,024), where gaps are long, and chances too small to tabulate, use the {@code log}.
 */
public final class GeometricDays {
    private static final int SLICES = 1024;
    /** Longest table of powers kept (a daily chance above about 1 in 600 fits). */
    private static final int MAX_POWERS = 4096;
    private final double perLog;
    private final int cap;
    /** (1 - p)^g by g, down to the first power below 1/1,024; null when not tabulated. */
    private final double[] powers;
    /** By slice j >= 1: the shortest gap of any u in [j / 1024, (j + 1) / 1024). */
    private final int[] shortest;

    /**
     * For a daily chance {@code p} in [0, 1]; gaps are at most {@code cap} days (a chance of 0
     * gives {@code cap}).
     */
    public GeometricDays(double p, int cap) {
        this.cap = cap;
        this.perLog = 1 / Math.log1p(-p);
        double q = 1 - p;
        double needed = Math.log(SLICES) / -Math.log1p(-p);
        if (p <= 0 || p >= 1 || needed > MAX_POWERS) {
            powers = null;
            shortest = null;
            return;
        }
        double[] pw = new double[2];
        pw[0] = 1;
        int g = 0;
        // Powers by repeated products (not Math.pow), down to the first below the lowest tabulated u.
        while (pw[g] >= 1.0 / SLICES) {
            if (g + 1 == pw.length) pw = java.util.Arrays.copyOf(pw, pw.length * 2);
            pw[g + 1] = pw[g] * q;
            g++;
        }
        powers = java.util.Arrays.copyOf(pw, g + 1);
        shortest = new int[SLICES];
        int s = 1;
        for (int j = SLICES - 1; j >= 1; j--) {
            // Any u in the slice is below its top, so (1 - p)^g < u holds for no g shorter than
            // this; lower slices start no shorter than higher ones.
            double top = (j + 1) / (double) SLICES;
            while (!(powers[s] < top)) s++;
            shortest[j] = s;
        }
    }

    /** The gap in days (at least 1, at most the cap) for a uniform {@code u} in (0, 1). */
    public int gap(double u) {
        // (u just below 1 can round up to the last slice's end.)
        int j = Math.min((int) (u * SLICES), SLICES - 1);
        if (j == 0 || shortest == null) return byLog(u);
        double[] pw = powers;
        int g = shortest[j];
        while (!(pw[g] < u)) g++;
        return Math.min(g, cap);
    }

    /** The same gap from its formula. */
    int byLog(double u) {
        return 1 + (int) Math.min(cap - 1, Math.log(u) * perLog);
    }
}
