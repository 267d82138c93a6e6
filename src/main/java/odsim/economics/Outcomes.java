package odsim.economics;

import odsim.model.UseState;
import odsim.model.Rates;
import odsim.results.Measure;
import odsim.results.RunResult;
import odsim.scenario.Perspective;
import odsim.scenario.Valuation;

/**
 * The appraisal of one replication, from its daily series: overdose deaths, life-years lost
 * (remaining life expectancy at death, undiscounted), discounted QALYs and discounted costs by
 * category.
 *
 * <p>QALYs are person-days in each living state times the state's weight, less the weight lost to
 * chronic hepatitis C and HIV for the person-days lived with them, discounted day by day,
 * minus the discounted QALYs that people dying of an overdose would have lived after the horizon
 * ends (their remaining life expectancy beyond the horizon, at {@link Valuation#afterHorizon()}).
 * Without that term a death averted near the end of the horizon would count for only a few days.
 */
public record Outcomes(String scenario, int replication, double deaths, double lifeYearsLost, double qalys,
                       double[] costByCategory) {

    public static Outcomes of(RunResult run, Valuation valuation, Discounting discounting) {
        int days = run.days();
        double[] factor = discounting.dailyFactors(days);
        double[] cost = new double[CostCategory.COUNT];
        for (CostCategory c : CostCategory.ALL) {
            if (c.measure == null) continue;
            double[] s = run.series(c.measure);
            double sum = 0;
            for (int d = 0; d < days; d++) sum += s[d] * factor[d];
            cost[c.ordinal()] = sum;
        }
        double[] deaths = run.series(Measure.OVERDOSE_DEATHS), yearsLost = run.series(Measure.LIFE_YEARS_LOST);
        double livesLost = 0, qalys = 0;
        double horizonYears = days / Rates.DAYS_PER_YEAR;
        for (int d = 0; d < days; d++) {
            if (deaths[d] == 0) continue;
            livesLost += deaths[d] * valuation.valueOfStatisticalLife() * factor[d];
            // Deaths of one day share their mean remaining life expectancy (exact unless some of them had less than the rest of the horizon left).
            double yearsEach = yearsLost[d] / deaths[d];
            double leftInHorizon = (days - d) / Rates.DAYS_PER_YEAR;
            qalys -= deaths[d] * valuation.afterHorizon() * discounting.annuity(horizonYears, yearsEach - leftInHorizon);
        }
        cost[CostCategory.LIVES_LOST.ordinal()] = livesLost;
        for (UseState s : UseState.ALIVE) {
            double w = valuation.weight(s) / Rates.DAYS_PER_YEAR;
            double[] people = run.series(Measure.peopleIn(s));
            for (int d = 0; d < days; d++) qalys += people[d] * w * factor[d];
        }
        // Living with chronic hepatitis C or HIV lowers quality of life in whatever state a person is.
        double[] hcv = run.series(Measure.PEOPLE_WITH_HCV), hiv = run.series(Measure.PEOPLE_WITH_HIV);
        double hcvLoss = valuation.hcvLoss() / Rates.DAYS_PER_YEAR, hivLoss = valuation.hivLoss() / Rates.DAYS_PER_YEAR;
        for (int d = 0; d < days; d++) qalys -= (hcv[d] * hcvLoss + hiv[d] * hivLoss) * factor[d];
        return new Outcomes(run.scenario(), run.replication(), run.total(Measure.OVERDOSE_DEATHS),
                run.total(Measure.LIFE_YEARS_LOST), qalys, cost);
    }

    public double cost(CostCategory c) {
        return costByCategory[c.ordinal()];
    }

    /** The total of the categories whose sector the perspective includes. */
    public double cost(Perspective p) {
        double sum = 0;
        for (CostCategory c : CostCategory.ALL) if (p.includes(c.sector)) sum += costByCategory[c.ordinal()];
        return sum;
    }
}
