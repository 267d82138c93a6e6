package odsim.engine;

import odsim.model.LifeTable;
import odsim.model.UseState;
import odsim.results.Measure;

/**
 * The end of a person's candidate day, after the day's use: the candidate clock ticks at the rate
 * of the state the day ends in, a held kit may be used, lost or expire, and a death from other
 * causes may come, by age and use. Rare events, drawn on candidate days with chance p / q
 * ({@link Rules#candidate}), where q is that of this morning's state, which set today's candidate
 * day. The one statement of it, for the engine and the MASON peer; and the record of a death.
 */
final class CandidateDay {
    private static final double YEARS_PER_DAY = 1 / odsim.model.Rates.DAYS_PER_YEAR;

    private CandidateDay() {}

    /** Ends {@code p}'s candidate day; {@code morningState}: their state when the day began. True if they died of other causes. */
    static boolean close(World w, Person p, byte morningState, DayTally t) {
        Rules r = w.rules;
        int i = p.id(), day = w.day;
        byte code = p.state();
        double q = r.perCandidate[morningState];
        p.setNextCandidateDay(day + r.daysToNextCandidate(code, w.streams.candidate.uniform(i, day)));
        if (code >= UseState.DEAD_OVERDOSE.code) return false;
        if (p.holdsKit() && w.streams.kitLoss.uniform(i, day) < r.kitLoss * q) p.setHoldsKit(false);
        int age = Math.min(120, Math.max(0, (int) ((day - p.birthDay()) * YEARS_PER_DAY)));
        double chance = code == UseState.STREET.code ? r.otherDeathStreetByAge[age] : r.otherDeathByAge[age];
        // One uniform for the day's rare ends: a death from other causes at its bottom, a
        // hepatitis C cure at its top (never both on one day; see Infections.cures).
        double u = w.streams.otherDeath.uniform(i, day);
        if (r.infections.cures(u, q) && p.hasHcv()) Infections.cure(w, p, t);
        if (u < chance * q) {
            EventWindows.died(w, p);
            p.setState(UseState.DEAD_OTHER, day);
            t.add(Measure.OTHER_CAUSE_DEATHS, 1);
            return true;
        }
        return false;
    }

    /**
     * Resolves today's fatal overdoses of {@code t}'s dying list, once the day's use is over: in
     * index order, whatever order they were met in, because life-years lost are summed in it.
     * {@code people} finds each person by index.
     */
    static void resolveOverdoseDeaths(World w, DayTally t, java.util.function.IntFunction<Person> people) {
        java.util.Arrays.sort(t.dying, 0, t.dyingCount);
        for (int k = 0; k < t.dyingCount; k++) {
            Person p = people.apply(t.dying[k]);
            EventWindows.died(w, p);
            p.setState(UseState.DEAD_OVERDOSE, w.day);
            t.add(Measure.LIFE_YEARS_LOST, LifeTable.yearsLeftAt(w.day, p.birthDay()));
        }
    }
}
