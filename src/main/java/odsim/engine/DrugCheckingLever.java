package odsim.engine;

import odsim.results.Measure;
import odsim.scenario.DrugCheckingPolicy;
import odsim.scenario.Scenario;

/**
 * Drug checking (test strips, checking services): a share of street and counterfeit-pill use-days
 * is checked; a batch far stronger than the market's usual one is flagged, and the person
 * discards it, takes half, or makes sure someone is there ({@link UseDay} draws the batch).
 */
final class DrugCheckingLever {
    static final int NOTHING = 0, DISCARD = 1, USE_LESS = 2, USE_WITH_OTHERS = 3;
    private final DrugCheckingPolicy policy;
    private final double[] level;
    private final double logStrongBatch;

    DrugCheckingLever(Scenario s, DayGrid grid) {
        policy = s.policies().drugChecking();
        level = grid.byDay(policy.level());
        logStrongBatch = Math.log(policy.strongAbove());
    }

    boolean on(int day) {
        return level[day] > 0;
    }

    /** Whether this use-day's batch is checked (coverage of drug checking today); counted and costed. */
    boolean checks(World w, int i, DayTally t) {
        if (w.streams.drugCheck.uniform(i, w.day, 0) >= policy.coverage() * level[w.day]) return false;
        t.add(Measure.DRUG_CHECKS, 1);
        t.add(Measure.COST_DRUG_CHECKING, policy.costPerCheck());
        return true;
    }

    /**
     * What the person does with a checked batch ({@code logDeviation}: its log-potency relative to
     * the market's): nothing unless it is flagged strong; then one of the actions above.
     */
    int actOnResult(World w, int i, double logDeviation, DayTally t) {
        if (logDeviation <= logStrongBatch) return NOTHING;
        t.add(Measure.STRONG_RESULTS, 1);
        double u = w.streams.drugCheck.uniform(i, w.day, 1);
        if (u < policy.discard()) return DISCARD;
        if (u < policy.discard() + policy.useLess()) return USE_LESS;
        if (u < policy.discard() + policy.useLess() + policy.useWithOthers()) return USE_WITH_OTHERS;
        return NOTHING;
    }
}
