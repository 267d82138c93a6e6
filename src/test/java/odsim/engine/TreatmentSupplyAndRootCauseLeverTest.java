package odsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import odsim.model.UseState;
import odsim.results.Aggregated;
import odsim.results.Measure;
import odsim.results.Period;
import odsim.results.RunResult;
import odsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Safe supply, medications (also in custody), rehab, root causes, drug checking and prescribing levers, measured in the model with
 * common random numbers; z > 4 for statistical claims (false failure about once in 30,000).
 */
class TreatmentSupplyAndRootCauseLeverTest {
    private static final String YEAR = "population: {agents: 40000}\nhorizon: {start: 2022-01-01, end: 2022-12-31}\n";


    @Test
    void safeSupplyClientsDieLessOftenThanPeopleOnTheStreetSupply() {
        String lever = "policies: {safeSupply: {level: 1, model: regulated_retail, capacityPer100k: 100000}}\n";
        RunResult off = Sims.run(Sims.FROZEN, YEAR);
        RunResult on = Sims.run(Sims.FROZEN, YEAR, lever);
        assertTrue(on.total(Measure.SAFE_SUPPLY_STARTS) > 5000, "enrolled: " + on.total(Measure.SAFE_SUPPLY_STARTS));
        assertTrue(Sims.z(off.total(Measure.OVERDOSES), 40000 * 365.0, on.total(Measure.OVERDOSES), 40000 * 365.0) > 4);
        double clientDays = on.total(Measure.PEOPLE_SAFE_SUPPLY), streetDays = on.total(Measure.PEOPLE_STREET);
        assertTrue(Sims.z(on.total(Measure.OVERDOSE_DEATHS_STREET), streetDays,
                on.total(Measure.OVERDOSE_DEATHS_SAFE_SUPPLY), clientDays) > 4, "deaths per person-day, street vs safe supply");
        assertTrue(on.total(Measure.COST_SAFE_SUPPLY) > 0);
    }

    @Test
    void treatmentPlacesLimitTreatmentAndPeopleWaitTillTheLeverAddsPlaces() {
        String base = "population: {agents: 20000}\nhorizon: {start: 2020-01-01, end: 2021-12-31}\n"
                + "treatment: {placesPer100k: 50, startsPerYear: 0.5}\n";
        RunResult full = Sims.run(base);
        double places = 50 * 2_000_000 / 100_000.0;
        double peak = 0, waitingAtEnd = full.series(Measure.WAITING_FOR_TREATMENT)[full.days() - 1];
        for (int d = 0; d < full.days(); d++) {
            peak = Math.max(peak, full.series(Measure.PEOPLE_METHADONE)[d] + full.series(Measure.PEOPLE_BUPRENORPHINE)[d]);
        }
        assertTrue(peak <= places * 1.05, "peak in treatment " + peak + " with " + places + " places");
        assertTrue(waitingAtEnd > 100, "a waiting list forms: " + waitingAtEnd);
        RunResult expanded = Sims.run(base, "policies: {medication: {level: 1, extraPlacesPer100k: 500, extraStartsPerYear: 0}}\n");
        assertTrue(expanded.series(Measure.WAITING_FOR_TREATMENT)[expanded.days() - 1] < 0.5 * waitingAtEnd);
        assertTrue(expanded.total(Measure.TREATMENT_STARTS) > full.total(Measure.TREATMENT_STARTS));
    }

    @Test
    void safeSupplyCapacityLimitsEnrolment() {
        RunResult on = Sims.run(Sims.FROZEN, YEAR, "policies: {safeSupply: {level: 1, model: regulated_retail, capacityPer100k: 100}}\n");
        double capacity = 100 * 2_000_000 / 100_000.0;
        double peak = 0;
        for (double v : on.series(Measure.PEOPLE_SAFE_SUPPLY)) peak = Math.max(peak, v);
        assertTrue(peak <= capacity * 1.05, "peak clients " + peak + " with capacity " + capacity);
        assertTrue(peak > capacity * 0.8, "the program fills: " + peak);
    }

    /** The post-release spike shrinks when medication is given inside: tolerance is held. */
    @Test
    void medicationInCustodyShrinksThePostReleaseSpike() {
        double[] plain = postRelease(false), medicated = postRelease(true);
        assertTrue(Sims.z(plain[0], plain[1], medicated[0], medicated[1]) > 4,
                "overdoses per person in 14 days after release: " + plain[0] / plain[1] + " without, " + medicated[0] / medicated[1] + " with medication");
    }

    private static double[] postRelease(boolean medicated) {
        int n = 60_000;
        Scenario s = Sims.scenario(Sims.FROZEN, "population: {agents: " + n + "}\nhorizon: {start: 2020-01-01, end: 2020-12-31}\n",
                "policies: {medication: {level: 1, continueAfterRelease: 0}}\n");
        OverdoseSim sim = Sims.started(s, 9, 2);
        People p = sim.people;
        for (int i = 0; i < n; i++) {
            p.enter(i, UseState.JAIL, 0);
            p.eventDay[i] = 30;
            sim.refreshDue(i, -1);
            if (medicated) p.set(i, People.FLAG_MEDICATED_IN_CUSTODY, true);
        }
        Sims.days(sim, 30);
        int before = 0, alive = 0;
        for (int i = 0; i < n; i++) {
            before += p.overdoses(i);
            if (!p.state(i).isDead()) alive++;
        }
        Sims.days(sim, 14);
        int after = 0;
        for (int i = 0; i < n; i++) after += p.overdoses(i);
        return new double[] {after - before, alive};
    }

