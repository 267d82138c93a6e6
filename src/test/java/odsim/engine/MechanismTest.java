package odsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import odsim.model.UseState;
import odsim.results.Measure;
import odsim.results.RunResult;
import odsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The mechanisms of MODEL.md, measured in the model. Statistical assertions use one-sided z
 * tests at z > 4 (a false failure about once in 30,000 runs if the effect were absent), and the
 * seeds are fixed, so each test gives the same answer every run.
 */
class MechanismTest {
    @Test
    void toleranceKeepsThroughGraceThenHalvesEveryHalfLife() {
        Scenario s = Sims.scenario("tolerance: {halfLifeDays: 7, graceDays: 2, naiveTolerance: 0.01}\n");
        Rules r = new Rules(s);
        assertEquals(2.0, r.toleranceAfter(2.0, 2), 1e-12);
        assertEquals(1.0, r.toleranceAfter(2.0, 9), 1e-9);
        assertEquals(0.5, r.toleranceAfter(2.0, 16), 1e-9);
        assertEquals(0.01, r.toleranceAfter(2.0, 3000), 1e-12);
    }

    /** In the running model: a person in jail for 30 days comes out with the decayed tolerance. */
    @Test
    void toleranceIsLostInCustody() {
        Scenario s = Sims.scenario(Sims.FROZEN, "population: {agents: 100}\ntolerance: {naiveTolerance: 0.01}\n");
        OverdoseSim sim = Sims.started(s, 1, 1);
        People p = sim.people;
        p.enter(0, UseState.JAIL, 0);
        p.eventDay[0] = 30;
        sim.refreshDue(0, -1);
        double before = p.tolerance[0];
        Sims.days(sim, 30);
        // Last use was the day before the start (-1); on day 30 the gap is 30 days: 28 past the grace.
        assertEquals(before * Math.pow(0.5, 28.0 / 7), sim.world.rules.toleranceAfter(before, 30 - 1 - p.lastUseDay[0]), 1e-6);
        assertEquals(UseState.JAIL, p.state(0));
        sim.stepDay();
        assertEquals(UseState.STREET, p.state(0), "released on day 30 back to the street supply");
    }

    @Test
    void overdoseChanceRisesWithDoseOverTolerance() {
        int groups = 3, perGroup = 100_000;
        Scenario s = Sims.scenario(Sims.FROZEN, "population: {agents: " + groups * perGroup + "}\n");
        OverdoseSim sim = Sims.started(s, 5, 2);
        People p = sim.people;
        for (int i = 0; i < p.size; i++) {
            // Group g's tolerance is 1, 1/2 or 1/4 of the dose it takes: ratios 1, 2, 4.
            p.tolerance[i] = (float) (p.habitualDose[i] / (1 << (i % groups)));
        }
        Sims.days(sim, 1);
        int[] overdoses = new int[groups];
        for (int i = 0; i < p.size; i++) overdoses[i % groups] += p.overdoses(i);
        for (int g = 1; g < groups; g++) {
            assertTrue(Sims.z(overdoses[g], perGroup, overdoses[g - 1], perGroup) > 4,
                    "ratio group " + g + ": " + overdoses[g] + " vs " + overdoses[g - 1]);
        }
    }

    @Test
    void naloxoneFromAWitnessLowersFatality() {
        String base = """
                population: {agents: 30000}
                horizon: {start: 2022-01-01, end: 2022-12-31}
                cascade: {aloneIfTending: 0, aloneOtherwise: 0, call911: 0, initialKitShare: 0, witnessHasNaloxone: %s}
                """;
        RunResult without = OverdoseSim.run(Sims.scenario(Sims.FROZEN, base.formatted("0")), 0, 2, null);
        RunResult with = OverdoseSim.run(Sims.scenario(Sims.FROZEN, base.formatted("1")), 0, 2, null);
        double odWithout = without.total(Measure.OVERDOSES), odWith = with.total(Measure.OVERDOSES);
        double deathsWithout = without.total(Measure.OVERDOSE_DEATHS), deathsWith = with.total(Measure.OVERDOSE_DEATHS);
        assertTrue(odWithout > 1000, "enough overdoses to test: " + odWithout);
        System.out.printf("fatality of witnessed overdoses: without naloxone %.4f, with %.4f%n",
                deathsWithout / odWithout, deathsWith / odWith);
        assertTrue(Sims.z(deathsWithout, odWithout, deathsWith, odWith) > 4,
                "fatality without naloxone " + deathsWithout / odWithout + ", with " + deathsWith / odWith);
        assertEquals(with.total(Measure.NONFATAL_OVERDOSES), with.total(Measure.NALOXONE_REVERSALS), 1e-9);
        // Every witness had naloxone and no one called 911: each death had naloxone given by the witness, none without.
        assertEquals(deathsWith, with.total(Measure.OVERDOSE_DEATHS_NALOXONE_GIVEN), 1e-9);
        assertEquals(0, without.total(Measure.OVERDOSE_DEATHS_NALOXONE_GIVEN), 1e-9);
    }

