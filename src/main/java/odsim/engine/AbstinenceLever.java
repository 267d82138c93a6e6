package odsim.engine;

import odsim.model.Rates;
import odsim.results.Measure;
import odsim.scenario.AbstinencePolicy;
import odsim.scenario.Scenario;

/**
 * Abstinence-first expansion: more admissions to abstinence-based rehab among people who use,
 * and courts sending a share of arrests to mandated rehab instead of custody. Leaving rehab
 * without tolerance is where its harm comes from ({@link Stays#release}).
 */
final class AbstinenceLever {
    private final AbstinencePolicy policy;
    private final double[] level;
    /** Extra daily rehab admissions at full scale. */
    final double extraAdmissions;

    AbstinenceLever(Scenario s, DayGrid grid) {
        policy = s.policies().abstinence();
        level = grid.byDay(policy.level());
        extraAdmissions = Rates.dailyProbability(policy.extraAdmissionsPerYear());
    }

    /** Today's daily chance of a rehab admission, from the status quo's {@code base}. */
    double admissionChance(double base, int day) {
        return base + extraAdmissions * level[day];
    }

    /** On an arrest today: whether a court mandates rehab instead of a sentence; if so, admitted. */
    boolean mandatesRehab(World w, Person p, DayTally t) {
        double mandated = policy.courtMandated() * level[w.day];
        if (!(mandated > 0 && w.streams.courtMandate.uniform(p.id(), w.day) < mandated)) return false;
        t.add(Measure.COURT_MANDATED_REHAB, 1);
        Stays.admitToRehab(w, p, t);
        return true;
    }
}
