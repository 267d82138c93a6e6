package odsim.engine;

import odsim.model.UseState;
import odsim.results.Measure;

/**
 * Moves a person between use states: the one statement of it, for the engine and the MASON peer.
 * Each possible move has its own stream and its own daily chance, drawn on the person's candidate
 * days only ({@link Rules#candidate}: a move with daily chance p happens on a candidate day with
 * chance p / q); when several would fire on one day, the first in the order written here wins.
 * Stays of set length (rehab, jail, prison) end on their day, which is a release or discharge
 * ({@link Stays}).
 */
final class Transitions {
    private Transitions() {}

    /**
     * Person {@code p}'s state change today, if any: called on a candidate day outside a stay, on
     * the day a stay ends, and each day while waiting for a treatment place.
     */
    static void step(World w, Person p, DayTally t) {
        byte code = p.state();
        boolean inStay = code == UseState.REHAB.code || code == UseState.JAIL.code || code == UseState.PRISON.code;
        if (p.waiting() && askAgain(w, p, code, t)) return;
        if (inStay ? w.day >= p.eventDay() : p.nextCandidateDay() == w.day) change(w, p, UseState.ALL[code], t);
    }

    /** The combined drive that moves transition rates: a weighted sum of the three pain drivers. */
    private static double drive(World w, Person p) {
        var weights = w.scenario.pain();
        return weights.physicalWeight() * p.physical() + weights.emotionalWeight() * p.emotional()
                + weights.economicWeight() * p.economic();
    }

    private static void change(World w, Person p, UseState state, DayTally t) {
        Streams st = w.streams;
        Rules r = w.rules;
        double q = r.perCandidate[state.code]; // daily chance p becomes p / q on a candidate day
        int i = p.id();
        int day = w.day;
        switch (state) {
            case NO_USE -> {
                double drive = drive(w, p);
                if (st.prescriptionStart.uniform(i, day) < r.prescriptionStart.daily(drive) * r.prescribingTrend[day] * q) {
                    StateChanges.moveToUse(w, p, UseState.PRESCRIBED);
                    t.add(Measure.PRESCRIPTION_STARTS, 1);
                } else if (st.initiation.uniform(i, day) < r.initiation.daily(drive) * r.pillSupplyTrend[day] * q) {
                    StateChanges.moveToUse(w, p, UseState.NONMEDICAL);
                    t.add(Measure.INITIATIONS, 1);
                }
            }
            case PRESCRIBED -> {
                double drive = drive(w, p);
                // Prescribing restrictions end prescriptions faster; some people cut off turn to other supply.
                if (st.prescriptionEnd.uniform(i, day) < r.prescribing.endChance(r.prescriptionEnd.daily(drive), day) * q) {
                    if (r.prescribing.turnsToOtherSupply(w, i)) {
                        StateChanges.moveToUse(w, p, UseState.NONMEDICAL);
                        t.add(Measure.INITIATIONS, 1);
                    } else {
                        StateChanges.enter(w, p, UseState.NO_USE, false);
                    }
                } else if (st.misuse.uniform(i, day) < r.misuse.daily(drive) * r.misuseTrend[day] * q) {
                    StateChanges.moveToUse(w, p, UseState.NONMEDICAL);
                    t.add(Measure.INITIATIONS, 1);
                }
            }
            case NONMEDICAL, STREET -> {
                boolean street = state == UseState.STREET;
                double drive = drive(w, p);
                // Arrests follow policing intensity and stop where possession is decriminalized;
                // decriminalization also brings more people to treatment.
                double arrestChance = r.policing.arrestChance(street ? r.streetArrest : r.nonmedicalArrest, day)
                        * r.decriminalization.arrestsLeft(day);
                double treatmentChance = r.medication.startChance(r.treatmentStart * r.treatmentTrend[day] * r.decriminalization.treatmentSeeking(day), day);
                double rehabChance = r.abstinence.admissionChance(r.rehabAdmission, day);
                if (st.arrest.uniform(i, day) < arrestChance * q) {
                    Stays.arrest(w, p, t);
                } else if (st.treatmentStart.uniform(i, day) < treatmentChance * q) {
                    StateChanges.requestTreatment(w, p, t, false);
                } else if (st.rehabAdmission.uniform(i, day) < rehabChance * q) {
                    Stays.admitToRehab(w, p, t);
                } else if (street && r.safeSupply.asksToEnrol(w, i, q)) {
                    r.safeSupply.enrol(w, p, t);
                } else if (!street && st.escalation.uniform(i, day) < r.escalation.daily(drive) * r.escalationTrend[day] * q) {
                    StateChanges.moveToUse(w, p, UseState.STREET);
                    t.add(Measure.ESCALATIONS, 1);
                } else if (st.cessation.uniform(i, day) < (street ? r.streetCessation.daily(drive) : r.nonmedicalCessation.daily(drive) * r.pillStoppingTrend[day]) * q) {
                    // Occasional misuse of pills comes without a use disorder: stopping it is no use again
                    // (a new start needs pills within reach), not a remission with a disorder's relapses.
                    boolean withoutDisorder = !street && !p.streetHistory() && w.misusesOccasionally(i);
                    StateChanges.enter(w, p, withoutDisorder ? UseState.NO_USE : UseState.REMISSION, false);
                    t.add(Measure.CESSATIONS, 1);
                }
            }
            case METHADONE, BUPRENORPHINE -> {
                double dropout = r.medication.dropoutChance(state == UseState.METHADONE ? r.methadoneDropout : r.buprenorphineDropout, day);
                if (st.treatmentDropout.uniform(i, day) < dropout * q) {
                    StateChanges.returnToUseAfter(w, p, w.scenario.treatment().daysToFirstUseAfterLeaving(), st.treatmentDropout, 1);
                    t.add(Measure.TREATMENT_EXITS, 1);
                }
            }
            case SAFE_SUPPLY -> {
                if (r.safeSupply.leaves(w, i, q)) {
                    StateChanges.moveToUse(w, p, UseState.STREET);
                }
            }
            case REHAB, JAIL, PRISON -> {
                if (day >= p.eventDay()) Stays.release(w, p, state, t);
            }
            case REMISSION -> {
                // A relapse to misused pills needs pills within reach, as a first misuse does: it follows the
                // amount prescribed. A relapse to street opioids does not.
                double within = p.streetHistory() ? 1.0 : r.pillSupplyTrend[day];
                if (st.relapse.uniform(i, day) < r.earlyRelapse(day - p.stateSince()) * r.relapse.daily(drive(w, p)) * within * q) {
                    StateChanges.returnToUse(w, p);
                    t.add(Measure.RELAPSES, 1);
                }
            }
            default -> { }
        }
    }

    /**
     * A person waiting for a treatment place asks again today while still using; true if they
     * started. Waiting ends with any other change (remission, custody, a place).
     */
    private static boolean askAgain(World w, Person p, byte code, DayTally t) {
        if (code != UseState.NONMEDICAL.code && code != UseState.STREET.code) {
            p.setWaiting(false);
            return false;
        }
        StateChanges.requestTreatment(w, p, t, false);
        return !p.waiting();
    }
}