    /**
     * People leaving 30 days of custody return to an unchanged street supply and overdose more in
     * their first 14 days than people who kept using: measured, not configured. Control: when
     * tolerance is not lost in those 30 days, the excess disappears.
     */
    @Test
    void overdosesSpikeAfterAbstinenceBecauseToleranceIsLost() {
        double[] lost = postReleaseRates("");
        double[] kept = postReleaseRates("tolerance: {graceDays: 60}\n");
        // lost[0]: released people, lost[1]: people who kept using, lost[2], lost[3]: their counts.
        assertTrue(Sims.z(lost[0], lost[2], lost[1], lost[3]) > 4, "released " + lost[0] + " vs kept using " + lost[1]);
        assertTrue(lost[0] / lost[2] > 3 * lost[1] / lost[3], "spike of at least 3x");
        double zControl = Sims.z(kept[0], kept[2], kept[1], kept[3]);
        System.out.printf("post-release overdoses per person in 14 days: released %.5f, kept using %.5f; "
                + "without tolerance loss: released %.5f, kept using %.5f%n",
                lost[0] / lost[2], lost[1] / lost[3], kept[0] / kept[2], kept[1] / kept[3]);
        // Without tolerance loss there is no excess; released people may overdose less (their first use waits some days).
        assertTrue(zControl < 4, "no spike without tolerance loss: z = " + zControl);
    }

    /** Overdoses in days 30-43 of people released on day 30 (even) and people who kept using (odd). */
    private static double[] postReleaseRates(String extra) {
        int n = 100_000;
        Scenario s = Sims.scenario(Sims.FROZEN, "population: {agents: " + n + "}\n"
                + "horizon: {start: 2020-01-01, end: 2020-12-31}\n", extra.isEmpty() ? "{}" : extra);
        OverdoseSim sim = Sims.started(s, 3, 2);
        People p = sim.people;
        for (int i = 0; i < n; i += 2) {
            p.enter(i, UseState.JAIL, 0);
            p.eventDay[i] = 30;
            sim.refreshDue(i, -1);
        }
        Sims.days(sim, 30);
        int[] before = new int[n];
        double[] alive = new double[2];
        for (int i = 0; i < n; i++) {
            before[i] = p.overdoses(i);
            if (!p.state(i).isDead()) alive[i % 2]++;
        }
        Sims.days(sim, 14);
        double[] events = new double[2];
        for (int i = 0; i < n; i++) events[i % 2] += p.overdoses(i) - before[i];
        return new double[] {events[0], events[1], alive[0], alive[1]};
    }

    /**
     * A relapse to misused pills needs pills: with a quarter of the reference amount prescribed, people in
     * remission from pill misuse return a quarter as often as those from street opioids, whose relapse it leaves.
     */
    @Test
    void relapseToPillsFollowsTheAmountPrescribed() {
        int n = 100_000;
        Scenario s = Sims.scenario(Sims.FROZEN, "population: {agents: " + n + ", shareStreet: 0, shareRemission: 1}\n"
                + "horizon: {start: 2020-01-01, end: 2020-12-31}\n"
                + "use: {relapsePerYear: 1.0, earlyRelapseMultiplier: 1, pillSupplyTrend: {points: {2020-01-01: 0.25}}}\n");
        OverdoseSim sim = Sims.started(s, 7, 2);
        People p = sim.people;
        for (int i = 0; i < n; i++) {
            // Even people last used street opioids, odd people pills.
            p.flags[i] = (byte) (i % 2 == 0 ? p.flags[i] | People.FLAG_STREET_HISTORY : p.flags[i] & ~People.FLAG_STREET_HISTORY);
        }
        Sims.days(sim, 90);
        int[] back = new int[2];
        for (int i = 0; i < n; i++) {
            if (p.state(i) != UseState.REMISSION) back[i % 2]++;
        }
        double ratio = (double) back[1] / back[0];
        System.out.printf("returned from remission in 90 days: street history %d, pill history %d (ratio %.3f)%n", back[0], back[1], ratio);
        assertEquals(UseState.NONMEDICAL, p.state(firstNot(p, UseState.REMISSION, 1)), "pill history returns to pills");
        // A quarter of the daily chance: 0.274 of the returns after 90 days (1 - e^(-90/365/4) against 1 - e^(-90/365)).
        assertTrue(ratio > 0.2 && ratio < 0.35, "a quarter as often: " + ratio);
    }

