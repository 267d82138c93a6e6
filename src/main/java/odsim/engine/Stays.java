package odsim.engine;

import odsim.model.UseState;
import odsim.results.Measure;

/**
 * Stays of set length and how they end: an arrest (diverted, mandated to rehab, or jail or
 * prison, with medication given inside where the lever reaches), a rehab admission, and a release
 * or discharge, after which most people go back to the same street supply with the tolerance they
 * lost inside. The one statement of them, for the engine and the MASON peer.
 */
final class Stays {
    private Stays() {}

    static void admitToRehab(World w, Person p, DayTally t) {
        start(w, p, UseState.REHAB, w.scenario.rehab().meanStayDays(), 0);
        t.add(Measure.REHAB_ADMISSIONS, 1);
    }

    static void arrest(World w, Person p, DayTally t) {
        var policing = w.scenario.policing();
        Rules r = w.rules;
        int i = p.id();
        t.add(Measure.ARRESTS, 1);
        t.add(Measure.COST_POLICING, w.scenario.costs().arrest());
        // Police diversion before booking leaves no record; courts mandating rehab instead of a sentence do.
        if (r.policing.diverts(w, p, t)) return;
        Records.arrested(w, p);
        if (r.abstinence.mandatesRehab(w, p, t)) return;
        boolean prison = w.streams.sentence.uniform(i, w.day) < policing.prisonShare();
        start(w, p, prison ? UseState.PRISON : UseState.JAIL, prison ? policing.meanPrisonDays() : policing.meanJailDays(), 1);
        if (r.medication.medicatesInCustody(w, i)) p.setMedicatedInCustody(true);
        p.setEconomic(p.economic() + (float) policing.economicShockAtArrest());
    }

    /** A stay of random length with the given mean (at least one day), ending on the event day. */
    private static void start(World w, Person p, UseState s, double meanDays, int draw) {
        double u = w.streams.stayLength.uniform(p.id(), w.day, draw);
        int length = 1 + (int) (-(meanDays - 1) * Math.log(u));
        StateChanges.enter(w, p, s, false);
        p.setEventDay(w.day + length);
    }

    /** The end of a stay in {@code from} (rehab, jail or prison), today. */
    static void release(World w, Person p, UseState from, DayTally t) {
        int i = p.id(), day = w.day;
        t.add(Measure.RELEASES, 1);
        if (p.medicatedInCustody()) {
            // Medication held tolerance up inside, through yesterday; some carry on outside.
            StateChanges.settleHeldTolerance(w, p, w.rules.custodyMedicationTolerance);
            p.setMedicatedInCustody(false);
            if (w.rules.medication.continuesAfterRelease(w, i)) {
                StateChanges.requestTreatment(w, p, t, false);
                if (p.state() != from.code) return;
                // Every place is taken: released like anyone else, and asking again each day.
            }
        }
        double abstinent = from == UseState.REHAB ? 1 - w.scenario.rehab().useAgainAtDischarge()
                : w.scenario.policing().remissionAfterRelease();
        boolean staysAbstinent = w.streams.releaseOutcome.uniform(i, day) < abstinent;
        double firstUse = from == UseState.REHAB ? w.scenario.rehab().daysToFirstUseAfterDischarge()
                : w.scenario.policing().daysToFirstUseAfterRelease();
        if (staysAbstinent) StateChanges.enter(w, p, UseState.REMISSION, false);
        else StateChanges.returnToUseAfter(w, p, firstUse, w.streams.releaseOutcome, 1);
    }
}
