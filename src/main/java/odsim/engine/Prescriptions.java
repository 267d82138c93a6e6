package odsim.engine;

/**
 * People on prescribed opioids take a known pharmaceutical dose every day, so nothing about
 * their use is random but the overdose: their tolerance follows a closed form, and their
 * overdoses are drawn as "day of next event" instead of a draw every day.
 *
 * <p>Tolerance: every day's use moves it a share {@code a} toward the dose at its mean potency
 * {@code I} (as on any use-day), so n days after it was {@code T} it is
 * {@code I + (T - I)(1 - a)^n}, never below a naive body's. It is stored once, when the
 * prescription starts ({@link People#tolerance} as of {@link People#lastUseDay}), and settled
 * again when the person leaves the state.
 *
 * <p>Overdoses: the daily chance moves monotonically from its value at the start toward its
 * value at the limit, so it never exceeds the larger of the two, {@code B}. Possible overdose
 * days are drawn with daily chance B (geometric gaps, kept in {@link People#eventDay}, which
 * only stays use otherwise), and on such a day an overdose happens with chance
 * {@code p(day) / B}: thinning, which gives each day exactly its chance p(day).
 */
final class Prescriptions {
    private Prescriptions() {}

    /** Tolerance brought to {@code day}'s use, from {@code stored} as of the end of {@code baseDay}. */
    static double tolerance(Rules r, double stored, int baseDay, double dose, int day) {
        double limit = dose * r.pharmaMeanPotency, from = Math.max(r.naiveTolerance, stored);
        return Math.max(r.naiveTolerance, limit + (from - limit) * r.adaptationLeft(day - 1 - baseDay));
    }

    /** Tolerance after {@code day}'s use. */
    static double toleranceAfterUse(Rules r, double stored, int baseDay, double dose, int day) {
        return tolerance(r, stored, baseDay, dose, day + 1);
    }

    /** The most the daily overdose chance can be during this prescription (B above). */
    static double bound(Rules r, double stored, double dose) {
        double atStart = r.pharmaRisk.probability(dose / Math.max(r.naiveTolerance, stored));
        double atLimit = r.pharmaRisk.probability(dose / Math.max(r.naiveTolerance, dose * r.pharmaMeanPotency));
        return Math.max(atStart, atLimit);
    }

    /** Days to the next possible overdose day (at least 1), from a uniform. */
    static int gap(double bound, double u) {
        if (!(bound > 0)) return Integer.MAX_VALUE / 4;
        if (bound >= 1) return 1;
        return 1 + (int) Math.min(1e8, Math.log(u) / Math.log1p(-bound));
    }

    // --- a person ---

    /**
     * {@code p} starts a prescription on {@code day} (before the day's use): tolerance is settled as
     * brought to today's use, and the first possible overdose day (today or later) drawn.
     */
    static void start(World w, Person p, int day) {
        Rules r = w.rules;
        p.setTolerance((float) r.toleranceAfter(p.tolerance(), day - 1 - p.lastUseDay()));
        p.setLastUseDay(day - 1);
        double b = bound(r, p.tolerance(), p.habitualDose());
        p.setEventDay(day - 1 + gap(b, w.streams.prescribedOverdoseDay.uniform(p.id(), day, 1)));
    }

    /** {@code p} leaves the prescription today: tolerance settled after the last day of use. */
    static void end(World w, Person p, boolean usedToday) {
        int last = usedToday ? w.day : w.day - 1;
        p.setTolerance((float) toleranceAfterUse(w.rules, p.tolerance(), p.lastUseDay(), p.habitualDose(), last));
        p.setLastUseDay(last);
    }

    /** Tolerance {@code p} brings to {@code day}'s use. */
    static double tolerance(World w, Person p, int day) {
        return tolerance(w.rules, p.tolerance(), p.lastUseDay(), p.habitualDose(), day);
    }
}
