package odsim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import odsim.bench.BenchScenarios;
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
        RunResult e = assertSameYear(scenario);
        // A guard that the year had events at all.
        assertTrue(e.total(Measure.OVERDOSES) > 0 && e.total(Measure.OVERDOSE_DEATHS) > 0 && e.total(Measure.OTHER_CAUSE_DEATHS) > 0);
    }

    /**
     * Every lever on (the engine's all-levers benchmark, over one year): programs with room and
     * queues, so the peer's capacities, waiting, centres, checks, safe supply and diversion are
     * all exercised, and must give the engine's results to the last bit.
     */
    @Test
    void peerAndEngineGiveTheSameYearWithEveryLeverOn() {
        Scenario scenario = ScenarioLoader.parse("all-levers", "name: all-levers\n", BenchScenarios.ALL_LEVERS, """
                population: {agents: 5000, entrantsPerYear: 0}
                horizon: {start: 2015-01-01, end: 2015-12-31}
                """);
        RunResult e = assertSameYear(scenario);
        // Guards, so that the equality cannot hold for want of anything happening.
        for (Measure m : new Measure[] {Measure.OVERDOSES, Measure.OVERDOSE_DEATHS, Measure.OTHER_CAUSE_DEATHS, Measure.KITS_DISTRIBUTED, Measure.OPC_VISITS,
            Measure.DRUG_CHECKS, Measure.SAFE_SUPPLY_STARTS, Measure.DIVERSIONS, Measure.TREATMENT_STARTS}) {
            assertTrue(e.total(m) > 0, m.label() + " happened");
        }
    }

    /**
     * Every lever on with treatment places scarce (300 for about 400 people who would be in
     * treatment), so that requests are refused and people wait and ask again each day: the
     * all-levers year above never fills its places.
     */
    @Test
    void peerAndEngineGiveTheSameYearWithEveryLeverOnAndAWaitingList() {
        Scenario scenario = ScenarioLoader.parse("all-levers-waiting", "name: all-levers-waiting\n", BenchScenarios.ALL_LEVERS, """
                population: {agents: 5000, entrantsPerYear: 0}
                horizon: {start: 2015-01-01, end: 2015-12-31}
                treatment: {placesPer100k: 5}
                policies: {medication: {extraPlacesPer100k: 10}}
                """);
        RunResult e = assertSameYear(scenario);
        for (Measure m : new Measure[] {Measure.WAITING_FOR_TREATMENT, Measure.TREATMENT_STARTS, Measure.MEDICATED_IN_CUSTODY}) {
            assertTrue(e.total(m) > 0, m.label() + " happened");
        }
    }

    /** Runs the engine and the peer over the scenario's year with one seed; asserts they agree; returns the engine's result. */
    private static RunResult assertSameYear(Scenario scenario) {
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
        // The totals the benchmark's claim rests on.
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
        return e;
    }

    @Test
    void peerRefusesEntrants() {
        Scenario scenario = ScenarioLoader.parse("test", "name: t\npopulation:\n  entrantsPerYear: 0.02\n");
        assertThrows(IllegalArgumentException.class, () -> new MasonPeer(scenario, SEED));
    }
}
