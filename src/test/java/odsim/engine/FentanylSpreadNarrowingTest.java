package odsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import odsim.results.Measure;
import odsim.results.RunResult;
import org.junit.jupiter.api.Test;

/**
 * A fentanyl street batch's spread narrows toward heroin's as fentanyl's share of the street supply
 * grows (supply.fentanylSdNarrowing): the share of the gap closed when every batch holds fentanyl.
 * Everyone uses street opioids and nobody moves (Sims.FROZEN).
 */
class FentanylSpreadNarrowingTest {
    private static RunResult run(String supply) {
        return Sims.streetYear("heroinBatchSd: 0.5, fentanylBatchSd: 0.9, " + supply);
    }

    @Test
    void withoutNarrowingNothingChanges() {
        RunResult plain = run("fentanylShare: 0.6");
        RunResult zero = run("fentanylShare: 0.6, fentanylSdNarrowing: 0");
        Sims.assertSameRuns(plain, zero);
    }

    @Test
    void fentanylEverywhereNarrowedWhollyIsAsUnevenAsHeroin() {
        // Every batch fentanyl at heroin's median, its spread narrowed all the way: heroin's batches, met with the same draws.
        RunResult fentanyl = run("fentanylShare: 1, fentanylRelativePotency: 1, fentanylSdNarrowing: 1");
        RunResult heroin = run("fentanylShare: 0");
        double f = fentanyl.total(Measure.OVERDOSES), h = heroin.total(Measure.OVERDOSES);
        assertTrue(h > 500, "overdoses " + h);
        assertEquals(h, f, 0.002 * h, "narrowed fentanyl against heroin");
        assertEquals(fentanyl.total(Measure.OVERDOSE_DEATHS), fentanyl.total(Measure.OVERDOSE_DEATHS_FENTANYL), "every death counts as fentanyl");
    }

    @Test
    void narrowingLowersOverdosesInProportionToTheShare() {
        RunResult wide = run("fentanylShare: 0.6");
        RunResult half = run("fentanylShare: 0.6, fentanylSdNarrowing: 0.5");
        RunResult whole = run("fentanylShare: 0.6, fentanylSdNarrowing: 1");
        double w = wide.total(Measure.OVERDOSES), h = half.total(Measure.OVERDOSES), n = whole.total(Measure.OVERDOSES);
        double useDays = wide.total(Measure.PEOPLE_STREET); // person-days: the exposure, near enough for the z statistic
        assertTrue(Sims.z(w, useDays, h, useDays) > 4 && Sims.z(h, useDays, n, useDays) > 4, w + ", " + h + ", " + n);
        // At share 0.6 the spread closes 60% of the gap at narrowing 1: still wider than heroin's, so above a heroin-only year.
        double heroinOnly = run("fentanylShare: 0").total(Measure.OVERDOSES);
        assertTrue(n > heroinOnly, n + " against heroin only " + heroinOnly);
    }
}
