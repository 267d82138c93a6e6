package odsim.engine;

import odsim.results.Measure;
import odsim.scenario.RootCausesPolicy;
import odsim.scenario.Scenario;

/**
 * Programs on the root causes of pain (housing, jobs, mental-health care): for the people they
 * reach, the baselines that emotional pain and economic stress return to are lowered. Each model
 * keeps pain lazily and brings it forward under today's regime ({@link PainClock}).
 */
final class RootCausesLever implements RunningCost {
    private final RootCausesPolicy policy;
    private final double[] level;

    RootCausesLever(Scenario s, DayGrid grid) {
        policy = s.policies().rootCauses();
        level = grid.byDay(policy.level());
    }

    boolean on(int day) {
        return level[day] > 0;
    }

    /** Today's fall in the emotional-pain baseline of a person reached. */
    double emotionalRelief(int day) {
        return on(day) ? policy.emotionalRelief() : 0;
    }

    /** Today's fall in the economic-stress baseline of a person reached. */
    double economicRelief(int day) {
        return on(day) ? policy.economicRelief() : 0;
    }

    /** Today's reach: a person is reached while their lifelong uniform is below it; NaN when off. */
    double reachCut(int day) {
        return on(day) ? policy.reach() * level[day] : Double.NaN;
    }

    /** Whether person {@code i} is reached under {@code cut} (a lifelong uniform). */
    static boolean reached(World w, int i, double cut) {
        return w.streams.rootCausesReach.uniform(i, 0) < cut;
    }

    @Override
    public void addTo(double[] today, int day, double perDay, double scale) {
        // The programs pay for everyone they reach (an expected share of the living population).
        today[Measure.COST_ROOT_CAUSES.ordinal()] += today[Measure.POPULATION.ordinal()] * policy.reach()
                * level[day] * policy.costPerPersonYear() * perDay;
    }
}
