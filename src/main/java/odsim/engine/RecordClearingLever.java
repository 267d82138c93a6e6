package odsim.engine;

import odsim.results.Measure;
import odsim.scenario.RecordClearingPolicy;
import odsim.scenario.Scenario;

/**
 * Retroactive record clearing: a person is reached on the day the highest cut so far (the share
 * cleared times the lever's level) first passes their lifelong uniform; a record they carry then
 * is cleared, and paid for. Arrests after that day make records again, and people entering after
 * the cut passed them are not reached. The pain phase looks for people newly reached only on
 * days the highest cut rises ({@link PainPhase}).
 */
final class RecordClearingLever {
    private final RecordClearingPolicy policy;
    /** By day: the highest cut up to and including the day; people with a lifelong uniform below it have been reached. */
    private final double[] reachedBy;

    RecordClearingLever(Scenario s, DayGrid grid) {
        policy = s.policies().recordClearing();
        double[] level = grid.byDay(policy.level());
        reachedBy = new double[level.length];
        double highest = 0;
        for (int d = 0; d < level.length; d++) reachedBy[d] = highest = Math.max(highest, policy.share() * level[d]);
    }

    /** Whether anyone is first reached today. */
    boolean reachesMore(int day) {
        return reachedBy[day] > (day == 0 ? 0 : reachedBy[day - 1]);
    }

    /** Whether person {@code i} is first reached today (only on a day {@link #reachesMore}). */
    boolean newlyReached(World w, int i, int day) {
        double u = w.streams.recordClearing.uniform(i, 0);
        return u >= (day == 0 ? 0 : reachedBy[day - 1]) && u < reachedBy[day];
    }

    /** Clears {@code p}'s record on {@code day} (their pain brought forward to the day before first). */
    void clear(World w, Person p, int day, DayTally t) {
        Records.change(w, p, false, day - 1);
        t.add(Measure.RECORDS_CLEARED, 1);
        t.add(Measure.COST_RECORD_CLEARING, policy.costPerClearance());
    }
}
