package odsim.engine;

import odsim.model.UseState;

/**
 * When people use: in a state with use-days, a day is a use-day with the state's daily chance
 * p (on pills, an occasional misuser's own: {@link World#misusesOccasionally}), independently of
 * other days, so the days between use-days are geometric. Each person's next use-day is drawn
 * when they enter the state and after each use-day, and kept in {@link People#eventDay}; the use
 * phase steps only the people whose use-day is today, instead of drawing a coin for everyone
 * every day. Tolerance needs no daily step either: it is stored as of the last use-day and decays
 * lazily, held up by medication where it is given.
 */
final class UseDays {
    /** No use-day: far enough ahead never to come. */
    static final int NONE = Integer.MAX_VALUE / 2;

    private UseDays() {}

    /** Draws {@code p}'s first use-day in their current state, on {@code firstPossible} or later. */
    static void schedule(World w, Person p, int firstPossible) {
        byte code = p.state();
        if (w.rules.useDayProbability[code] <= 0) return; // states without use-days keep their own event day (a stay's end)
        p.setEventDay(firstPossible - 1 + gap(w, p, code, w.streams.useDay.uniform(p.id(), firstPossible, 1)));
    }

    /** Days from one use-day to the next (at least 1) for {@code p} in state {@code code}, from a uniform. */
    static int gap(World w, Person p, byte code, double u) {
        return occasional(w, p, code) ? w.rules.occasionalGaps.gap(u) : w.rules.useDayGaps[code].gap(u);
    }

    /** {@code p}'s daily chance of a use-day in state {@code code}. */
    static double probability(World w, Person p, byte code) {
        return occasional(w, p, code) ? w.rules.occasionalUseDayProbability : w.rules.useDayProbability[code];
    }

    /** Misusing pills occasionally: the state's own chance is a frequent misuser's. */
    private static boolean occasional(World w, Person p, byte code) {
        return code == UseState.NONMEDICAL.code && w.misusesOccasionally(p.id());
    }
}
