package odsim.engine;

import odsim.model.UseState;
import odsim.scenario.Scenario;

/**
 * A scenario changed between days (a teacher pulling a lever): what it does to each living
 * person, written once for the engine and the MASON peer. Days already simulated stay as they
 * were. Levers and dated curves change nothing here (a lever moved mid-run must give what the
 * same change written as a dated curve gives); other parameters may: pain recovering at another
 * rate, use-days at another chance, candidate days at another rate, centres reaching further.
 */
final class ScenarioChange {
    private final Scenario changed;
    private final Rules old, next;
    private final boolean painRecoveryMoves, useDaysMove, reachMoves;

    /** @throws IllegalArgumentException if the change moves the horizon or the population */
    ScenarioChange(World w, Scenario changed) {
        Scenario scenario = w.scenario;
        if (!changed.horizon().equals(scenario.horizon()) || !changed.population().equals(scenario.population())) {
            throw new IllegalArgumentException("a changed scenario must keep the horizon and the population");
        }
        this.changed = changed;
        this.old = w.rules;
        this.next = new Rules(changed);
        this.painRecoveryMoves = !next.samePainRecovery(old);
        this.useDaysMove = !next.sameUseDays(old);
        this.reachMoves = !next.opc.sameReach(old.opc);
    }

    boolean painRecoveryMoves() {
        return painRecoveryMoves;
    }

    /** Before the switch, for each living person: what the old rules kept lazily is settled up to yesterday. */
    void settle(World w, Person p) {
        // Pain recovers under the old half-lives up to yesterday, under the new from today.
        if (painRecoveryMoves) p.bringPainForward(w.day - 1);
        // Prescriptions' possible overdose days were drawn for the old chances: settled, drawn again below.
        if (useDaysMove && p.state() == UseState.PRESCRIBED.code) Prescriptions.end(w, p, false);
    }

    /** The world reads the changed scenario from today. */
    void switchWorld(World w) {
        w.use(changed, next);
    }

    /** After the switch, for each living person: what was drawn at the old rates is drawn again from today. */
    void redraw(World w, Person p) {
        int day = w.day, i = p.id();
        byte code = p.state();
        if (next.candidate[code] != old.candidate[code]) {
            p.setNextCandidateDay(day - 1 + next.daysToNextCandidate(code, w.streams.candidate.uniform(i, day, 3)));
        }
        if (useDaysMove) {
            if (code == UseState.PRESCRIBED.code) Prescriptions.start(w, p, day);
            else UseDays.schedule(w, p, day);
        }
        if (reachMoves) p.setNearSite(next.opc.nearSite(w, i));
    }
}
