package odsim.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import odsim.experiment.Replications;
import odsim.results.Measure;
import odsim.results.RunResult;
import odsim.scenario.Scenario;
import odsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import odsim.scenario.Perspective;
import odsim.scenario.Valuation;
import org.junit.jupiter.api.Test;

/** Cost accounting adds up: measures to categories, categories to perspectives. */
class CostAccountingTest {
    /** Every lever on, so that every cost category has something in it (enough people for a prison sentence or two). */
    private static final String EVERYTHING = """
            population: {agents: 10000}
            horizon: {start: 2019-01-01, end: 2019-12-31}
            policies:
              naloxone: {level: 1}
              opc: {level: 1}
              policing: {diversion: 0.5, intensity: 1.5}
              supplyPressure: {volatility: 1.2}
              safeSupply: {level: 1}
              medication: {level: 1}
              rootCauses: {level: 1}
              drugChecking: {level: 1}
              sterileSupplies: {level: 1}
              recordClearing: {level: 1}
              abstinence: {level: 1}
            """;
    private static RunResult run;

    @BeforeAll
    static void simulate() {
        Scenario s = ScenarioLoader.parse("everything", EVERYTHING);
        run = Replications.run(s, 1, 2, null, null).get(0);
    }

    @Test
    void everyCostMeasureFeedsExactlyOneCategory() {
        for (Measure m : Measure.ALL) {
            boolean cost = m.unit.equals("USD") && m != Measure.COST_TOTAL;
            if (cost) assertNotNull(CostCategory.of(m), m + " feeds no cost category");
            else assertNull(CostCategory.of(m), m + " is not a cost");
        }
    }

    @Test
    void categoriesAddUpToTheRunsTotalCost() {
        Outcomes o = Outcomes.of(run, defaults(), new Discounting(0));
        double sum = 0;
        for (CostCategory c : CostCategory.ALL) {
            if (c.measure == null) continue;
            assertTrue(o.cost(c) > 0, c + " is empty: the scenario should exercise every category");
            sum += o.cost(c);
        }
        assertEquals(run.total(Measure.COST_TOTAL), sum, 1e-6 * sum);
    }

    /** Category totals equal the perspective totals they feed, discounted or not. */
    @Test
    void perspectiveTotalsAreTheSumsOfTheirCategories() {
        for (double rate : new double[] {0, 0.03}) {
            Outcomes o = Outcomes.of(run, defaults(), new Discounting(rate));
            double health = 0, justice = 0, social = 0, lives = 0;
            for (CostCategory c : CostCategory.ALL) {
                switch (c.sector) {
                    case HEALTH -> health += o.cost(c);
                    case CRIMINAL_JUSTICE -> justice += o.cost(c);
                    case SOCIAL_SERVICES -> social += o.cost(c);
                    case LIVES -> lives += o.cost(c);
                }
            }
            assertTrue(lives > 0 && health > 0 && justice > 0 && social > 0);
            assertEquals(health, o.cost(Perspective.HEALTH_SYSTEM), 0.0);
            assertEquals(justice, o.cost(Perspective.CRIMINAL_JUSTICE), 0.0);
            assertEquals(health + justice + social, o.cost(Perspective.GOVERNMENT), 1e-9 * (health + justice + social));
            assertEquals(health + justice + social + lives, o.cost(Perspective.SOCIETAL), 1e-9 * (health + justice + social + lives));
            assertEquals(o.cost(Perspective.HEALTH_SYSTEM) + o.cost(Perspective.CRIMINAL_JUSTICE) + o.cost(CostCategory.ROOT_CAUSES),
                    o.cost(Perspective.GOVERNMENT), 1e-9 * o.cost(Perspective.GOVERNMENT));
            assertEquals(run.total(Measure.OVERDOSE_DEATHS) * defaults().valueOfStatisticalLife(), o.cost(CostCategory.LIVES_LOST) ,
                    rate == 0 ? 1e-6 : 0.2 * lives);
        }
    }

    static Valuation defaults() {
        return odsim.scenario.ComparisonLoader.defaults().valuation();
    }

    @Test
    void discountingIsDailyAtTheAnnualRate() {
        Discounting d = new Discounting(0.03);
        double[] f = d.dailyFactors(3653);
        assertEquals(1.0, f[0], 0.0);
        assertEquals(Math.pow(1.03, -3652 / 365.25), f[3652], 1e-12);
        assertEquals(Math.pow(1.03, -1 / 365.25), f[1], 1e-15);
        assertEquals(10, new Discounting(0).annuity(5, 10), 1e-12);
        assertEquals((1 - Math.pow(1.03, -10)) / Math.log(1.03), d.annuity(0, 10), 1e-9);
        assertEquals(Math.pow(1.03, -5) * d.annuity(0, 10), d.annuity(5, 10), 1e-9);
        assertEquals(0, d.annuity(3, -1), 0.0);
    }
}
