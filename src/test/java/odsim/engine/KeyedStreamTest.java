package odsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

class KeyedStreamTest {
    @Test
    void drawsArePureFunctionsOfTheirKey() {
        KeyedStream a = new KeyedStream(7, "overdose"), b = new KeyedStream(7, "overdose");
        for (int i = 0; i < 1000; i++) assertEquals(a.uniform(i, i % 37, i % 3), b.uniform(i, i % 37, i % 3));
        assertNotEquals(new KeyedStream(8, "overdose").uniform(1, 1), a.uniform(1, 1));
        assertNotEquals(new KeyedStream(7, "cascade").uniform(1, 1), a.uniform(1, 1));
    }

    /** The extremes of the 64-bit hash stay strictly inside (0, 1): a draw against a chance of 1 always succeeds. */
    @Test
    void uniformsNeverReachZeroOrOne() {
        assertTrue(KeyedStream.toUnit(-1L) < 1.0, "highest hash");
        assertTrue(KeyedStream.toUnit(0L) > 0.0, "lowest hash");
        assertTrue(KeyedStream.toUnit(-1L << 11) < 1.0);
    }

    /**
     * Chi-square test of uniformity over 100 bins for draws across people and days. The
     * threshold is the 1 - 1e-6 quantile, so a correct generator fails about once in a million runs.
     */
    @Test
    void uniformAcrossPeopleAndDays() {
        KeyedStream s = new KeyedStream(20150101, "use.day");
        int bins = 100;
        long[] counts = new long[bins];
        int n = 0;
        for (int person = 0; person < 2000; person++) {
            for (int day = 0; day < 500; day++) {
                double u = s.uniform(person, day);
                assertTrue(u > 0 && u < 1);
                counts[(int) (u * bins)]++;
                n++;
            }
        }
        double expected = (double) n / bins, chi2 = 0;
        for (long c : counts) chi2 += (c - expected) * (c - expected) / expected;
        double limit = new ChiSquaredDistribution(bins - 1).inverseCumulativeProbability(1 - 1e-6);
        assertTrue(chi2 < limit, "chi2 " + chi2 + " >= " + limit);
    }

    /** Neighbouring people, days and streams give uncorrelated draws (|r| < 5 standard errors). */
    @Test
    void neighboursAreUncorrelated() {
        KeyedStream s = new KeyedStream(1, "x"), t = new KeyedStream(1, "y");
        int n = 200_000;
        double byPerson = 0, byDay = 0, byStream = 0;
        for (int k = 0; k < n; k++) {
            double u = s.uniform(k, 3) - 0.5;
            byPerson += u * (s.uniform(k + 1, 3) - 0.5);
            byDay += u * (s.uniform(k, 4) - 0.5);
            byStream += u * (t.uniform(k, 3) - 0.5);
        }
        double var = 1.0 / 12, limit = 5 / Math.sqrt(n);
        assertTrue(Math.abs(byPerson / n / var) < limit);
        assertTrue(Math.abs(byDay / n / var) < limit);
        assertTrue(Math.abs(byStream / n / var) < limit);
    }
}
