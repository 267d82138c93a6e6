package odsim.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import odsim.results.Measure;
import odsim.results.RunResult;
import odsim.scenario.Perspective;
import odsim.scenario.Valuation;
import org.junit.jupiter.api.Test;

/** Outcomes from a hand-made series, where every number can be worked out on paper. */
class OutcomesTest {
    private static final int DAYS = 730;

    /** 100 people using street opioids for two years; one of them dies of an overdose on day 365 at 40 remaining years. */
    private static RunResult run() {
        double[][] daily = new double[Measure.COUNT][DAYS];
        for (int d = 0; d < DAYS; d++) {
            daily[Measure.PEOPLE_STREET.ordinal()][d] = d <= 365 ? 100 : 99;
            daily[Measure.COST_EMS.ordinal()][d] = 1000;
        }
        daily[Measure.OVERDOSE_DEATHS.ordinal()][365] = 1;
        daily[Measure.LIFE_YEARS_LOST.ordinal()][365] = 40;
        return new RunResult("hand", 0, 1, LocalDate.of(2020, 1, 1), 1e6, daily);
    }

    @Test
    void undiscountedQalysArePersonYearsTimesWeightLessLifeAfterTheHorizon() {
        Valuation v = CostAccountingTest.defaults();
        Outcomes o = Outcomes.of(run(), v, new Discounting(0));
        double personYears = (100.0 * 366 + 99.0 * (DAYS - 366)) / 365.25;
        double leftInHorizon = (DAYS - 365) / 365.25;
        assertEquals(personYears * v.street() - v.afterHorizon() * (40 - leftInHorizon), o.qalys(), 1e-9);
        assertEquals(1, o.deaths());
        assertEquals(40, o.lifeYearsLost());
        assertEquals(1000.0 * DAYS, o.cost(CostCategory.EMS), 1e-6);
        assertEquals(v.valueOfStatisticalLife(), o.cost(CostCategory.LIVES_LOST), 1e-6);
        assertEquals(1000.0 * DAYS, o.cost(Perspective.GOVERNMENT), 1e-6);
        assertEquals(1000.0 * DAYS + v.valueOfStatisticalLife(), o.cost(Perspective.SOCIETAL), 1e-6);
        assertEquals(0, o.cost(Perspective.CRIMINAL_JUSTICE));
    }

    @Test
    void discountingLowersLaterCostsAndLives() {
        Valuation v = CostAccountingTest.defaults();
        Outcomes o = Outcomes.of(run(), v, new Discounting(0.03));
        double[] f = new Discounting(0.03).dailyFactors(DAYS);
        double ems = 0;
        for (double x : f) ems += 1000 * x;
        assertEquals(ems, o.cost(CostCategory.EMS), 1e-6);
        assertEquals(v.valueOfStatisticalLife() * Math.pow(1.03, -365 / 365.25), o.cost(CostCategory.LIVES_LOST), 1e-3);
        double horizon = DAYS / 365.25, beyond = 40 - (DAYS - 365) / 365.25;
        double lostAfter = v.afterHorizon() * Math.pow(1.03, -horizon) * (1 - Math.pow(1.03, -beyond)) / Math.log(1.03);
        double lived = 0;
        for (int d = 0; d < DAYS; d++) lived += (d <= 365 ? 100 : 99) * v.street() / 365.25 * f[d];
        assertEquals(lived - lostAfter, o.qalys(), 1e-9);
    }
}
