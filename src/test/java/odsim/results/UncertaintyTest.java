package odsim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import odsim.economics.RatioInterval;
import org.junit.jupiter.api.Test;

/**
 * Chance alone gives the confidence interval of the mean, which narrows as runs are added; over
 * an ensemble the interval is the runs' own spread, which does not.
 */
class UncertaintyTest {
    /** Runs under two parameter sets, 10 and 20, each with a little chance: n of each. */
    private static double[] twoSets(int n) {
        double[] v = new double[2 * n];
        for (int i = 0; i < n; i++) {
            v[2 * i] = 10 + 0.01 * (i % 3);
            v[2 * i + 1] = 20 + 0.01 * (i % 3);
        }
        return v;
    }

    @Test
    void anEnsemblesIntervalIsTheSpreadOfTheRunsAndDoesNotNarrowWithMoreRuns() {
        for (int n : new int[] {10, 1000}) {
            Statistics e = Uncertainty.ENSEMBLE.of(twoSets(n));
            assertEquals(15, e.mean(), 0.01);
            assertTrue(e.lower95() < 10.03 && e.upper95() > 19.99, e.toString());
            assertEquals(e.p025(), e.lower95(), 0.0);
            assertEquals(e.p975(), e.upper95(), 0.0);
        }
        // The confidence interval of the mean closes in on 15 as runs are added: it holds chance, not the sets' difference.
        Statistics many = Uncertainty.CHANCE.of(twoSets(1000));
        assertTrue(many.lower95() > 14.5 && many.upper95() < 15.5, many.toString());
    }

    @Test
    void anEnsemblesRatioIntervalIsThatOfTheRunsRatiosAndUnboundedWhenARunAvertsNothing() {
        double[] cost = {100, 200, 300, 400}, effect = {1, 1, 1, 1};
        RatioInterval r = RatioInterval.of(cost, effect, Uncertainty.ENSEMBLE);
        assertEquals(250, r.ratio(), 1e-9);
        assertTrue(r.bounded());
        assertEquals(new org.apache.commons.math3.stat.descriptive.DescriptiveStatistics(cost).getPercentile(2.5), r.lower(), 1e-9);
        assertEquals(new org.apache.commons.math3.stat.descriptive.DescriptiveStatistics(cost).getPercentile(97.5), r.upper(), 1e-9);
        assertFalse(RatioInterval.of(cost, new double[] {1, 1, 0, 1}, Uncertainty.ENSEMBLE).bounded());
        assertFalse(RatioInterval.of(cost, new double[] {1, 1, -1, 1}, Uncertainty.ENSEMBLE).bounded());
    }
}
