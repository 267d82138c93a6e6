package odsim.engine;

import odsim.model.UseState;
import odsim.results.Measure;
import odsim.scenario.OpcPolicy;
import odsim.scenario.Scenario;

/**
 * Overdose prevention centres: sites open in proportion to the level, each with a daily number of
 * visits. People who use street opioids and live within reach of a site (a fixed place, so reach
 * grows as sites open) spend a share of their use-days there when there is room; an overdose at a
 * site is met by staff at once; staff refer some visitors to treatment.
 */
final class OpcLever implements RunningCost {
    private final OpcPolicy policy;
    private final double[] level;
    /** Visits a day at full scale, in agents. */
    private final double visitsPerDayAtFull;
    /** Whether centres open at any time (their draws are skipped otherwise). */
    private final boolean configured;

    OpcLever(Scenario s, DayGrid grid) {
        policy = s.policies().opc();
        level = grid.byDay(policy.level());
        visitsPerDayAtFull = policy.sites() * policy.visitsPerSitePerDay() * grid.agentsPerPerson();
        configured = policy.level().max() > 0;
    }

    /** Visits open today, in agents. */
    double roomToday(int day) {
        return visitsPerDayAtFull * level[day];
    }

    /**
     * Use-days that come today, from yesterday's count of those that would come with every site
     * open: sites reach people's homes in proportion to the level too.
     */
    double demandToday(double potentialDemand, int day) {
        return potentialDemand * level[day];
    }

    /** Whether person {@code i} lives within reach of a site once every site is open (a lifelong draw). */
    boolean nearSite(World w, int i) {
        return w.streams.opcReach.uniform(i, 0) < policy.reach();
    }

    /** Whether a change to {@code other} moves who lives within reach. */
    boolean sameReach(OpcLever other) {
        return policy.reach() == other.policy.reach();
    }

    /** Yesterday's count on the first day: street use-days of people near a site, as expected. */
    double initialDemand(double nearStreetUsers, double streetUseDayProbability) {
        return configured ? nearStreetUsers * streetUseDayProbability * policy.useDaysAtSite() : 0;
    }

    boolean configured() {
        return configured;
    }

    /**
     * Whether today's street use-day happens at a site: the person lives within reach, chooses the
     * site for this use-day, and there is room today.
     */
    boolean atSite(World w, Person p, DayTally t) {
        if (!configured || !p.nearSite()) return false;
        int i = p.id(), day = w.day;
        if (w.streams.opcVisit.uniform(i, day, 0) >= policy.useDaysAtSite()) return false;
        // Would come if every site were open: tomorrow's room is shared out from this count.
        t.opcPotentialDemand++;
        if (w.streams.opcReach.uniform(i, 0) >= policy.reach() * level[day] || w.streams.opcVisit.uniform(i, day, 1) >= w.opcAdmitChance) {
            return false;
        }
        t.add(Measure.OPC_VISITS, 1);
        return true;
    }

    /** An overdose at a site: staff respond at once, no 911 call is needed. True if fatal. */
    boolean overdoseAtSite(World w, Person p, UseState state, boolean fentanyl, DayTally t) {
        OverdoseCascade.count(p, t);
        t.add(Measure.OVERDOSES_AT_SITE, 1);
        boolean fatal = w.streams.cascade.uniform(p.id(), w.day, 5) < policy.fatalityAtSite();
        if (p.id() == w.watchedPerson) OverdoseCascade.tell(w, p, state, OverdoseScene.Setting.AT_CENTRE, fentanyl, false, false, fatal);
        if (fatal) {
            OverdoseCascade.die(w, p, state, fentanyl, t);
            t.add(Measure.OVERDOSE_DEATHS_AT_SITE, 1);
            return true;
        }
        OverdoseCascade.survive(w, p, state, t);
        return false;
    }

    /** Staff refer a visitor to treatment after the visit (even one who dies today: deaths are resolved later). */
    void referAfterVisit(World w, Person p, DayTally t) {
        if (w.streams.opcReferral.uniform(p.id(), w.day) < policy.treatmentReferralPerVisit()) {
            StateChanges.requestTreatment(w, p, t, true);
        }
    }

    @Override
    public void addTo(double[] today, int day, double perDay, double scale) {
        today[Measure.COST_OPC.ordinal()] += policy.sites() * level[day] * policy.costPerSiteYear() * perDay / scale;
    }
}
