package odsim.engine;

import odsim.model.Rates;
import odsim.results.Measure;
import odsim.scenario.MedicationPolicy;
import odsim.scenario.Scenario;

/**
 * Expanded methadone and buprenorphine: more places, more starts among people who use, less
 * dropout, a start offered to survivors seen by EMS, and medication in jail and prison that
 * holds tolerance up inside and may continue after release.
 */
final class MedicationLever implements RunningCost {
    private final MedicationPolicy policy;
    private final double[] level;
    /** Extra daily treatment starts at full scale. */
    final double extraStarts;
    /** Treatment places by day (the status quo's and the expansion's), in agents. */
    private final double[] places;

    MedicationLever(Scenario s, DayGrid grid) {
        policy = s.policies().medication();
        level = grid.byDay(policy.level());
        extraStarts = Rates.dailyProbability(policy.extraStartsPerYear());
        places = new double[grid.days()];
        for (int d = 0; d < places.length; d++) {
            places[d] = (s.treatment().placesPer100k() + policy.extraPlacesPer100k() * level[d])
                    * s.population().regionPopulation() / 100_000 * grid.agentsPerPerson();
        }
    }

    /** Treatment places today, in agents. */
    double places(int day) {
        return places[day];
    }

    /** Today's daily chance of a treatment start, from the status quo's {@code base}. */
    double startChance(double base, int day) {
        return base + extraStarts * level[day];
    }

    /** Today's dropout chance, from the status quo's {@code base}. */
    double dropoutChance(double base, int day) {
        return base * (1 - policy.lessDropout() * level[day]);
    }

    /** Today's chance a survivor seen by EMS starts medication, given the status quo's referral. */
    double referralAfterOverdose(double statusQuo, int day) {
        return Math.max(statusQuo, policy.startAfterOverdose() * level[day]);
    }

    /** On entering jail or prison today: whether the person gets medication inside. */
    boolean medicatesInCustody(World w, int i) {
        double medicated = policy.inCustody() * level[w.day];
        return medicated > 0 && w.streams.medicationInCustody.uniform(i, w.day, 0) < medicated;
    }

    /** On release today after medication inside: whether the person asks to continue it outside. */
    boolean continuesAfterRelease(World w, int i) {
        return w.streams.medicationInCustody.uniform(i, w.day, 1) < policy.continueAfterRelease();
    }

    @Override
    public void addTo(double[] today, int day, double perDay, double scale) {
        today[Measure.COST_MEDICATION_IN_CUSTODY.ordinal()] += today[Measure.MEDICATED_IN_CUSTODY.ordinal()]
                * policy.costInCustodyYear() * perDay;
    }
}
