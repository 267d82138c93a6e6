package odsim.engine;

import odsim.model.Rates;
import odsim.results.Measure;
import odsim.scenario.NaloxonePolicy;
import odsim.scenario.Scenario;

/**
 * Naloxone distribution: kits handed out to people who use and hold none, at their use-days
 * (outreach, syringe services, pharmacies: where people who use are met), within the day's
 * supply of kits. A held kit then counts in the overdose cascade ({@link OverdoseCascade}) and in
 * the share of people who use carrying one (a witness's chance of bringing one).
 */
final class NaloxoneLever {
    private final NaloxonePolicy policy;
    private final double[] level;
    /** Kits a day at full scale, in agents (kits per agent-equivalent). */
    private final double kitsPerDayAtFull;

    NaloxoneLever(Scenario s, DayGrid grid) {
        policy = s.policies().naloxone();
        level = grid.byDay(policy.level());
        kitsPerDayAtFull = policy.kitsPerYearPer100k() * s.population().regionPopulation() / 100_000
                / Rates.DAYS_PER_YEAR * grid.agentsPerPerson();
    }

    /** Kits to hand out today, in agents (the policy phase shares them among people without one). */
    double kitsToday(int day) {
        return kitsPerDayAtFull * level[day];
    }

    /**
     * On a use-day, before the use: a person who uses and holds no kit gets one with chance p / u
     * for today's daily chance p ({@link World#kitChance}) and a use-day chance u, which is the
     * daily chance p while p is below u (beyond it, everyone without a kit gets one at their next
     * use-day).
     */
    void offerKit(World w, Person p, byte code, DayTally t) {
        Rules r = w.rules;
        if (r.usesOpioids[code] && !p.holdsKit()
                && w.streams.kitGiven.uniform(p.id(), w.day) * UseDays.probability(w, p, code) < w.kitChance) {
            p.setHoldsKit(true);
            t.add(Measure.KITS_DISTRIBUTED, 1);
            t.add(Measure.COST_NALOXONE, policy.costPerKit());
        }
    }
}
