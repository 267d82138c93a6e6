package odsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import odsim.model.UseState;
import odsim.results.Measure;
import odsim.results.RunResult;
import org.junit.jupiter.api.Test;

/** Nobody is lost or counted twice: states add up, and the population follows its flows. */
class PopulationAccountingTest {
    @Test
    void statesAddUpAndFlowsBalanceEveryDay() {
        var scenario = Sims.scenario("population: {agents: 20000}\nhorizon: {start: 2015-01-01, end: 2017-12-31}\n");
        OverdoseSim sim = Sims.started(scenario, 11, 2);
        while (sim.stepDay()) {
            // run to the end
        }
        sim.people().validate();
        RunResult r = sim.result();
        double population = scenario.population().agents();
        for (int d = 0; d < r.days(); d++) {
            double sumOfStates = 0;
            for (UseState s : UseState.ALIVE) sumOfStates += r.series(Measure.peopleIn(s))[d];
            assertEquals(r.series(Measure.POPULATION)[d], sumOfStates, 1e-9, "day " + d);
            population += r.series(Measure.ENTRANTS)[d] - r.series(Measure.OVERDOSE_DEATHS)[d]
                    - r.series(Measure.OTHER_CAUSE_DEATHS)[d];
            assertEquals(population, r.series(Measure.POPULATION)[d], 1e-9, "day " + d);
            for (Measure m : Measure.ALL) assertTrue(r.series(m)[d] >= 0, m + " negative on day " + d);
        }
        // The flows moved people: the test is not vacuous.
        assertTrue(r.total(Measure.OVERDOSE_DEATHS) > 0 && r.total(Measure.ENTRANTS) > 0 && r.total(Measure.ARRESTS) > 0);
        double deathsBySetting = r.total(Measure.OVERDOSE_DEATHS_ALONE) + r.total(Measure.OVERDOSE_DEATHS_WITNESSED);
        assertEquals(r.total(Measure.OVERDOSE_DEATHS), deathsBySetting, 1e-9);
        assertTrue(r.total(Measure.OVERDOSE_DEATHS_NALOXONE_GIVEN) <= r.total(Measure.OVERDOSE_DEATHS));
        assertTrue(r.total(Measure.HOSPITAL_ADMISSIONS) <= r.total(Measure.ED_VISITS), "admissions come through the emergency department");
        assertEquals(r.total(Measure.OVERDOSES), r.total(Measure.OVERDOSE_DEATHS) + r.total(Measure.NONFATAL_OVERDOSES), 1e-9);
    }

    @Test
    void costsAddUpToTheTotal() {
        RunResult r = OverdoseSim.run(Sims.scenario("population: {agents: 5000}\nhorizon: {start: 2015-01-01, end: 2015-12-31}\n"), 0, 1, null);
        double sum = 0;
        for (Measure m : Measure.ALL) if (m.unit.equals("USD") && m != Measure.COST_TOTAL) sum += r.total(m);
        assertEquals(r.total(Measure.COST_TOTAL), sum, 1e-6 * sum);
        assertTrue(sum > 0);
    }
}
