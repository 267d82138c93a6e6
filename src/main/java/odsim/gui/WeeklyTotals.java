package odsim.gui;

import java.time.LocalDate;
import odsim.model.UseState;
import odsim.economics.CostCategory;
import odsim.results.Measure;

/**
 * Folds a run's daily series into the weeks the live charts show. Reads the model's recorded
 * days only (never its people or streams), so watching cannot change a result.
 */
final class WeeklyTotals {
    /** Overdose deaths by setting, and those soon after release (a subset). */
    static final Measure[] DEATHS = {Measure.OVERDOSE_DEATHS, Measure.OVERDOSE_DEATHS_ALONE, Measure.OVERDOSE_DEATHS_WITNESSED,
        Measure.OVERDOSE_DEATHS_AT_SITE, Measure.OVERDOSE_DEATHS_AFTER_CUSTODY};
    static final String[] DEATH_LABELS = {"all overdose deaths", "alone", "with others there", "at a prevention centre",
        "within 14 days of release from jail or prison"};
    /** Deaths per week are shown as the average of this many weeks: a week's count in a class-sized run is mostly noise. */
    static final int AVERAGED_WEEKS = 8;

    private final LocalDate start;
    private final double[] weekDeaths = new double[DEATHS.length];
    private final double[][] recentWeeks = new double[AVERAGED_WEEKS][];
    private int weeks;
    private final double[] cumulativeCosts = new double[ChartedMeasures.COST_MEASURES.length];

    WeeklyTotals(LocalDate start) {
        this.start = start;
    }

    /**
     * Adds day {@code day} of {@code daily[measure][day]}; returns the week's point when the
     * day closes a week (every 7th day, and the horizon's last day), otherwise null.
     */
    WeekPoint add(double[][] daily, int day) {
        for (int k = 0; k < DEATHS.length; k++) weekDeaths[k] += daily[DEATHS[k].ordinal()][day];
        for (int g = 0; g < ChartedMeasures.COST_MEASURES.length; g++) {
            for (Measure m : ChartedMeasures.COST_MEASURES[g]) cumulativeCosts[g] += daily[m.ordinal()][day];
        }
        boolean last = day == daily[0].length - 1;
        if ((day + 1) % 7 != 0 && !last) return null;
        double[] people = new double[ChartedMeasures.STATES.length];
        for (int k = 0; k < ChartedMeasures.STATES.length; k++) people[k] = daily[Measure.peopleIn(ChartedMeasures.STATES[k]).ordinal()][day];
        recentWeeks[weeks++ % AVERAGED_WEEKS] = weekDeaths.clone();
        double[] averaged = new double[DEATHS.length];
        int n = Math.min(weeks, AVERAGED_WEEKS);
        for (int w = 0; w < n; w++) {
            for (int k = 0; k < DEATHS.length; k++) averaged[k] += recentWeeks[w][k] / n;
        }
        WeekPoint point = new WeekPoint(start.plusDays(day), weekDeaths.clone(), averaged, people, cumulativeCosts.clone(),
                daily[Measure.FENTANYL_SHARE.ordinal()][day]);
        java.util.Arrays.fill(weekDeaths, 0);
        return point;
    }
}
