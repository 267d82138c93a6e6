package odsim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import odsim.results.Measure;
import odsim.results.RunResult;
import odsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Criminal records and their clearing, measured in the model with common random numbers against
 * the same scenario without the lever.
 */
class RecordsTest {
    private static final String NO_RECORDS_AT_START = "records: {shareStreetHistory: 0, shareMisuse: 0, shareOther: 0}\n";

    @Test
    void anArrestLeavesARecordUnlessDivertedBeforeBooking() {
        String year = "population: {agents: 20000}\nhorizon: {start: 2021-01-01, end: 2021-12-31}\n" + NO_RECORDS_AT_START;
        RunResult arrested = Sims.run(Sims.FROZEN, year, "policing: {streetArrestsPerYear: 1}\n");
        RunResult diverted = Sims.run(Sims.FROZEN, year, "policing: {streetArrestsPerYear: 1}\npolicies: {policing: {diversion: 1}}\n");
        double[] records = arrested.series(Measure.PEOPLE_WITH_RECORD);
        // With no one leaving the street, everyone arrested once carries a record: about 1 - e^-1 of them after a year.
        double share = records[records.length - 1] / 20000;
        assertTrue(share > 0.55 && share < 0.7, "share with a record after a year of arrests at 1 a year: " + share);
        assertTrue(arrested.total(Measure.ARRESTS) > 10000);
        assertEquals(0, diverted.series(Measure.PEOPLE_WITH_RECORD)[records.length - 1]);
    }

    @Test
    void clearingLowersEconomicStressAmongThePeopleReachedAndWithItRelapse() {
        // Everyone starts with a record; clearing reaches half of them on the first day. The
        // economic stress a record adds is made large here so its effect on relapse shows in a test.
        String base = "population: {agents: 60000}\nhorizon: {start: 2020-01-01, end: 2023-12-31}\n"
                + "records: {shareStreetHistory: 1, shareMisuse: 1, shareOther: 1, economicPain: 0.5}\n";
        String clearing = "policies: {recordClearing: {level: 1, share: 0.5, costPerClearance: 500}}\n";
        Scenario s = Sims.scenario(base, clearing);
        OverdoseSim sim = Sims.started(s, s.seed(), 2);
        Sims.days(sim, 730);
        People p = sim.people;
        double[] stress = new double[2], people = new double[2];
        for (int i = 0; i < p.size(); i++) {
            if (p.state(i).isDead()) continue;
            int reached = sim.world.streams.recordClearing.uniform(i, 0) < 0.5 ? 1 : 0;
            stress[reached] += sim.pain.driversAt(i, sim.world.day - 1)[People.ECONOMIC];
            people[reached]++;
        }
        double fall = stress[0] / people[0] - stress[1] / people[1];
        // Two years is several half-lives of economic stress: most of the 0.5 is gone for the reached (baselines clipped at 1 keep some).
        assertTrue(fall > 0.25 && fall < 0.5, "economic stress, unreached less reached: " + fall);

        RunResult off = Sims.run(base);
        RunResult on = OverdoseSim.run(s, 0, 2, null);
        assertEquals(30000, on.total(Measure.RECORDS_CLEARED), 600, "records cleared");
        assertEquals(on.total(Measure.RECORDS_CLEARED) * 500, on.total(Measure.COST_RECORD_CLEARING), 1e-6);
        double exposure = 60000 * 1461.0;
        assertTrue(Sims.z(off.total(Measure.RELAPSES), exposure, on.total(Measure.RELAPSES), exposure) > 4,
                "relapses " + on.total(Measure.RELAPSES) + " vs " + off.total(Measure.RELAPSES));
    }

    @Test
    void clearingSwitchedOffOrReachingNoOneChangesNothing() {
        String year = "population: {agents: 20000}\nhorizon: {start: 2021-01-01, end: 2021-12-31}\n";
        RunResult plain = Sims.run(year);
        RunResult none = Sims.run(year, "policies: {recordClearing: {level: 1, share: 0}}\n");
        assertTrue(plain.series(Measure.PEOPLE_WITH_RECORD)[0] > 1000 && plain.total(Measure.ARRESTS) > 0, "records carried and made");
        for (Measure m : Measure.ALL) assertArrayEquals(plain.series(m), none.series(m), m.label());
    }
}
