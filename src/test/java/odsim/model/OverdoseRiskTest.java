package odsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import odsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class OverdoseRiskTest {
    private final OverdoseRisk risk = risk(ScenarioLoader.defaults("t").overdose());

    @Test
    void strictlyIncreasingAndBounded() {
        double previous = 0;
        for (double r = 0.05; r < 200; r *= 1.05) {
            double p = risk.probability(r);
            assertTrue(p > previous, "not increasing at r=" + r);
            assertTrue(p < 0.5 + 1e-12);
            previous = p;
        }
    }

    @Test
    void halfOfMaximumAtHalfRatioAndSmallAtOne() {
        var p = ScenarioLoader.defaults("t").overdose();
        assertEquals(p.maxProbability() / 2, risk.exact(p.halfRatio()), 1e-12);
        assertEquals(p.maxProbability() / 2, risk.probability(p.halfRatio()), 2e-4 * p.maxProbability() / 2);
        // A dose matching tolerance is very unlikely to overdose: under 1 in 10,000 use-days.
        assertTrue(risk.probability(1.0) < 1e-4);
        // Twice the tolerance is far riskier than a matched dose.
        assertTrue(risk.probability(2.0) > 20 * risk.probability(1.0));
    }

    @Test
    void tableMatchesTheCurve() {
        double worst = 0;
        for (double r = 1e-6; r < 1e6; r *= 1.0007) worst = Math.max(worst, Math.abs(risk.probability(r) / risk.exact(r) - 1));
        assertTrue(worst < 2e-4, "worst relative error " + worst);
    }

    @Test
    void dailyProbabilityFromYearlyRate() {
        assertEquals(1 - Math.exp(-1 / 365.25), Rates.dailyProbability(1.0), 1e-15);
        assertEquals(0.5, Math.pow(Rates.dailyRetention(7), 7), 1e-12);
    }

    private static OverdoseRisk risk(odsim.scenario.OverdoseParams p) {
        return new OverdoseRisk(p.maxProbability(), p.halfRatio(), p.steepness());
    }
}
