package odsim.engine;

import odsim.model.Rates;
import odsim.scenario.PrescribingPolicy;
import odsim.scenario.Scenario;

/**
 * Prescribing restrictions: prescriptions end faster, and a share of the people cut off turn to
 * non-medical supply.
 */
final class PrescribingLever {
    private final PrescribingPolicy policy;
    private final double[] level;
    /** Extra daily prescription ends at full scale. */
    final double extraEnds;

    PrescribingLever(Scenario s, DayGrid grid) {
        policy = s.policies().prescribing();
        level = grid.byDay(policy.level());
        extraEnds = Rates.dailyProbability(policy.extraEndsPerYear());
    }

    /** Today's daily chance a prescription ends, from the status quo's {@code base}. */
    double endChance(double base, int day) {
        return base + extraEnds * level[day];
    }

    /** For a prescription ending today: whether the person turns to non-medical supply. */
    boolean turnsToOtherSupply(World w, int i) {
        double restricted = level[w.day];
        return restricted > 0 && w.streams.cutOff.uniform(i, w.day) < policy.turnToNonmedical() * restricted;
    }
}
