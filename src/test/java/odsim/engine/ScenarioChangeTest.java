package odsim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import odsim.results.Measure;
import odsim.results.RunResult;
import odsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** A lever moved during a run (the GUI's sliders) acts from the next day, exactly as if the scenario had said so. */
class ScenarioChangeTest {
    private static final String YEAR = """
            population: {agents: 8000}
            horizon: {start: 2021-01-01, end: 2021-12-31}
            """;
    private static final LocalDate JULY = LocalDate.of(2021, 7, 1);

    private static Scenario withNaloxoneFrom(Scenario s, LocalDate from, double level) {
        return s.with("policies.naloxone.level", s.policies().naloxone().level().withValueFrom(from, level), "the test");
    }

    /** Also after a warm-up: the GUI counts days from the horizon's start, the engine from the warm-up's. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {0, 1})
    void aLeverChangedMidRunGivesTheScenarioThatChangesOnThatDay(int warmUpYears) {
        Scenario plain = Sims.scenario(YEAR, "horizon: {warmUpYears: " + warmUpYears + "}");
        Scenario dated = withNaloxoneFrom(plain, JULY, 1.0);
        RunResult expected = OverdoseSim.run(dated, 0, 2, null);

        OverdoseSim sim = new OverdoseSim(plain, OverdoseSim.replicationSeed(plain.seed(), 0), 0, 2);
        sim.start();
        int july = (int) (JULY.toEpochDay() - plain.horizon().start().toEpochDay());
        while (sim.day() < july) sim.stepDay();
        sim.changeScenario(dated);
        while (sim.stepDay()) {
            // to the end
        }
        RunResult changed = sim.result();
        for (Measure m : Measure.ALL) assertArrayEquals(expected.series(m), changed.series(m), m.label());
        // And the change did something: kits were handed out from July on, none before.
        double[] kits = changed.series(Measure.KITS_DISTRIBUTED);
        for (int d = 0; d < july; d++) assertEquals(0.0, kits[d]);
        assertTrue(changed.total(Measure.KITS_DISTRIBUTED) > 0);
    }

    @Test
    void aChangedScenarioMustKeepTheHorizonAndPopulation() {
        Scenario plain = Sims.scenario(YEAR);
        OverdoseSim sim = Sims.started(plain, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> sim.changeScenario(plain.withAgents(9000)));
    }

    @Test
    void aWatchedPersonsOverdosesAreToldWithoutChangingResults() {
        Scenario s = Sims.scenario(YEAR);
        RunResult unwatched = OverdoseSim.run(s, 0, 1, null);
        // Find someone who overdoses in the year, then watch them in a second run.
        OverdoseSim first = Sims.started(s, OverdoseSim.replicationSeed(s.seed(), 0), 1);
        while (first.stepDay()) {
            // to the end
        }
        int someone = -1;
        for (int i = 0; i < first.people().size() && someone < 0; i++) if (first.people().overdoses(i) > 0) someone = i;
        assertTrue(someone >= 0);
        int expectedCount = first.people().overdoses(someone);

        OverdoseSim watched = new OverdoseSim(s, OverdoseSim.replicationSeed(s.seed(), 0), 0, 2);
        List<OverdoseScene> scenes = new ArrayList<>();
        watched.watchOverdoses(someone, scenes::add);
        RunResult result = watched.runToEnd();
        for (Measure m : Measure.ALL) assertArrayEquals(unwatched.series(m), result.series(m), m.label());
        assertEquals(expectedCount, scenes.size());
        for (OverdoseScene scene : scenes) {
            assertEquals(someone, scene.person());
            assertTrue(scene.toleranceShare() > 0);
            assertFalse(scene.setting() == OverdoseScene.Setting.AT_CENTRE, "no centre in this scenario");
        }
    }
}
