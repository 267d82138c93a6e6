package odsim.engine;

import java.time.LocalDate;
import odsim.scenario.DatedCurve;
import odsim.scenario.Scenario;

/**
 * The days the engine steps: the warm-up, then the horizon (day {@link #warmUpDays} is its start).
 * Dated inputs are read onto it as arrays by day. Also the agents that stand for one real person,
 * to size programs given per 100,000 residents in agents.
 */
record DayGrid(LocalDate start, int warmUpDays, int days, double agentsPerPerson) {
    static DayGrid of(Scenario s) {
        int warmUp = s.horizon().warmUpDays();
        return new DayGrid(s.horizon().start(), warmUp, warmUp + s.horizon().days(), 1.0 / s.population().scale());
    }

    /**
     * A dated input by engine day: through the warm-up, held at its value on the horizon's start
     * (the warm-up lets people settle under the conditions the horizon starts from); then its
     * value on each day of the horizon.
     */
    double[] byDay(DatedCurve curve) {
        double[] out = new double[days];
        java.util.Arrays.fill(out, 0, warmUpDays, curve.valueAt(start));
        System.arraycopy(curve.daily(start, days - warmUpDays), 0, out, warmUpDays, days - warmUpDays);
        return out;
    }
}
