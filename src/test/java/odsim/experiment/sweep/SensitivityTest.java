package odsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Partial rank correlations find the parameters that move an outcome, whatever the shape of the effect. */
class SensitivityTest {
    @Test
    void aMonotoneEffectRanksFirstAndAnIrrelevantParameterNearZero() {
        SplittableRandom rng = new SplittableRandom(5);
        int n = 200;
        double[][] x = new double[n][3];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) x[i][j] = rng.nextDouble();
            // Strong and nonlinear in x0, weaker and falling in x1, nothing in x2; some noise.
            y[i] = Math.exp(4 * x[i][0]) - 10 * x[i][1] + rng.nextDouble() * 2;
        }
        double[] r = Sensitivity.prcc(x, y);
        assertTrue(r[0] > 0.95, "x0: " + r[0]);
        assertTrue(r[1] < -0.5, "x1: " + r[1]);
        // Independent of y: |r| beyond 0.2 has chance about 0.005 for n = 200.
        assertTrue(Math.abs(r[2]) < 0.2, "x2: " + r[2]);
    }

    @Test
    void oneParameterIsSpearmansCorrelationAndTiesGetMeanRanks() {
        double[][] x = {{1}, {1}, {2}, {2}, {3}, {3}};
        double[] y = {10, 12, 11, 20, 30, 31};
        double expected = new org.apache.commons.math3.stat.correlation.SpearmansCorrelation()
                .correlation(new double[] {1, 1, 2, 2, 3, 3}, y);
        assertEquals(expected, Sensitivity.prcc(x, y)[0], 1e-12);
    }

    @Test
    void aConstantParameterOrTooFewPointsGiveNothing() {
        double[][] x = {{1, 5}, {2, 5}, {3, 5}, {4, 5}, {5, 5}};
        double[] y = {1, 3, 2, 5, 4};
        double[] r = Sensitivity.prcc(x, y);
        assertTrue(Double.isNaN(r[1]), "constant");
        assertTrue(!Double.isNaN(r[0]));
        assertTrue(Double.isNaN(Sensitivity.prcc(new double[][] {{1, 2}, {2, 1}, {3, 3}, {4, 4}}, new double[] {1, 2, 3, 4})[0]), "4 points, 2 parameters");
    }
}
