package odsim.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import odsim.results.Measure;
import odsim.results.RunResult;
import odsim.results.Statistics;
import odsim.scenario.Scenario;
import odsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Common random numbers: an alternative run with the baseline's seeds differs from it only
 * where the policy acts, so the interval of deaths averted is far narrower than when the two
 * are run with independent seeds, at the same number of replications.
 */
class CommonRandomNumbersTest {
    private static final String BASE = """
            population: {agents: 15000}
            horizon: {start: 2018-01-01, end: 2021-12-31}
            """;

    @Test
    void pairedIntervalIsMarkedlyNarrowerThanIndependent() {
        // Twenty replications: the width of an interval from a handful of runs is itself too noisy
        // to compare (with 8, the ratio moved between 0.26 and 0.57 under small model changes).
        int reps = 20;
        Scenario baseline = ScenarioLoader.parse("base", BASE);
        Scenario naloxone = ScenarioLoader.parse("naloxone", BASE, "policies: {naloxone: {level: 1}}\n");
        List<RunResult> b = Replications.run(baseline, reps, 2, null, null);
        List<RunResult> common = Replications.run(naloxone, reps, 2, null, null);
        List<RunResult> independent = Replications.run(naloxone.withSeed(baseline.seed() + 1), reps, 2, null, null);
        double[] paired = new double[reps], unpaired = new double[reps];
        for (int r = 0; r < reps; r++) {
            double deaths = b.get(r).total(Measure.OVERDOSE_DEATHS);
            paired[r] = deaths - common.get(r).total(Measure.OVERDOSE_DEATHS);
            unpaired[r] = deaths - independent.get(r).total(Measure.OVERDOSE_DEATHS);
        }
        Statistics p = Statistics.of(paired), u = Statistics.of(unpaired);
        double ratio = (p.upper95() - p.lower95()) / (u.upper95() - u.lower95());
        System.out.printf("deaths averted, %d replications: common random numbers %.1f (%.1f to %.1f), independent seeds %.1f (%.1f to %.1f); "
                + "interval width ratio %.2f%n", reps, p.mean(), p.lower95(), p.upper95(), u.mean(), u.lower95(), u.upper95(), ratio);
        assertTrue(ratio < 0.5, "paired interval width / independent interval width = " + ratio);
    }
}
