package odsim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import odsim.model.UseState;
import odsim.results.Measure;
import odsim.results.RateCounts;
import odsim.results.RunResult;
import odsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Hepatitis C and HIV from shared injecting equipment, and the sterile supplies lever, measured
 * in the model with common random numbers against the same scenario without them.
 */
class InfectionsTest {
    private static final String YEAR = """
            population: {agents: 40000}
            horizon: {start: 2021-01-01, end: 2021-12-31}
            """;
    /** Chronic infections stay (no cure, no clearing) so the people infected in a year can be counted at its end. */
    private static final String KEPT = "infections: {hcvCuresPerYear: 0, hcvSpontaneousClearance: 0}\n";

    @Test
    void sterileSuppliesLowerInfectionsAmongThePeopleReachedByTheirFallInSharing() {
        Scenario s = Sims.scenario(Sims.FROZEN, YEAR, KEPT, "policies: {sterileSupplies: {level: 1, coverage: 0.5}}\n");
        OverdoseSim sim = Sims.started(s, s.seed(), 2);
        People p = sim.people;
        boolean[] susceptibleAtStart = new boolean[p.size()];
        for (int i = 0; i < p.size(); i++) susceptibleAtStart[i] = p.injects(i) && !p.hasHcv(i);
        Sims.days(sim, 365);
        // Among people who inject and started without hepatitis C: the share infected by the year's end, reached or not.
        double[] infected = new double[2], atRisk = new double[2];
        for (int i = 0; i < p.size(); i++) {
            if (!susceptibleAtStart[i]) continue;
            int reached = sim.world.streams.sterileSuppliesReach.uniform(i, 0) < 0.5 ? 1 : 0;
            atRisk[reached]++;
            if (p.hasHcv(i)) infected[reached]++;
        }
        double ratio = (infected[1] / atRisk[1]) / (infected[0] / atRisk[0]);
        // Sharing falls by 68% for the people reached (Wejnert et al. 2016): about a third of the
        // infections, a little more as a share infected over a year (the unreached run out of people to infect faster).
        assertTrue(infected[0] > 1000, "infections among the unreached: " + infected[0]);
        assertTrue(ratio > 0.26 && ratio < 0.42, "share infected, reached against not: " + ratio);
    }

    @Test
    void sterileSuppliesChangeInfectionsAndTheirCostsButNoOverdose() {
        RunResult off = Sims.run(YEAR);
        Scenario withSupplies = Sims.scenario(YEAR, "policies: {sterileSupplies: {level: 1, coverage: 1}}\n");
        RunResult on = OverdoseSim.run(withSupplies, 0, 2, null);
        assertArrayEquals(off.series(Measure.OVERDOSE_DEATHS), on.series(Measure.OVERDOSE_DEATHS));
        assertArrayEquals(off.series(Measure.PEOPLE_STREET), on.series(Measure.PEOPLE_STREET));
        double ratio = on.total(Measure.HCV_INFECTIONS) / off.total(Measure.HCV_INFECTIONS);
        assertTrue(ratio > 0.22 && ratio < 0.42, "hepatitis C infections with sterile supplies for everyone against none: " + ratio);
        assertTrue(on.total(Measure.HIV_INFECTIONS) <= off.total(Measure.HIV_INFECTIONS));
        // The services pay for everyone they reach: every person using street opioids, a year.
        double streetYears = 0;
        for (double n : on.series(Measure.PEOPLE_STREET)) streetYears += n / odsim.model.Rates.DAYS_PER_YEAR;
        assertEquals(streetYears * withSupplies.policies().sterileSupplies().costPerPersonYear(), on.total(Measure.COST_STERILE_SUPPLIES),
                1e-6 * on.total(Measure.COST_STERILE_SUPPLIES));
        assertEquals(0, off.total(Measure.COST_STERILE_SUPPLIES));
    }

    @Test
    void treatmentLowersInfectionsAsItLowersStreetUseDays() {
        Scenario s = Sims.scenario(Sims.FROZEN, YEAR, "population: {shareStreet: 0.5, shareMethadone: 0.5}\n");
        RateCounts rates = OverdoseSim.run(s, 0, 2, null).rates();
        double onTreatment = rates.incidence(RateCounts.HCV, UseState.METHADONE), off = rates.incidence(RateCounts.HCV, UseState.STREET);
        double useDays = s.treatment().methadoneStreetUseDay() / s.use().streetUseDayProbability();
        assertTrue(off > 15 && off < 30, "hepatitis C per 100 person-years off treatment: " + off);
        assertTrue(onTreatment / off > useDays / 2 && onTreatment / off < useDays * 2,
                "on methadone against off: " + onTreatment / off + ", street use-days " + useDays);
    }

    @Test
    void nobodyInjectingMeansNoInfectionsAndTheSameOverdoses() {
        RunResult usual = Sims.run(YEAR);
        RunResult none = Sims.run(YEAR, "infections: {injectingShare: 0}\n");
        assertEquals(0, none.total(Measure.HCV_INFECTIONS) + none.total(Measure.HIV_INFECTIONS) + none.total(Measure.PEOPLE_WITH_HCV));
        assertEquals(0, none.total(Measure.PEOPLE_INJECTING));
        assertTrue(usual.total(Measure.HCV_INFECTIONS) > 0 && usual.total(Measure.PEOPLE_WITH_HIV) > 0);
        // Infections draw from streams of their own: the overdoses are the same to the day.
        assertArrayEquals(usual.series(Measure.OVERDOSE_DEATHS), none.series(Measure.OVERDOSE_DEATHS));
        assertArrayEquals(usual.series(Measure.OVERDOSES), none.series(Measure.OVERDOSES));
    }

    @Test
    void aCureEndsChronicHepatitisCAndIsPaidFor() {
        Scenario s = Sims.scenario(YEAR, "infections: {hcvCuresPerYear: 1, injectingShare: 1}\n");
        RunResult r = OverdoseSim.run(s, 0, 2, null);
        double cures = r.total(Measure.HCV_CURES);
        assertTrue(cures > 100, "cures: " + cures);
        assertEquals(cures * s.costs().hcvCure(), r.total(Measure.COST_HCV_CURE), 1e-6 * r.total(Measure.COST_HCV_CURE));
        double[] living = r.series(Measure.PEOPLE_WITH_HCV);
        assertTrue(living[living.length - 1] < 0.6 * living[0], "people living with hepatitis C: " + living[0] + " then " + living[living.length - 1]);
        // HIV care is paid for every day of every person living with it.
        double hivYears = 0;
        for (double n : r.series(Measure.PEOPLE_WITH_HIV)) hivYears += n / odsim.model.Rates.DAYS_PER_YEAR;
        assertEquals(hivYears * s.costs().hivCareYear(), r.total(Measure.COST_HIV_CARE), 1e-6 * r.total(Measure.COST_HIV_CARE));
    }
}
