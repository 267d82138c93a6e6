package odsim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import odsim.results.Measure;
import odsim.results.RunResult;
import odsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** A run started from another run's warm-up ({@link OverdoseSim#startFrom}): what a comparison's scenarios share. */
class WarmStartTest {
    private static final String SMALL = """
            population: {agents: 4000}
            horizon: {start: 2016-01-01, end: 2017-06-30, warmUpYears: 2}
            supply:
              fentanylShare: {interpolation: linear, points: {2016-01-01: 0.3, 2018-01-01: 0.6}}
            """;
    /** Every lever on from the horizon's start, and parameters that act on people already there. */
    private static final String POLICIES = """
            policies:
              naloxone: {level: 1}
              opc: {level: 1, sites: 2}
              medication: {level: 1}
              rootCauses: {level: 1}
              drugChecking: {level: 1}
              sterileSupplies: {level: 1}
              recordClearing: {level: 1}
            use: {streetUseDayProbability: 0.6, shareBuyingPillsFromDealers: 0.3}
            pain: {emotionalRecoveryHalfLifeDays: 200}
            """;

    @Test
    void theWarmedUpScenarioFromItsOwnWarmStartIsTheSameRun() {
        Scenario s = Sims.scenario(SMALL);
        for (int threads : new int[] {1, 2}) {
            RunResult alone = OverdoseSim.run(s, 1, threads, null);
            RunResult fromShared = OverdoseSim.run(s, 1, threads, null, new SharedWarmUp(s));
            assertSame(alone, fromShared);
        }
    }

    @Test
    void anotherScenarioStartsAsIfItsLeversMovedOnTheStartDay() {
        // The same as the warmed-up run continuing with the scenario changed on the horizon's
        // first day: nothing of the warm-up's state is left behind in the copy.
        Scenario base = Sims.scenario(SMALL), policies = Sims.scenario(SMALL, POLICIES);
        long seed = OverdoseSim.replicationSeed(base.seed(), 0);
        OverdoseSim continued = Sims.started(base, seed, 2);
        continued.changeScenario(policies);
        while (continued.stepDay()) {
            // one day a step
        }
        continued.finish();
        RunResult expected = continued.result(), started = OverdoseSim.run(policies, 0, 2, null, new SharedWarmUp(base));
        assertSame(expected, started);
        assertTrue(started.total(Measure.KITS_DISTRIBUTED) > 0 && started.total(Measure.OPC_VISITS) > 0);
        // And not what the policies warmed up under themselves give.
        assertFalse(Arrays.equals(started.series(Measure.PEOPLE_STREET), OverdoseSim.run(policies, 0, 2, null).series(Measure.PEOPLE_STREET)));
    }

    @Test
    void aScenarioWithAnotherMarketKeepsTheWarmUpsPathAndItsOwnParameters() {
        Scenario base = Sims.scenario(SMALL), calmer = Sims.scenario(SMALL, "supply: {marketDailySd: 0.002}");
        RunResult a = OverdoseSim.run(base, 0, 1, null, new SharedWarmUp(base));
        RunResult b = OverdoseSim.run(calmer, 0, 1, null, new SharedWarmUp(base));
        // The first day moves from the same potency by a smaller step.
        double[] pa = a.series(Measure.MARKET_POTENCY), pb = b.series(Measure.MARKET_POTENCY);
        assertFalse(pa[0] == pb[0]);
        assertTrue(Math.abs(Math.log(pb[0]) - Math.log(pa[0])) < 0.2, pa[0] + " against " + pb[0]);
    }

    @Test
    void eachReplicationIsWarmedUpOnce() {
        Scenario s = Sims.scenario(SMALL);
        SharedWarmUp shared = new SharedWarmUp(s);
        int[] days = {0};
        OverdoseSim.run(s, 0, 1, d -> days[0]++, shared);
        assertTrue(shared.has(0));
        assertFalse(shared.has(1));
        int first = days[0];
        OverdoseSim.run(Sims.scenario(SMALL, POLICIES), 0, 1, d -> days[0]++, shared);
        assertEquals(s.horizon().warmUpDays() + s.horizon().days(), first);
        assertEquals(s.horizon().days(), days[0] - first, "the second scenario steps the horizon only");
    }

    @Test
    void aWarmStartOfAnotherSeedOrPopulationIsRefused() {
        Scenario s = Sims.scenario(SMALL);
        WarmStart warm = WarmStart.of(s, 0, 1, null);
        assertThrows(IllegalArgumentException.class, () -> new OverdoseSim(s, 99L, 0, 1).startFrom(warm));
        Scenario other = s.withAgents(5000);
        assertThrows(IllegalArgumentException.class,
                () -> new OverdoseSim(other, OverdoseSim.replicationSeed(other.seed(), 0), 0, 1).startFrom(warm));
    }

    @Test
    void withoutAWarmUpThereIsNothingToShare() {
        Scenario s = Sims.scenario(SMALL, "horizon: {warmUpYears: 0}");
        SharedWarmUp shared = new SharedWarmUp(s);
        assertSame(OverdoseSim.run(s, 0, 1, null), OverdoseSim.run(s, 0, 1, null, shared));
        assertFalse(shared.has(0));
    }

    private static void assertSame(RunResult a, RunResult b) {
        for (Measure m : Measure.ALL) assertArrayEquals(a.series(m), b.series(m), m.label());
        assertEquals(a.rates().firstYear(), b.rates().firstYear());
        assertTrue(Arrays.deepEquals(a.rates().byState(), b.rates().byState()), "rates by state");
        assertTrue(Arrays.deepEquals(a.rates().byWindow(), b.rates().byWindow()), "rates by window");
    }
}
