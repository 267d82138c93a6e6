package odsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import odsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class BatchRiskTest {
    private final OverdoseRisk risk = risk(ScenarioLoader.defaults("t").overdose());

    /** E[risk(y e^{sigma Z})] by Simpson's rule on a finer, wider grid than the table's, with the exact curve. */
    private double integrated(double y, double sigma) {
        int n = 8000;
        double a = -12, h = 24.0 / n, sum = 0;
        for (int j = 0; j <= n; j++) {
            double z = a + j * h;
            double w = j == 0 || j == n ? 1 : j % 2 == 1 ? 4 : 2;
            sum += w * risk.exact(y * Math.exp(sigma * z)) * Math.exp(-0.5 * z * z);
        }
        return sum * h / 3 / Math.sqrt(2 * Math.PI);
    }

    @Test
    void tableMatchesAnIndependentIntegration() {
        for (double sigma : new double[] {0.05, 0.5, 0.72, 1.5}) {
            BatchRisk b = BatchRisk.of(risk, sigma);
            for (double y = 0.05; y < 300; y *= 1.37) {
                double expected = integrated(y, sigma);
                if (expected < 1e-300) continue;
                assertEquals(1.0, b.probability(y) / expected, 5e-4, "sigma " + sigma + ", y " + y);
            }
        }
    }

    @Test
    void equalsTheMeanOverDrawnBatches() {
        // What the day loop used to do: draw a batch, compute its chance. The average of many such
        // use-days is the one chance the loop now draws against.
        SplittableRandom rng = new SplittableRandom(7);
        double sigma = 0.6, y = 1.3;
        int n = 2_000_000;
        double sum = 0, sumSq = 0;
        for (int k = 0; k < n; k++) {
            double p = risk.probability(y * Math.exp(sigma * StandardNormal.quantile(rng.nextDouble(1e-12, 1.0))));
            sum += p;
            sumSq += p * p;
        }
        double mean = sum / n, se = Math.sqrt((sumSq / n - mean * mean) / n);
        double table = BatchRisk.of(risk, sigma).probability(y);
        assertTrue(Math.abs(table - mean) < 4 * se, "table " + table + " vs batches " + mean + " +- " + se);
    }

    @Test
    void noSpreadIsTheCurveItselfAndSpreadRaisesALowChance() {
        for (double y = 0.1; y < 50; y *= 1.5) assertEquals(risk.probability(y), BatchRisk.of(risk, 0).probability(y), 0);
        // Below the half ratio the curve is convex: uncertain batches are more dangerous than a known dose.
        assertTrue(BatchRisk.of(risk, 0.6).probability(1.0) > 10 * risk.probability(1.0));
        // And the averaged chance still rises strictly with the ratio.
        double previous = 0;
        for (double y = 0.05; y < 200; y *= 1.05) {
            double p = BatchRisk.of(risk, 0.6).probability(y);
            assertTrue(p > previous && p <= risk.max(), "at y=" + y);
            previous = p;
        }
    }

    private static OverdoseRisk risk(odsim.scenario.OverdoseParams p) {
        return new OverdoseRisk(p.maxProbability(), p.halfRatio(), p.steepness());
    }
}
