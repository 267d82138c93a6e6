package odsim.engine;

import odsim.model.UseState;

/**
 * A person's change of state, and what it settles and draws: the one statement of it, for the
 * engine and the MASON peer. What the old state kept lazily is settled first (a prescription's
 * tolerance, the tolerance medication held), then the new state's first use-day is drawn and,
 * if its candidate rate differs, its next candidate day.
 */
final class StateChanges {
    private StateChanges() {}

    /**
     * Moves {@code p} to state {@code s} today. The first use-day is today or later if the person
     * has not used yet today ({@code usedToday} false), tomorrow or later otherwise. A
     * prescription's possible overdose days are drawn by the caller, once the dose is set
     * ({@link Prescriptions#start}).
     */
    static void enter(World w, Person p, UseState s, boolean usedToday) {
        Rules r = w.rules;
        int day = w.day;
        byte from = p.state();
        if (from == UseState.PRESCRIBED.code) Prescriptions.end(w, p, usedToday);
        else if (r.medicationTolerance[from] > 0) settleHeldTolerance(w, p, r.heldTolerance(from, day - 1 - p.stateSince()));
        p.setState(s, day);
        EventWindows.stateChanged(w, p, from, s);
        if (s != UseState.PRESCRIBED) UseDays.schedule(w, p, usedToday ? day + 1 : day);
        // Candidate days come at the new state's rate from tomorrow (memoryless: exact).
        if (r.candidate[s.code] != r.candidate[from]) {
            p.setNextCandidateDay(day + r.daysToNextCandidate(s.code, w.streams.candidate.uniform(p.id(), day, 2)));
        }
    }

    /** Starts a use state, with the habitual dose typical of it for this person. */
    static void moveToUse(World w, Person p, UseState s) {
        // The dose is raised after the old state is settled (a prescription's tolerance follows the old dose).
        float dose = (float) Math.max(p.habitualDose(), w.rules.typicalDose(s) * w.doseFactor(p.id()));
        enter(w, p, s, false);
        p.setHabitualDose(dose);
        if (s == UseState.STREET) p.setStreetHistory();
        if (s == UseState.PRESCRIBED) Prescriptions.start(w, p, w.day);
    }

    /** Back to the kind of use the person had before: street if they ever used street opioids. */
    static void returnToUse(World w, Person p) {
        moveToUse(w, p, p.streetHistory() ? UseState.STREET : UseState.NONMEDICAL);
    }

    /**
     * Back to use after a time without it (a release, a discharge, leaving treatment), the first
     * use-day coming a geometric number of days with mean {@code meanDays} later (drawn from
     * {@code draw}, numbered {@code k}): tolerance keeps falling until then, so the risk of the
     * return is spread over the first weeks rather than met on the day itself.
     */
    static void returnToUseAfter(World w, Person p, double meanDays, KeyedStream draw, int k) {
        returnToUse(w, p);
        if (meanDays <= 0) return;
        double u = draw.uniform(p.id(), w.day, k);
        int delay = (int) Math.min(3650, Math.floor(Math.log(u) / Math.log(meanDays / (meanDays + 1))));
        UseDays.schedule(w, p, w.day + delay);
    }

    /**
     * The tolerance {@code p} brings to {@code day}'s use: decayed since the last day with
     * opioids, or the prescription's closed form, and held up by medication (methadone,
     * buprenorphine, or medication given in custody).
     */
    static double toleranceBroughtTo(World w, Person p, int day) {
        if (p.state() == UseState.PRESCRIBED.code) return Prescriptions.tolerance(w, p, day);
        Rules r = w.rules;
        double decayed = r.toleranceAfter(p.tolerance(), day - 1 - p.lastUseDay());
        byte state = p.state();
        // Only medication holds tolerance up: the day the state began is read for those on it alone (a column read per use-day otherwise).
        double held = p.medicatedInCustody() ? r.custodyMedicationTolerance
                : r.medicationTolerance[state] > 0 ? r.heldTolerance(state, day - p.stateSince()) : 0;
        return Math.max(decayed, held * p.habitualDose());
    }

    /** Tolerance held up by medication through yesterday, stored as of yesterday (medication ends today). */
    static void settleHeldTolerance(World w, Person p, double heldShare) {
        int day = w.day;
        p.setTolerance((float) Math.max(w.rules.toleranceAfter(p.tolerance(), day - 1 - p.lastUseDay()), heldShare * p.habitualDose()));
        p.setLastUseDay(day - 1);
    }

    /**
     * A request for methadone or buprenorphine (any path: seeking it, a referral, diversion, a
     * release): it starts when a place is free today, otherwise the person waits and asks again
     * each day. {@code usedToday}: the request comes after the person's use today.
     */
    static void requestTreatment(World w, Person p, DayTally t, boolean usedToday) {
        int day = w.day, i = p.id();
        t.treatmentRequests++;
        if (w.treatmentAdmitChance < 1.0 && w.streams.treatmentPlace.uniform(i, day) >= w.treatmentAdmitChance) {
            p.setWaiting(true);
            return;
        }
        p.setWaiting(false);
        boolean methadone = w.streams.treatmentKind.uniform(i, day) < w.scenario.treatment().methadoneShare();
        // Whoever leaves later returns to the kind of use they had: street history is not implied by treatment.
        enter(w, p, methadone ? UseState.METHADONE : UseState.BUPRENORPHINE, usedToday);
        t.add(odsim.results.Measure.TREATMENT_STARTS, 1);
    }
}
