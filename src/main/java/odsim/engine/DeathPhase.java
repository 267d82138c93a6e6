package odsim.engine;

import odsim.model.LifeTable;
import odsim.results.Measure;

/**
 * Resolves today's deaths once, after everything that could have prevented them: fatal
 * overdoses recorded by the use phase, then deaths from other causes by age and use, drawn on
 * candidate days like other rare events ({@link Rules#candidate}). Naloxone kits are lost here
 * too, on candidate days, after the day's use.
 */
final class DeathPhase implements BlockPhase {
    private static final double YEARS_PER_DAY = 1 / odsim.model.Rates.DAYS_PER_YEAR;
    private final OverdoseSim sim;

    DeathPhase(OverdoseSim sim) {
        this.sim = sim;
    }


    @Override
    public void block(int b) {
        People p = sim.people;
        Rules r = sim.rules;
        DayTally t = sim.tallies[b];
        int day = sim.day;
        // In index order, whatever order the use phase met them in: life-years lost are summed in that order.
        java.util.Arrays.sort(t.dying, 0, t.dyingCount);
        for (int k = 0; k < t.dyingCount; k++) {
            int i = t.dying[k];
            p.enter(i, UseState.DEAD_OVERDOSE, day);
            t.add(Measure.LIFE_YEARS_LOST, LifeTable.yearsLeftAt(day, p.birthDay[i]));
        }
        int[] candidateDay = p.nextCandidateDay;
        BlockScratch scratch = BlockScratch.get();
        // Today's living candidates, as the pain phase gathered them (only this phase moves candidate days).
        int[] candidates = scratch.candidates;
        for (int k = 0, n = scratch.candidateCount; k < n; k++) {
            int i = candidates[k];
            // The candidate clock ticks here, after the transition phase has read today's candidates.
            byte code = p.state[i];
            // Today's candidate day came from this morning's state: its q thins today's events.
            double q = r.perCandidate[scratch.candidateState[k]];
            candidateDay[i] = day + r.daysToNextCandidate(code, sim.streams.candidate.uniform(i, day));
            if (code >= UseState.DEAD_OVERDOSE.code) continue;
            // A held kit is used, lost or expires: a rare event, drawn on candidate days after today's use.
            if ((p.flags[i] & People.FLAG_HOLDS_KIT) != 0 && sim.streams.kitLoss.uniform(i, day) < r.kitLoss * q) {
                p.set(i, People.FLAG_HOLDS_KIT, false);
            }
            int age = Math.min(120, Math.max(0, (int) ((day - p.birthDay[i]) * YEARS_PER_DAY)));
            double chance = code == UseState.STREET.code ? r.otherDeathStreetByAge[age] : r.otherDeathByAge[age];
            if (sim.streams.otherDeath.uniform(i, day) < chance * q) {
                p.enter(i, UseState.DEAD_OTHER, day);
                t.add(Measure.OTHER_CAUSE_DEATHS, 1);
            }
        }
        // Everyone stepped today has had their day: when is anything next due for them?
        sim.refreshDue(scratch.today, scratch.todayCount, day);
    }
}
