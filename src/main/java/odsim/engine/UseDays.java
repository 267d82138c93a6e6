package odsim.engine;

/**
 * When people use: in a state with use-days, a day is a use-day with the state's daily chance
 * p, independently of other days, so the days between use-days are geometric. Each person's next
 * use-day is drawn when they enter the state and after each use-day, and kept in
 * {@link People#eventDay}; the use phase steps only the people whose use-day is today, instead
 * of drawing a coin for everyone every day. Tolerance needs no daily step either: it is stored
 * as of the last use-day and decays lazily, held up by medication where it is given.
 */
final class UseDays {
    /** No use-day: far enough ahead never to come. */
    static final int NONE = Integer.MAX_VALUE / 2;

    private UseDays() {}

    /** Draws {@code p}'s first use-day in their current state, on {@code firstPossible} or later. */
    static void schedule(World w, Person p, int firstPossible) {
        byte code = p.state();
        if (w.rules.useDayProbability[code] <= 0) return; // states without use-days keep their own event day (a stay's end)
        p.setEventDay(firstPossible - 1 + gap(w.rules, code, w.streams.useDay.uniform(p.id(), firstPossible, 1)));
    }

    /** Days from one use-day to the next (at least 1) in state {@code code}, from a uniform. */
    static int gap(Rules r, byte code, double u) {
        return r.useDayGaps[code].gap(u);
    }
}
