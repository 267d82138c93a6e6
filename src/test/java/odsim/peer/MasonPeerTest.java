package odsim.peer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import odsim.bench.BenchScenarios;
import odsim.engine.OverdoseSim;
import odsim.engine.People;
import odsim.model.UseState;
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
        assertHappened(e, Measure.OVERDOSES, Measure.OVERDOSE_DEATHS, Measure.OTHER_CAUSE_DEATHS, Measure.KITS_DISTRIBUTED, Measure.OPC_VISITS, Measure.DRUG_CHECKS, Measure.SAFE_SUPPLY_STARTS, Measure.DIVERSIONS, Measure.TREATMENT_STARTS);
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
                treatment: {placesPer100k: 1}
                policies: {medication: {extraPlacesPer100k: 2}}
                """);
        RunResult e = assertSameYear(scenario);
        assertHappened(e, Measure.WAITING_FOR_TREATMENT, Measure.TREATMENT_STARTS, Measure.MEDICATED_IN_CUSTODY);
    }

    /**
     * Entrants join both models every day (set up by the engine's code, the peer's as new agents
     * on the schedule) and live their lives in both: every lever on, 5% a year.
     */
    @Test
    void peerAndEngineGiveTheSameYearWithEntrants() {
        Scenario scenario = ScenarioLoader.parse("all-levers-entrants", "name: all-levers-entrants\n", BenchScenarios.ALL_LEVERS, """
                population: {agents: 5000, entrantsPerYear: 0.05}
                horizon: {start: 2015-01-01, end: 2015-12-31}
                use: {shareMisusingOccasionally: 0.65}
                """);
        RunResult e = assertSameYear(scenario);
        assertTrue(e.total(Measure.ENTRANTS) > 200, "entrants came");
        assertHappened(e, Measure.HCV_INFECTIONS, Measure.HCV_CURES, Measure.RECORDS_CLEARED, Measure.COST_STERILE_SUPPLIES);
    }

    /** Two years of warm-up, unrecorded, before the recorded year: with entrants and every lever on. */
    @Test
    void peerAndEngineGiveTheSameYearAfterAWarmUp() {
        Scenario scenario = ScenarioLoader.parse("all-levers-warm", "name: all-levers-warm\n", BenchScenarios.ALL_LEVERS, """
                population: {agents: 5000, entrantsPerYear: 0.05}
                horizon: {start: 2015-01-01, end: 2015-12-31, warmUpYears: 2}
                """);
        RunResult e = assertSameYear(scenario);
        assertTrue(e.total(Measure.OVERDOSE_DEATHS) > 0 && e.total(Measure.ENTRANTS) > 0);
    }

    /**
     * A scenario changed on day 150 (a teacher moving sliders): levers (naloxone down, centres
     * closed) and parameters that make people's lazily kept values settle and draw again (pain
     * recovering faster, street and occasional pill use-days more often, centres reaching further).
     */
    @Test
    void peerAndEngineGiveTheSameYearWithAScenarioChangedMidRun() {
        String base = """
                population: {agents: 5000, entrantsPerYear: 0.05}
                horizon: {start: 2015-01-01, end: 2015-12-31}
                use: {shareMisusingOccasionally: 0.5}
                """;
        Scenario scenario = ScenarioLoader.parse("all-levers-changed", "name: all-levers-changed\n", BenchScenarios.ALL_LEVERS, base);
        Scenario changed = ScenarioLoader.parse("all-levers-changed", "name: all-levers-changed\n", BenchScenarios.ALL_LEVERS, base, """
                policies:
                  naloxone: {level: 0.2}
                  opc: {level: 0, reach: 0.5}
                pain: {physicalRecoveryHalfLifeDays: 20}
                use: {streetUseDayProbability: 0.8, occasionalUseDayProbability: 0.05}
                """);
        RunResult e = assertSameYear(scenario, 150, changed);
        // The change did something: no centre visits after it, some before.
        double[] visits = e.series(Measure.OPC_VISITS);
        double before = 0, after = 0;
        for (int d = 0; d < visits.length; d++) {
            if (d < 150) before += visits[d];
            else after += visits[d];
        }
        assertTrue(before > 0, "centre visits before the change");
        assertEquals(0.0, after, "no centre visits once they close");
    }

    /** Guards, so that an equality cannot hold for want of anything happening: each measure's total is above 0. */
    private static void assertHappened(RunResult e, Measure... measures) {
        for (Measure m : measures) assertTrue(e.total(m) > 0, m.label() + " happened");
    }

    /** Runs the engine and the peer over the scenario's year with one seed; asserts they agree; returns the engine's result. */
    private static RunResult assertSameYear(Scenario scenario) {
        return assertSameYear(scenario, -1, null);
    }

    /**
     * As {@link #assertSameYear(Scenario)}, with both models switched to {@code changed} before
     * day {@code changeDay} of the horizon (none if negative).
     */
    private static RunResult assertSameYear(Scenario scenario, int changeDay, Scenario changed) {
        OverdoseSim engine = new OverdoseSim(scenario, SEED, 0, 1);
        engine.start();
        MasonPeer peer = new MasonPeer(scenario, SEED);
        peer.start();
        int days = 0;
        do {
            if (engine.day() == changeDay) engine.changeScenario(changed);
            days++;
        } while (engine.stepDay());
        do {
            if (peer.day() == changeDay) peer.changeScenario(changed);
            days--;
        } while (peer.stepDay());
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
        // And the rate counts, by state and year and by time since each event.
        assertTrue(java.util.Arrays.deepEquals(e.rates().byState(), p.rates().byState()), "overdoses by state and year");
        assertTrue(java.util.Arrays.deepEquals(e.rates().byWindow(), p.rates().byWindow()), "overdoses and person-days by window");
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
}
