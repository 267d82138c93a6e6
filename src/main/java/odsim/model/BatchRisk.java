package odsim.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The chance of an overdose on a use-day averaged over the batch: batches' potency is
 * log-normal around the supply's median with log-sd sigma, so a use-day whose median batch gives
 * ratio y (median intake over tolerance) overdoses with chance
 * {@code H(y) = E[risk(y * exp(sigma * Z))]}, Z standard normal. The day loop draws one uniform
 * against H instead of drawing a batch, a normal quantile and an exponential on every use-day;
 * a batch is drawn only when something must see it (an overdose, a drug check).
 *
 * <p>H is tabulated over y ({@link RatioTable}) by the trapezoid rule over z in [-9, 9] with
 * step 0.05 (the integrand is smooth; the rule's error is far below the risk table's 2e-4,
 * checked in a test against an independent integration). Tables are kept per (curve, sigma) in
 * a small shared cache, because runs of a sweep share them.
 */
public final class BatchRisk {
    private static final double Z_RANGE = 9.0, Z_STEP = 0.05;
    /** Tables kept (32 KB each): enough for a volatility ramp's hundredths on both kinds of street batch. */
    private static final int CACHE_SIZE = 256;
    private static final Map<String, BatchRisk> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BatchRisk> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private final double sigma;
    private final RatioTable table;

    private BatchRisk(OverdoseRisk risk, double sigma) {
        this.sigma = sigma;
        int n = (int) Math.round(2 * Z_RANGE / Z_STEP) + 1;
        double[] factor = new double[n], weight = new double[n];
        double total = 0;
        for (int j = 0; j < n; j++) {
            double z = -Z_RANGE + j * Z_STEP;
            factor[j] = Math.exp(sigma * z);
            weight[j] = Math.exp(-0.5 * z * z);
            total += weight[j];
        }
        for (int j = 0; j < n; j++) weight[j] /= total;
        if (sigma == 0) {
            this.table = new RatioTable(risk::probability, risk::probability);
            return;
        }
        RatioTable[] self = new RatioTable[1];
        this.table = new RatioTable(y -> {
            double h = 0;
            for (int j = 0; j < n; j++) h += weight[j] * risk.exact(y * factor[j]);
            return h;
        }, y -> y < 1 ? self[0].first() : self[0].last());
        self[0] = table;
    }

    /** The averaged curve for batches of log-sd {@code sigma} (>= 0) under {@code risk}. */
    public static BatchRisk of(OverdoseRisk risk, double sigma) {
        String key = risk.key() + "|" + sigma;
        synchronized (CACHE) {
            BatchRisk b = CACHE.get(key);
            if (b == null) {
                b = new BatchRisk(risk, sigma);
                CACHE.put(key, b);
            }
            return b;
        }
    }

    /** Chance of an overdose on a use-day whose median batch gives intake-to-tolerance ratio {@code medianRatio}. */
    public double probability(double medianRatio) {
        return table.at(medianRatio);
    }

    public double sigma() {
        return sigma;
    }
}
