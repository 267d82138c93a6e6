package odsim.engine;

/**
 * Steps the people whose use-day is today ({@link UseDays}) or, on a prescription, whose possible
 * overdose day is today ({@link Prescriptions}) through {@link UseDay}. Fatal overdoses are
 * resolved later, by the death phase, from the tally's dying list.
 */
final class UsePhase implements BlockPhase {
    private final OverdoseSim sim;

    UsePhase(OverdoseSim sim) {
        this.sim = sim;
    }

    /**
     * One block: today's users gathered without branching. (Grouping them by state, which paid
     * when everyone who might use was stepped daily, no longer measurably does: they are few,
     * and each does much more.)
     */
    @Override
    public void block(int b) {
        DayTally t = sim.tallies[b];
        World w = sim.world;
        People p = sim.people;
        byte[] state = p.state;
        int[] stepped = w.rules.steppedOnEventDay;
        int[] eventDay = p.eventDay;
        int day = w.day;
        BlockScratch scratch = BlockScratch.get();
        int[] users = scratch.list, today = scratch.today;
        int n = 0;
        for (int k = 0, m = scratch.todayCount; k < m; k++) {
            int i = today[k];
            users[n] = i;
            n += stepped[state[i]] & (eventDay[i] == day ? 1 : 0);
        }
        ColumnPerson person = scratch.person.on(sim);
        for (int k = 0; k < n; k++) UseDay.use(w, person.at(users[k]), t);
    }
}