    /**
     * Misuse of pills ends sooner when fewer are prescribed (use.pillScarcityStopping): with half
     * the pills, the daily chance of stopping doubles at the default power 1, and stays at power 0.
     */
    @Test
    void pillMisuseEndsSoonerWhenFewerArePrescribed() {
        double plenty = stoppedWithin90Days("pillSupplyTrend: {points: {2020-01-01: 1.0}}");
        double scarce = stoppedWithin90Days("pillSupplyTrend: {points: {2020-01-01: 0.5}}");
        double scarceNoEffect = stoppedWithin90Days("pillSupplyTrend: {points: {2020-01-01: 0.5}}, pillScarcityStopping: 0");
        System.out.printf("stopped misusing pills in 90 days: plenty %.4f, half the pills %.4f, half without the rule %.4f%n", plenty, scarce, scarceNoEffect);
        // 1 - e^(-90/365) = 0.219 at the rate, 1 - e^(-2 * 90/365) = 0.389 at twice it; 20,000 people: sd about 0.003.
        assertEquals(0.219, plenty, 0.015);
        assertEquals(0.389, scarce, 0.015);
        assertEquals(plenty, scarceNoEffect, 0.015);
    }

    private static double stoppedWithin90Days(String use) {
        int n = 20_000;
        Scenario s = Sims.scenario(Sims.FROZEN, "population: {agents: " + n + ", shareStreet: 0, shareNonmedical: 1}\n"
                + "horizon: {start: 2020-01-01, end: 2020-12-31}\n"
                + "use: {nonmedicalCessationPerYear: 1.0, " + use + "}\n");
        OverdoseSim sim = Sims.started(s, 5, 2);
        Sims.days(sim, 90);
        int stopped = 0;
        for (int i = 0; i < n; i++) {
            if (sim.people.state(i) == UseState.REMISSION) stopped++;
        }
        return (double) stopped / n;
    }

    /**
     * Occasional misuse of pills (use.shareMisusingOccasionally): a lifelong half of the people
     * misusing pills here use on a person's own few days, take genuine pills even where every
     * frequent misuser buys from dealers, and stop to no use, where frequent misusers go to remission.
     */
    @Test
    void occasionalMisuseHasFewUseDaysGenuinePillsAndEndsInNoUse() {
        int n = 40_000;
        Scenario s = Sims.scenario(Sims.FROZEN, "population: {agents: " + n + ", shareStreet: 0, shareNonmedical: 1}\n"
                + "horizon: {start: 2020-01-01, end: 2020-12-31}\n"
                + "use: {nonmedicalCessationPerYear: 2.0, shareMisusingOccasionally: 0.5, nonmedicalUseDayProbability: 0.3, occasionalUseDayProbability: 0.02, shareBuyingPillsFromDealers: 1}\n");
        OverdoseSim sim = Sims.started(s, 11, 2);
        People p = sim.people;
        World w = sim.world;
        // Days to the next use-day, as drawn at the start: geometric with the person's own chance.
        double[] gapSum = new double[2];
        int[] count = new int[2];
        for (int i = 0; i < n; i++) {
            int k = w.misusesOccasionally(i) ? 1 : 0;
            gapSum[k] += p.eventDay[i] - sim.world.day + 1;
            count[k]++;
            // Every frequent misuser buys from dealers here; occasional ones never do.
            assertEquals(k == 0, p.buysFromDealers(i), "person " + i + " buys from dealers");
        }
        double frequentGap = gapSum[0] / count[0], occasionalGap = gapSum[1] / count[1];
        System.out.printf("occasional %d of %d; mean days to the next use-day: frequent %.1f, occasional %.1f%n",
                count[1], n, frequentGap, occasionalGap);
        assertEquals(0.5, count[1] / (double) n, 0.02, "share misusing occasionally");
        assertEquals(1 / 0.3, frequentGap, 0.3, "a frequent misuser's gap");
        assertEquals(1 / 0.02, occasionalGap, 3, "an occasional misuser's gap");
        Sims.days(sim, 180);
        int[][] ended = new int[2][UseState.ALL.length];
        for (int i = 0; i < n; i++) ended[w.misusesOccasionally(i) ? 1 : 0][p.state(i).code]++;
        System.out.printf("after 180 days: frequent %d remission, %d no use; occasional %d remission, %d no use%n",
                ended[0][UseState.REMISSION.code], ended[0][UseState.NO_USE.code], ended[1][UseState.REMISSION.code], ended[1][UseState.NO_USE.code]);
        // Two stops a year: about 1 - e^(-1) = 63% have stopped after half a year, each to their own place.
        assertTrue(ended[0][UseState.REMISSION.code] > 0.5 * count[0] && ended[0][UseState.NO_USE.code] == 0, "frequent misuse ends in remission");
        assertTrue(ended[1][UseState.NO_USE.code] > 0.5 * count[1] && ended[1][UseState.REMISSION.code] == 0, "occasional misuse ends in no use");
    }

