package odsim.engine;

/**
 * Steps the people with a state change possibly due today through {@link Transitions}: those
 * with a candidate day outside a stay, those whose stay ends today, and those waiting for a
 * treatment place, as the pain phase gathered them.
 */
final class TransitionPhase implements BlockPhase {
    private final OverdoseSim sim;

    TransitionPhase(OverdoseSim sim) {
        this.sim = sim;
    }

    @Override
    public void block(int b) {
        DayTally t = sim.tallies[b];
        World w = sim.world;
        People people = sim.people;
        BlockScratch scratch = BlockScratch.get();
        ColumnPerson person = scratch.person.on(sim);
        // Grouped by state: the rules branch on it. Transitions add the same amount per event to
        // each tally, so the order changes no result.
        int[] byState = scratch.groupByState(scratch.due, scratch.dueCount, people.state);
        for (int k = 0, n = scratch.dueCount; k < n; k++) Transitions.step(w, person.at(byState[k]), t);
    }
}
