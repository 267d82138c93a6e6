package odsim.engine;

import odsim.results.Measure;
import odsim.scenario.PolicingPolicy;
import odsim.scenario.Scenario;

/**
 * Policing of drug use: arrests in proportion to policing intensity by date, and police diversion
 * (LEAD, PAARI): a share of arrests sent to case management and treatment instead of custody.
 * What an arrest leads to otherwise is in {@link Stays#arrest}.
 */
final class PolicingLever {
    private final PolicingPolicy policy;
    private final double[] intensity, diversion;

    PolicingLever(Scenario s, DayGrid grid) {
        policy = s.policies().policing();
        intensity = grid.byDay(policy.intensity());
        diversion = grid.byDay(policy.diversion());
    }

    /** Today's daily arrest chance of a person whose chance is {@code base} at intensity 1. */
    double arrestChance(double base, int day) {
        return base * intensity[day];
    }

    double highestIntensity() {
        return policy.intensity().max();
    }

    /** Whether an arrest today is diverted; if so, counted and costed, and the person may ask for treatment. */
    boolean diverts(World w, Person p, DayTally t) {
        int i = p.id(), day = w.day;
        double diverted = diversion[day];
        if (!(diverted > 0 && w.streams.diversion.uniform(i, day, 0) < diverted)) return false;
        t.add(Measure.DIVERSIONS, 1);
        t.add(Measure.COST_DIVERSION, policy.costPerDiversion());
        if (w.streams.diversion.uniform(i, day, 1) < policy.treatmentAfterDiversion()) StateChanges.requestTreatment(w, p, t, false);
        return true;
    }
}