    /** Discharged from 30 days of abstinence-only rehab, people overdose more in their first 14 days back than later. */
    @Test
    void overdosesSpikeAfterRehabDischarge() {
        int n = 60_000;
        Scenario s = Sims.scenario(Sims.FROZEN, "population: {agents: " + n + "}\nhorizon: {start: 2020-01-01, end: 2020-12-31}\n",
                "use: {relapsePerYear: 50, earlyRelapseMultiplier: 1}\n");
        OverdoseSim sim = Sims.started(s, 4, 2);
        People p = sim.people;
        for (int i = 0; i < n; i++) {
            p.enter(i, UseState.REHAB, 0);
            p.eventDay[i] = 30;
            sim.refreshDue(i, -1);
        }
        Sims.days(sim, 37); // discharged on day 30 to remission; most relapse within a week
        int[] early = window(sim, 14), late = window(sim, 30);
        // Rates per person-day in the first 14 days back and in the 30 days after them.
        double earlyRate = early[0] / (14.0 * early[1]), lateRate = late[0] / (30.0 * late[1]);
        System.out.printf("after rehab discharge: %.6f overdoses per person-day in the first 14 days, %.6f in the next 30%n", earlyRate, lateRate);
        assertTrue(Sims.z(early[0], 14.0 * early[1], late[0], 30.0 * late[1]) > 4, "spike: " + earlyRate + " vs " + lateRate);
        assertTrue(earlyRate > 2 * lateRate, "a spike of at least twice the later rate");
    }

    /** Overdoses over the next {@code days} days, and people alive at the start. */
    private static int[] window(OverdoseSim sim, int days) {
        People p = sim.people;
        int before = 0, alive = 0;
        for (int i = 0; i < p.size(); i++) {
            before += p.overdoses(i);
            if (!p.state(i).isDead()) alive++;
        }
        Sims.days(sim, days);
        int after = 0;
        for (int i = 0; i < p.size(); i++) after += p.overdoses(i);
        return new int[] {after - before, alive};
    }

    @Test
    void rootCauseProgramsLowerInitiationAndRelapse() {
        // Pain returns to its lowered levels over months (half-lives of a year), so four years.
        String base = "population: {agents: 60000}\nhorizon: {start: 2020-01-01, end: 2023-12-31}\n";
        RunResult off = Sims.run(base);
        RunResult on = Sims.run(base, "policies: {rootCauses: {level: 1, reach: 1}}\n");
        double offStarts = off.total(Measure.INITIATIONS) + off.total(Measure.RELAPSES);
        double onStarts = on.total(Measure.INITIATIONS) + on.total(Measure.RELAPSES);
        double exposure = 60000 * 1461.0;
        assertTrue(Sims.z(offStarts, exposure, onStarts, exposure) > 4, "initiations and relapses " + onStarts + " vs " + offStarts);
        assertTrue(on.total(Measure.COST_ROOT_CAUSES) > 0);
    }

    @Test
    void drugCheckingLowersOverdoses() {
        RunResult off = Sims.run(Sims.FROZEN, YEAR);
        RunResult on = Sims.run(Sims.FROZEN, YEAR, "policies: {drugChecking: {level: 1, coverage: 1}}\n");
        assertTrue(on.total(Measure.STRONG_RESULTS) > 0 && on.total(Measure.DRUG_CHECKS) > on.total(Measure.STRONG_RESULTS));
        assertTrue(Sims.z(off.total(Measure.OVERDOSES), 40000 * 365.0, on.total(Measure.OVERDOSES), 40000 * 365.0) > 4,
                on.total(Measure.OVERDOSES) + " vs " + off.total(Measure.OVERDOSES));
    }

    @Test
    void courtMandatedRehabTakesItsShareOfArrests() {
        RunResult on = Sims.run(YEAR, "policies: {abstinence: {level: 1, courtMandated: 0.5}}\n");
        double arrests = on.total(Measure.ARRESTS), mandated = on.total(Measure.COURT_MANDATED_REHAB);
        assertTrue(arrests > 200);
        assertTrue(Math.abs(mandated / arrests - 0.5) < 4 * Math.sqrt(0.25 / arrests), "share " + mandated / arrests);
        RunResult off = Sims.run(YEAR);
        assertTrue(on.total(Measure.REHAB_ADMISSIONS) > off.total(Measure.REHAB_ADMISSIONS));
    }

    @Test
    void prescribingRestrictionsCutPeopleOffAndSomeTurnToOtherSupply() {
        String base = "population: {agents: 40000}\nhorizon: {start: 2020-01-01, end: 2021-12-31}\n";
        RunResult off = Sims.run(base);
        RunResult on = Sims.run(base, "policies: {prescribing: {level: 1}}\n");
        var offYears = Aggregated.of(off, Period.YEAR);
        var onYears = Aggregated.of(on, Period.YEAR);
        assertTrue(onYears.series(Measure.PEOPLE_PRESCRIBED)[1] < 0.9 * offYears.series(Measure.PEOPLE_PRESCRIBED)[1]);
        assertTrue(Sims.z(on.total(Measure.INITIATIONS), 40000 * 730.0, off.total(Measure.INITIATIONS), 40000 * 730.0) > 4);
        assertEquals(0, off.total(Measure.COURT_MANDATED_REHAB));
    }
}
