package odsim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import odsim.results.Measure;
import odsim.results.RunResult;
import odsim.scenario.Scenario;
import odsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The MASON peer is the engine's model written another way, so with the same seed it must give
 * the same results: every draw is keyed by (stream, person, day), which leaves nothing to the
 * order in which either model visits people.
 */
class MasonPeerTest {
    private static final long SEED = 12345L;
    private static final String YAML = """
            name: t
            population:
              agents: 5000
              entrantsPerYear: 0
            horizon:
              start: 2018-01-01
              end: 2018-12-31
            """;

    @Test
    void peerAndEngineGiveTheSameYear() {
        Scenario scenario = ScenarioLoader.parse("test", YAML);
        OverdoseSim engine = new OverdoseSim(scenario, SEED, 0, 1);
        engine.start();
        MasonPeer peer = new MasonPeer(scenario, SEED);
        peer.start();
        int days = 0;
        while (engine.stepDay()) days++;
        while (peer.stepDay()) days--;
        assertEquals(0, days, "both run the whole horizon");
        assertEquals(365, engine.day());
        assertEquals(365, peer.day());

        RunResult e = engine.result();
        RunResult p = peer.result();
        // The totals the benchmark's claim rests on, and a guard that the year had events at all.
        assertTrue(e.total(Measure.OVERDOSES) > 0 && e.total(Measure.OVERDOSE_DEATHS) > 0 && e.total(Measure.OTHER_CAUSE_DEATHS) > 0);
        for (Measure m : new Measure[] {Measure.OVERDOSES, Measure.OVERDOSE_DEATHS, Measure.OTHER_CAUSE_DEATHS}) {
            assertEquals(e.total(m), p.total(m), m.label());
        }
        int last = e.days() - 1;
        for (UseState s : UseState.ALIVE) {
            Measure m = Measure.peopleIn(s);
            assertEquals(e.series(m)[last], p.series(m)[last], m.label() + " at the end");
        }
        // Exact equality of every series on every day (counts and costs alike).
        for (Measure m : Measure.ALL) assertArrayEquals(e.series(m), p.series(m), m.label());
        // And person by person.
        People people = engine.people();
        assertEquals(people.size(), peer.size());
        for (int i = 0; i < people.size(); i++) {
            assertEquals(people.state(i), peer.state(i), "state of person " + i);
            assertEquals(people.tolerance(i), peer.tolerance(i), "tolerance of person " + i);
            assertEquals(people.lastUseDay(i), peer.lastUseDay(i), "last use of person " + i);
            assertEquals(people.overdoses(i), peer.overdoses(i), "overdoses of person " + i);
        }
        engine.finish();
        peer.finish();
    }

    @Test
    void peerRefusesEntrants() {
        Scenario scenario = ScenarioLoader.parse("test", "name: t\npopulation:\n  entrantsPerYear: 0.02\n");
        assertThrows(IllegalArgumentException.class, () -> new MasonPeer(scenario, SEED));
    }
}
