package odsim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import odsim.results.RunResult;
import odsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

class DeterminismTest {
    private final Scenario scenario = Sims.scenario("""
            population: {agents: 30000}
            horizon: {start: 2016-01-01, end: 2017-12-31}
            jobLossShocks: [{date: 2016-06-01, share: 0.2, size: 0.5}]
            """);

    @Test
    void sameSeedSameResults() {
        RunResult a = OverdoseSim.run(scenario, 0, 1, null), b = OverdoseSim.run(scenario, 0, 1, null);
        for (int m = 0; m < a.daily().length; m++) assertArrayEquals(a.daily()[m], b.daily()[m]);
    }

    @Test
    void oneAndTwoThreadsGiveIdenticalResults() {
        RunResult one = OverdoseSim.run(scenario, 0, 1, null), two = OverdoseSim.run(scenario, 0, 2, null);
        for (int m = 0; m < one.daily().length; m++) assertArrayEquals(one.daily()[m], two.daily()[m], "measure " + m);
    }

    @Test
    void replicationsDiffer() {
        RunResult a = OverdoseSim.run(scenario, 0, 1, null), b = OverdoseSim.run(scenario, 1, 1, null);
        assertFalse(Arrays.deepEquals(a.daily(), b.daily()));
    }
}
