package odsim.engine;

import odsim.results.Measure;
import odsim.scenario.Scenario;
import odsim.scenario.SterileSuppliesPolicy;

/**
 * Sterile supplies (syringe services, smoking kits): a person using street opioids is reached
 * while a lifelong uniform is below today's coverage, and shares injecting equipment less often
 * ({@link Infections#streetUseDay}). The services pay for everyone they reach.
 */
final class SterileSuppliesLever implements RunningCost {
    private final SterileSuppliesPolicy policy;
    private final double[] level;

    SterileSuppliesLever(Scenario s, DayGrid grid) {
        policy = s.policies().sterileSupplies();
        level = grid.byDay(policy.level());
    }

    /** The share of person {@code i}'s sharing left today: less than 1 if the services reach them. */
    double sharingKept(World w, int i) {
        double reach = policy.coverage() * level[w.day];
        if (reach <= 0 || w.streams.sterileSuppliesReach.uniform(i, 0) >= reach) return 1;
        return 1 - policy.sharingReduction();
    }

    @Override
    public void addTo(double[] today, int day, double perDay, double scale) {
        today[Measure.COST_STERILE_SUPPLIES.ordinal()] += today[Measure.PEOPLE_STREET.ordinal()] * policy.coverage() * level[day]
                * policy.costPerPersonYear() * perDay;
    }
}
