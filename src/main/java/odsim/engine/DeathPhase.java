package odsim.engine;

/**
 * Resolves today's deaths once, after everything that could have prevented them: fatal
 * overdoses recorded by the use phase, then the end of each candidate day ({@link CandidateDay}:
 * the candidate clock, kits lost, deaths from other causes), after the day's use.
 */
final class DeathPhase implements BlockPhase {
    private final OverdoseSim sim;

    DeathPhase(OverdoseSim sim) {
        this.sim = sim;
    }


    @Override
    public void block(int b) {
        People p = sim.people;
        World w = sim.world;
        DayTally t = sim.tallies[b];
        BlockScratch scratch = BlockScratch.get();
        ColumnPerson person = scratch.person.on(sim);
        CandidateDay.resolveOverdoseDeaths(w, t, person::at);
        // Today's candidates (dead or alive), as the pain phase gathered them: only this phase moves candidate days.
        int[] candidates = scratch.candidates;
        byte[] morningState = scratch.candidateState;
        for (int k = 0, n = scratch.candidateCount; k < n; k++) CandidateDay.close(w, person.at(candidates[k]), morningState[k], t);
        // Everyone stepped today has had their day: when is anything next due for them?
        sim.refreshDue(scratch.today, scratch.todayCount, w.day);
    }
}
