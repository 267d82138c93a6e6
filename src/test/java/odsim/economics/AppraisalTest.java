package odsim.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import odsim.experiment.Replications;
import odsim.results.RunResult;
import odsim.scenario.Scenario;
import odsim.scenario.ScenarioLoader;
import odsim.scenario.Perspective;
import odsim.scenario.Valuation;
import org.junit.jupiter.api.Test;

class AppraisalTest {
    private static final String SMALL = """
            population: {agents: 3000}
            horizon: {start: 2019-01-01, end: 2019-12-31}
            """;

    /** A scenario against itself: exactly zero on every outcome and every cost, in every replication. */
    @Test
    void aScenarioAgainstItselfIsExactlyZero() {
        Scenario s = ScenarioLoader.parse("same", SMALL, "policies: {naloxone: {level: 1}}\n");
        List<RunResult> a = Replications.run(s, 3, 2, null, null), b = Replications.run(s.withName("again"), 3, 2, null, null);
        Valuation v = CostAccountingTest.defaults();
        Discounting d = new Discounting(0.03);
        Appraisal x = Appraisal.of(a.stream().map(r -> Outcomes.of(r, v, d)).toList(),
                b.stream().map(r -> Outcomes.of(r, v, d)).toList(), Perspective.GOVERNMENT, odsim.results.Uncertainty.CHANCE);
        assertTrue(x.deaths().mean() > 0);
        for (var st : List.of(x.deathsAverted(), x.lifeYearsSaved(), x.qalysGained())) {
            assertEquals(0.0, st.mean(), 0.0);
            assertEquals(0.0, st.lower95(), 0.0);
            assertEquals(0.0, st.upper95(), 0.0);
        }
        for (Perspective p : Perspective.ALL) assertEquals(0.0, x.netCost(p).mean(), 0.0, p.label());
        for (CostCategory c : CostCategory.ALL) assertEquals(0.0, x.netCost(c).mean(), 0.0, c.label());
        assertFalse(x.costPerDeathAverted().bounded());
    }

    @Test
    void fiellerIntervalHoldsTheRatioAndIsUnboundedWithoutAClearEffect() {
        double[] cost = {100, 110, 95, 105}, effect = {10, 11, 9, 10};
        RatioInterval r = RatioInterval.of(cost, effect);
        assertTrue(r.bounded());
        assertEquals(410.0 / 40, r.ratio(), 1e-12);
        assertTrue(r.lower() < r.ratio() && r.ratio() < r.upper());
        assertFalse(RatioInterval.of(cost, new double[] {5, -4, 6, -5}).bounded());
    }

    @Test
    void frontierDropsDominatedAndExtendedlyDominatedOptions() {
        var options = List.of(
                new Frontier.Point("baseline", 0, 0, 0),
                new Frontier.Point("worse and dearer", -100, 50, 0),
                new Frontier.Point("cheap", 100, 10, 0),
                new Frontier.Point("extendedly dominated", 150, 100, 0),
                new Frontier.Point("best", 300, 120, 0),
                new Frontier.Point("dominated", 250, 200, 0));
        List<Frontier.Point> f = Frontier.of(options);
        assertEquals(List.of("baseline", "cheap", "best"), f.stream().map(Frontier.Point::name).toList());
        assertEquals(0.1, f.get(1).incrementalRatio(), 1e-12);
        assertEquals(0.55, f.get(2).incrementalRatio(), 1e-12);
    }
}
