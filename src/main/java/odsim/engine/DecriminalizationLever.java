package odsim.engine;

import odsim.scenario.DecriminalizationPolicy;
import odsim.scenario.Scenario;

/**
 * Decriminalization of possession: arrests for use stop in proportion to the level; people who
 * no longer fear arrest seek treatment more, use alone less and call 911 more at an overdose.
 */
final class DecriminalizationLever {
    private final DecriminalizationPolicy policy;
    private final double[] level;

    DecriminalizationLever(Scenario s, DayGrid grid) {
        policy = s.policies().decriminalization();
        level = grid.byDay(policy.level());
    }

    /** The share of today's arrests for use that still happen. */
    double arrestsLeft(int day) {
        return 1 - level[day];
    }

    /** Today's multiplier of treatment seeking. */
    double treatmentSeeking(int day) {
        return 1 + level[day] * policy.moreTreatmentSeeking();
    }

    /** The highest multiplier of treatment seeking over the run (for the candidate rate of rare events). */
    double highestTreatmentSeeking() {
        return 1 + policy.moreTreatmentSeeking() * policy.level().max();
    }

    /** Today's chance of using alone at an overdose, from what it would be without the policy. */
    double aloneChance(double aloneChance, int day) {
        double decriminalized = level[day];
        return decriminalized > 0 ? aloneChance * (1 - decriminalized * policy.lessUsingAlone()) : aloneChance;
    }

    /** Today's chance a witness calls 911, from what it would be without the policy. */
    double call911(double call, int day) {
        double decriminalized = level[day];
        return decriminalized > 0 ? call + decriminalized * (policy.call911() - call) : call;
    }
}
