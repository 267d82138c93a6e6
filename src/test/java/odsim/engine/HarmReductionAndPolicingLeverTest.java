package odsim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import odsim.results.Measure;
import odsim.results.RunResult;
import odsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Each lever's mechanism, measured in the model. Scenarios are compared with the same seed
 * (common random numbers); statistical assertions use one-sided z > 4 (a false failure about
 * once in 30,000 runs if the effect were absent) and fixed seeds.
 */
class HarmReductionAndPolicingLeverTest {
    private static final String YEAR = """
            population: {agents: 40000}
            horizon: {start: 2021-01-01, end: 2021-12-31}
            """;


    @Test
    void leversSwitchedOffLeaveTheBaselineUnchangedToTheByte() {
        RunResult plain = Sims.run(YEAR);
        RunResult off = Sims.run(YEAR, """
                policies:
                  naloxone: {level: 0, kitsPerYearPer100k: 99999}
                  opc: {level: 0, sites: 9}
                  decriminalization: {level: 0}
                  policing: {intensity: 1, diversion: 0}
                  supplyPressure: {volatility: 1}
                  safeSupply: {level: 0, model: regulated_retail}
                  medication: {level: 0, inCustody: 1}
                  rootCauses: {level: 0, reach: 1}
                  drugChecking: {level: 0, coverage: 1}
                  abstinence: {level: 0, courtMandated: 1}
                  prescribing: {level: 0, turnToNonmedical: 1}
                  sterileSupplies: {level: 0, coverage: 1}
                  recordClearing: {level: 0, share: 1}
                """);
        for (Measure m : Measure.ALL) assertArrayEquals(plain.series(m), off.series(m), m.label());
    }

    @Test
    void aLeverSwitchedOnLeavesOtherStreamsAlone() {
        RunResult plain = Sims.run(YEAR);
        RunResult opc = Sims.run(YEAR, "policies: {opc: {level: 1}}\n");
        // The market and the people entering are drawn from their own streams, whatever the policy.
        assertArrayEquals(plain.series(Measure.MARKET_POTENCY), opc.series(Measure.MARKET_POTENCY));
        assertArrayEquals(plain.series(Measure.ENTRANTS), opc.series(Measure.ENTRANTS));
    }

    @Test
    void naloxoneDistributionPutsKitsInTheCircleAndReversesMoreOverdoses() {
        String base = "population: {agents: 60000}\nhorizon: {start: 2022-01-01, end: 2022-12-31}\n"
                + "cascade: {initialKitShare: 0, kitAfterOverdose: 0, witnessHasNaloxone: 0}\n";
        RunResult off = Sims.run(Sims.FROZEN, base);
        RunResult on = Sims.run(Sims.FROZEN, base, "policies: {naloxone: {level: 1, kitsPerYearPer100k: 1000000}}\n");
        double lastDay = on.days() - 1;
        assertTrue(on.series(Measure.KIT_HOLDERS)[(int) lastDay] > 0.3 * 60000, "kits held at the end");
        assertEquals(0, off.total(Measure.KITS_DISTRIBUTED));
        assertTrue(Sims.z(on.total(Measure.NALOXONE_REVERSALS), on.total(Measure.OVERDOSES),
                off.total(Measure.NALOXONE_REVERSALS), off.total(Measure.OVERDOSES)) > 4);
        assertTrue(Sims.z(off.total(Measure.OVERDOSE_DEATHS), off.total(Measure.OVERDOSES),
                on.total(Measure.OVERDOSE_DEATHS), on.total(Measure.OVERDOSES)) > 4, "fatality lower with kits: "
                + on.total(Measure.OVERDOSE_DEATHS) + "/" + on.total(Measure.OVERDOSES) + " vs "
                + off.total(Measure.OVERDOSE_DEATHS) + "/" + off.total(Measure.OVERDOSES));
        assertEquals(on.total(Measure.KITS_DISTRIBUTED) * 75, on.total(Measure.COST_NALOXONE), 1e-6);
    }