    /** The first person of parity {@code odd} not in {@code state}. */
    private static int firstNot(People p, UseState state, int odd) {
        for (int i = odd; i < p.size; i += 2) {
            if (p.state(i) != state) return i;
        }
        throw new AssertionError("everyone of parity " + odd + " is still in " + state);
    }

    @Test
    void fentanylSpreadRaisesDeathsOverTheDecade() {
        Scenario baseline = odsim.scenario.ScenarioLoader.load(java.nio.file.Path.of("scenarios/baseline.yaml")).withAgents(25_000);
        Scenario held = odsim.scenario.ScenarioLoader.load(java.nio.file.Path.of("scenarios/baseline-no-fentanyl-spread.yaml")).withAgents(25_000);
        RunResult spread = OverdoseSim.run(baseline, 0, 2, null);
        RunResult flat = OverdoseSim.run(held, 0, 2, null);
        double first = yearly(spread, 0), late = (yearly(spread, 7) + yearly(spread, 8) + yearly(spread, 9) + yearly(spread, 10)) / 4;
        System.out.printf("baseline at 25,000 agents: deaths 2015 %.0f, 2022-25 mean %.0f; total %.0f vs %.0f with fentanyl held%n",
                first, late, spread.total(Measure.OVERDOSE_DEATHS), flat.total(Measure.OVERDOSE_DEATHS));
        // Observed 2015 to 2022: 2.5 times (33,091 to 81,806). At its own parameters, with prescribing falling and treatment
        // growing from 2015 (dated inputs), the baseline about doubles; the calibrated sets are checked year by year in
        // docs/calibration.md. Here only that the decade clearly rises, and (below) that fentanyl's spread is why.
        assertTrue(late > 1.5 * first, "deaths per year 2015 " + first + ", 2022-25 mean " + late);
        assertTrue(flat.total(Measure.OVERDOSE_DEATHS) < 0.6 * spread.total(Measure.OVERDOSE_DEATHS),
                "held at 2015 " + flat.total(Measure.OVERDOSE_DEATHS) + " vs spreading " + spread.total(Measure.OVERDOSE_DEATHS));
    }

    @Test
    void deathsFromCounterfeitPillsAreThoseOfPillMisuseWithFentanyl() {
        // Every pill bought from a dealer counterfeit: every fentanyl death in pill misuse is a counterfeit one, and the
        // counterfeit deaths are among both the deaths of pill misuse and the fentanyl deaths. With none, none.
        String pills = "population: {agents: 20000}\nhorizon: {start: 2015-01-01, end: 2016-12-31, warmUpYears: 0}\n"
                + "use: {shareBuyingPillsFromDealers: 1.0}\n";
        RunResult all = OverdoseSim.run(Sims.scenario(pills + "supply: {counterfeitPillShare: 1.0}\n"), 0, 2, null);
        RunResult none = OverdoseSim.run(Sims.scenario(pills + "supply: {counterfeitPillShare: 0.0}\n"), 0, 2, null);
        double counterfeit = all.total(Measure.OVERDOSE_DEATHS_COUNTERFEIT);
        assertTrue(counterfeit > 0, "no deaths from counterfeit pills with every pill counterfeit");
        assertEquals(all.total(Measure.OVERDOSE_DEATHS_NONMEDICAL), counterfeit, "each pill-misuse death was from a counterfeit");
        assertTrue(counterfeit <= all.total(Measure.OVERDOSE_DEATHS_FENTANYL), "counterfeit deaths are fentanyl deaths");
        assertEquals(0, none.total(Measure.OVERDOSE_DEATHS_COUNTERFEIT), "no counterfeit pills, no deaths from them");
        assertTrue(none.total(Measure.OVERDOSE_DEATHS_NONMEDICAL) > 0, "pill misuse still kills with genuine pills");
    }

    private static double yearly(RunResult r, int year) {
        var a = odsim.results.Aggregated.of(r, odsim.results.Period.YEAR);
        return a.series(Measure.OVERDOSE_DEATHS)[year];
    }
}
