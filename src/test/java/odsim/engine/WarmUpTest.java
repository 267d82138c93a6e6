package odsim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import odsim.results.Measure;
import odsim.results.RunResult;
import odsim.scenario.Scenario;
import odsim.scenario.ScenarioException;
import org.junit.jupiter.api.Test;

/** {@code horizon.warmUpYears}: years stepped before the start, inputs held, nothing recorded. */
class WarmUpTest {
    private static final String SMALL = """
            population: {agents: 4000}
            horizon: {start: 2016-01-01, end: 2017-12-31}
            supply:
              fentanylShare: {interpolation: linear, points: {2014-01-01: 0.0, 2016-01-01: 0.3, 2018-01-01: 0.6}}
            """;

    @Test
    void recordsTheHorizonOnly() {
        Scenario s = Sims.scenario(SMALL, "horizon: {warmUpYears: 3}");
        RunResult r = OverdoseSim.run(s, 0, 1, null);
        assertEquals(s.horizon().days(), r.days());
        assertEquals(LocalDate.of(2016, 1, 1), r.start());
        // Held through the warm-up at its value on the start date, then following its curve.
        double[] share = r.series(Measure.FENTANYL_SHARE);
        assertEquals(0.3, share[0], 1e-12);
        assertEquals(0.6, share[share.length - 1], 0.001);
    }

    @Test
    void startStepsTheWarmUpAndCountsDaysOfTheHorizon() {
        Scenario s = Sims.scenario(SMALL, "horizon: {warmUpYears: 1}");
        int[] stepped = {0};
        OverdoseSim sim = new OverdoseSim(s, 1L, 0, 1);
        sim.setOnDayDone(d -> stepped[0]++);
        sim.start();
        assertEquals(0, sim.day());
        assertEquals(s.horizon().warmUpDays(), stepped[0], "progress is told of the warm-up's days too");
        assertEquals(365, s.horizon().warmUpDays());
        sim.stepDay();
        assertEquals(1, sim.day());
        assertEquals(s.horizon().days(), sim.days());
    }

    @Test
    void leversAreHeldAtTheirStartValueThroughTheWarmUp() {
        // Naloxone off on the start date and on from mid-2016: with the same warm-up, the two runs
        // share every draw and every day until the program starts (common random numbers).
        Scenario base = Sims.scenario(SMALL, "horizon: {warmUpYears: 2}");
        Scenario lever = Sims.scenario(SMALL, "horizon: {warmUpYears: 2}", """
                policies: {naloxone: {level: {interpolation: step, points: {2016-01-01: 0, 2016-07-01: 1}}}}
                """);
        RunResult a = OverdoseSim.run(base, 0, 1, null), b = OverdoseSim.run(lever, 0, 1, null);
        int leverDay = (int) (LocalDate.of(2016, 7, 1).toEpochDay() - LocalDate.of(2016, 1, 1).toEpochDay());
        for (Measure m : Measure.ALL) {
            assertArrayEquals(Arrays.copyOf(a.series(m), leverDay), Arrays.copyOf(b.series(m), leverDay), m.label());
        }
        assertTrue(b.total(Measure.KITS_DISTRIBUTED) > 0);
        // A program on before the start is on through the warm-up: the start differs.
        Scenario early = Sims.scenario(SMALL, "horizon: {warmUpYears: 2}", """
                policies: {naloxone: {level: {interpolation: step, points: {2010-01-01: 1}}}}
                """);
        RunResult c = OverdoseSim.run(early, 0, 1, null);
        assertTrue(c.series(Measure.KIT_HOLDERS)[0] > a.series(Measure.KIT_HOLDERS)[0]);
    }

    @Test
    void theSameWithOneOrTwoThreads() {
        Scenario s = Sims.scenario(SMALL, "horizon: {warmUpYears: 2}");
        RunResult one = OverdoseSim.run(s, 0, 1, null), two = OverdoseSim.run(s, 0, 2, null);
        for (int m = 0; m < one.daily().length; m++) assertArrayEquals(one.daily()[m], two.daily()[m], "measure " + m);
        assertFalse(Arrays.deepEquals(one.daily(), OverdoseSim.run(Sims.scenario(SMALL), 0, 1, null).daily()));
    }

    /**
     * What a warm-up is for: the shipped shares by state are not where the model's flows keep
     * them, so without one people drift into street use whatever the supply does; after a long
     * warm-up under the start's conditions the drift is mostly gone.
     */
    @Test
    void aLongWarmUpLeavesLittleDrift() {
        String held = """
                population: {agents: 6000}
                horizon: {start: 2015-01-01, end: 2016-12-31}
                supply: {fentanylShare: 0.05, counterfeitPillShare: 0.01}
                """;
        double cold = drift(Sims.scenario(held)), warm = drift(Sims.scenario(held, "horizon: {warmUpYears: 25}"));
        assertTrue(cold > 0.2, "without a warm-up, street use grows " + cold);
        assertTrue(Math.abs(warm) < cold / 4, "after a warm-up it changes by " + warm + " against " + cold);
    }

    /** Relative change in people using street opioids from the first day to the last. */
    private static double drift(Scenario s) {
        double[] street = OverdoseSim.run(s, 0, 2, null).series(Measure.PEOPLE_STREET);
        return street[street.length - 1] / street[0] - 1;
    }

    @Test
    void outOfRangeIsRefused() {
        assertThrows(ScenarioException.class, () -> Sims.scenario("horizon: {warmUpYears: -1}"));
        assertThrows(ScenarioException.class, () -> Sims.scenario("horizon: {warmUpYears: 51}"));
    }
}
