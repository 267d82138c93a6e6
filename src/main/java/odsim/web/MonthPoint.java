package odsim.web;

import odsim.gui.ChartedMeasures;
import odsim.results.Aggregated;
import odsim.results.Measure;

/**
 * One calendar month of a run as {@code series.csv} (period month) has it: overdose deaths
 * (summed over the month), people in each charted state (averaged over its days) and costs by
 * group (summed), numbers exactly as the results writer computes them ({@link Aggregated}).
 *
 * @param month the month's first day, as series.csv dates it (the horizon's first day for a first, partial month)
 */
record MonthPoint(String month, double deaths, double[] people, double[] costs) {
    static MonthPoint of(Aggregated a, int k) {
        double[] people = new double[ChartedMeasures.STATES.length];
        for (int s = 0; s < people.length; s++) people[s] = a.series(Measure.peopleIn(ChartedMeasures.STATES[s]))[k];
        double[] costs = new double[ChartedMeasures.COST_MEASURES.length];
        for (int g = 0; g < costs.length; g++) {
            for (Measure m : ChartedMeasures.COST_MEASURES[g]) costs[g] += a.series(m)[k];
        }
        return new MonthPoint(a.periodStarts().get(k).toString(), a.series(Measure.OVERDOSE_DEATHS)[k], people, costs);
    }
}
