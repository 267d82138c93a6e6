package odsim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import odsim.results.Measure;
import odsim.results.RunResult;
import odsim.scenario.Scenario;
import odsim.scenario.ScenarioLoader;

/** Small scenarios and helpers for engine tests. */
final class Sims {
    /**
     * Everyone uses street opioids and nobody moves between states, ages out or enters: the
     * mechanism under test is the only thing that varies.
     */
    static final String FROZEN = """
            population: {entrantsPerYear: 0, shareStreet: 1, shareNoUse: 0, sharePrescribed: 0, shareNonmedical: 0,
                         shareMethadone: 0, shareBuprenorphine: 0, shareRemission: 0}
            use: {prescriptionStartPerYear: 0, prescriptionEndPerYear: 0, prescribedToMisusePerYear: 0, initiationPerYear: 0,
                  escalationPerYear: 0, nonmedicalCessationPerYear: 0, streetCessationPerYear: 0, relapsePerYear: 0}
            treatment: {startsPerYear: 0, methadoneDropoutPerYear: 0, buprenorphineDropoutPerYear: 0}
            rehab: {admissionsPerYear: 0}
            policing: {streetArrestsPerYear: 0, nonmedicalArrestsPerYear: 0, remissionAfterRelease: 0}
            mortality: {rateAt40: 0}
            """;

    /** The year 2021 alone, 20,000 agents, no warm-up: a mechanism's effect within one year. */
    static final String YEAR_2021 = "horizon: {start: 2021-01-01, end: 2021-12-31, warmUpYears: 0}\npopulation: {agents: 20000}\n";

    private Sims() {}

    /** A {@link #FROZEN} street-using year ({@link #YEAR_2021}) under the street supply {@code supply} (the inside of {@code supply: {...}}). */
    static RunResult streetYear(String supply) {
        return run(FROZEN, YEAR_2021, "supply: {" + supply + "}\n");
    }

    /** A scenario from YAML layers; later layers override earlier ones key by key. */
    static Scenario scenario(String... layers) {
        return ScenarioLoader.parse("test", layers);
    }

    /** Replication 0 of the scenario the layers make, on two threads. */
    static RunResult run(String... layers) {
        return OverdoseSim.run(scenario(layers), 0, 2, null);
    }

    static OverdoseSim started(Scenario s, long seed, int threads) {
        OverdoseSim sim = new OverdoseSim(s, seed, 0, threads);
        sim.start();
        return sim;
    }

    static void days(OverdoseSim sim, int n) {
        for (int k = 0; k < n; k++) sim.stepDay();
    }

    /** Asserts two runs are the same day by day in every measure, and that {@code a} saw enough overdoses for that to mean something. */
    static void assertSameRuns(RunResult a, RunResult b) {
        assertTrue(a.total(Measure.OVERDOSES) > 1000, "overdoses " + a.total(Measure.OVERDOSES));
        for (Measure m : Measure.ALL) assertArrayEquals(a.series(m), b.series(m), m.label());
    }

    /** One-sided z statistic for "rate a is higher than rate b" (events over exposures). */
    static double z(double eventsA, double nA, double eventsB, double nB) {
        double pa = eventsA / nA, pb = eventsB / nB, pooled = (eventsA + eventsB) / (nA + nB);
        return (pa - pb) / Math.sqrt(pooled * (1 - pooled) * (1 / nA + 1 / nB));
    }
}