    @Test
    void noOneDiesOfAnOverdoseAtACentreAndVisitsStayWithinCapacity() {
        String base = "population: {agents: 40000}\nhorizon: {start: 2022-01-01, end: 2022-12-31}\n";
        RunResult on = Sims.run(Sims.FROZEN, base, "policies: {opc: {level: 1, reach: 1, useDaysAtSite: 0.8, sites: 40, visitsPerSitePerDay: 500}}\n");
        assertTrue(on.total(Measure.OVERDOSES_AT_SITE) > 100, "overdoses at sites: " + on.total(Measure.OVERDOSES_AT_SITE));
        assertEquals(0, on.total(Measure.OVERDOSE_DEATHS_AT_SITE));
        RunResult tight = Sims.run(Sims.FROZEN, base, "policies: {opc: {level: 1, reach: 1, useDaysAtSite: 0.8, sites: 1, visitsPerSitePerDay: 1000}}\n");
        double meanVisits = tight.total(Measure.OPC_VISITS) / tight.days();
        assertTrue(meanVisits <= 1000 * 1.02, "mean daily visits " + meanVisits + " within capacity 1000");
        assertTrue(meanVisits > 900, "a full centre: " + meanVisits);
        RunResult off = Sims.run(Sims.FROZEN, base);
        assertTrue(Sims.z(off.total(Measure.OVERDOSE_DEATHS), 40000, on.total(Measure.OVERDOSE_DEATHS), 40000) > 4,
                "deaths with centres " + on.total(Measure.OVERDOSE_DEATHS) + " vs " + off.total(Measure.OVERDOSE_DEATHS));
    }

    @Test
    void decriminalizationRaisesTheShareOfOverdosesWith911AndEndsArrests() {
        String base = "population: {agents: 40000}\nhorizon: {start: 2022-01-01, end: 2022-12-31}\n";
        RunResult off = Sims.run(base);
        RunResult on = Sims.run(base, "policies: {decriminalization: {level: 1}}\n");
        assertTrue(off.total(Measure.ARRESTS) > 100);
        assertEquals(0, on.total(Measure.ARRESTS));
        assertTrue(Sims.z(on.total(Measure.EMS_CALLS), on.total(Measure.OVERDOSES),
                off.total(Measure.EMS_CALLS), off.total(Measure.OVERDOSES)) > 4);
        assertTrue(on.total(Measure.TREATMENT_STARTS) > off.total(Measure.TREATMENT_STARTS));
    }

    @Test
    void policingIntensityScalesArrestsAndDiversionReplacesCustody() {
        String base = "population: {agents: 40000}\nhorizon: {start: 2022-01-01, end: 2022-12-31}\n";
        RunResult normal = Sims.run(base);
        RunResult doubled = Sims.run(base, "policies: {policing: {intensity: 2}}\n");
        double ratio = doubled.total(Measure.ARRESTS) / normal.total(Measure.ARRESTS);
        // About twice the arrests; the tolerance covers the Poisson noise of a few hundred arrests.
        assertTrue(ratio > 1.6 && ratio < 2.4, "arrest ratio " + ratio);
        RunResult diverted = Sims.run(base, "policies: {policing: {diversion: 0.5}}\n");
        double share = diverted.total(Measure.DIVERSIONS) / diverted.total(Measure.ARRESTS);
        double sd = Math.sqrt(0.25 / diverted.total(Measure.ARRESTS));
        assertTrue(Math.abs(share - 0.5) < 4 * sd, "diverted share " + share);
        assertTrue(diverted.total(Measure.PEOPLE_JAIL) < normal.total(Measure.PEOPLE_JAIL), "fewer jail days");
    }

    @Test
    void supplyPressureMakesBatchesMoreDangerous() {
        String base = "population: {agents: 30000}\nhorizon: {start: 2022-01-01, end: 2022-06-30}\n";
        RunResult off = Sims.run(Sims.FROZEN, base);
        RunResult on = Sims.run(Sims.FROZEN, base, "policies: {supplyPressure: {volatility: 1.5}}\n");
        double days = off.days() * 30000.0;
        assertTrue(Sims.z(on.total(Measure.OVERDOSES), days, off.total(Measure.OVERDOSES), days) > 4,
                "overdoses " + on.total(Measure.OVERDOSES) + " vs " + off.total(Measure.OVERDOSES));
        assertTrue(on.total(Measure.COST_SUPPLY_PRESSURE) > 0);
    }
}
