package odsim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import odsim.results.Measure;
import odsim.results.RunResult;
import org.junit.jupiter.api.Test;

/**
 * A dated share of fentanyl street batches carries a stronger analogue (carfentanil,
 * supply.analogueShare): the same spread as fentanyl around a median analogueRelativePotency times
 * higher, counted as fentanyl. Everyone uses street opioids and nobody moves (Sims.FROZEN).
 */
class AnalogueBatchesTest {
    private static RunResult run(String supply) {
        return Sims.streetYear(supply);
    }

    @Test
    void withNoAnalogueItsPotencyChangesNothing() {
        RunResult plain = run("fentanylShare: 0.5");
        RunResult potent = run("fentanylShare: 0.5, analogueShare: 0, analogueRelativePotency: 50");
        Sims.assertSameRuns(plain, potent);
    }

    @Test
    void everyBatchAnAnalogueIsFentanylThatManyTimesStronger() {
        // Share 1 at potency 3 against fentanyl's own median three times higher: the same batches
        // and the same tolerance at the start, met with the same draws, so the same overdoses.
        RunResult analogue = run("fentanylShare: 1, fentanylRelativePotency: 1, analogueShare: 1, analogueRelativePotency: 3");
        RunResult stronger = run("fentanylShare: 1, fentanylRelativePotency: 3, analogueShare: 0");
        double a = analogue.total(Measure.OVERDOSES), s = stronger.total(Measure.OVERDOSES);
        assertTrue(a > 1000, "overdoses " + a);
        assertEquals(s, a, 0.002 * s, "analogue at 3 against fentanyl at 3");
    }

    @Test
    void analogueBatchesRaiseOverdosesWithTheirShareAndCountAsFentanyl() {
        RunResult none = run("fentanylShare: 0.5, analogueShare: 0, analogueRelativePotency: 3");
        RunResult some = run("fentanylShare: 0.5, analogueShare: 0.2, analogueRelativePotency: 3");
        RunResult more = run("fentanylShare: 0.5, analogueShare: 0.4, analogueRelativePotency: 3");
        double n = none.total(Measure.OVERDOSES), s = some.total(Measure.OVERDOSES), m = more.total(Measure.OVERDOSES);
        double useDays = none.total(Measure.PEOPLE_STREET); // person-days: the exposure, near enough for the z statistic
        assertTrue(Sims.z(s, useDays, n, useDays) > 4 && Sims.z(m, useDays, s, useDays) > 4, n + ", " + s + ", " + m);
        double fentanylPart = none.total(Measure.OVERDOSE_DEATHS_FENTANYL) / none.total(Measure.OVERDOSE_DEATHS);
        double withAnalogue = more.total(Measure.OVERDOSE_DEATHS_FENTANYL) / more.total(Measure.OVERDOSE_DEATHS);
        assertTrue(withAnalogue > fentanylPart + 0.03, "fentanyl's share of deaths " + fentanylPart + " then " + withAnalogue);
    }

    @Test
    void anAnalogueActsFromItsDateOnly() {
        RunResult none = run("fentanylShare: 0.5");
        RunResult july = run("fentanylShare: 0.5, analogueRelativePotency: 3, analogueShare: {interpolation: step, points: {2021-01-01: 0, 2021-07-01: 0.4}}");
        int july1 = 181;
        double[] a = none.series(Measure.OVERDOSES), b = july.series(Measure.OVERDOSES);
        assertArrayEquals(java.util.Arrays.copyOf(a, july1), java.util.Arrays.copyOf(b, july1), "overdoses before July");
        double after = 0, before = 0;
        for (int d = july1; d < a.length; d++) {
            after += b[d];
            before += a[d];
        }
        assertTrue(after > 1.2 * before, "from July: " + after + " against " + before);
    }
}
