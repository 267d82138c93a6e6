package odsim.engine;

import odsim.model.UseState;
import odsim.results.Measure;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Counts people in each state, adds the day's running costs (treatment, rehab, custody), folds
 * every block's tally into the day's results in block order, scales agents to real people, and
 * advances the day.
 */
final class RecordPhase implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Stock measures by {@code UseState.ordinal()}, looked up once rather than per person (also by {@link PersonObject}). */
    static final Measure[] PEOPLE_BY_STATE = new Measure[UseState.ALL.length];

    static {
        for (UseState s : UseState.ALIVE) PEOPLE_BY_STATE[s.ordinal()] = Measure.peopleIn(s);
    }

    private final OverdoseSim sim;

    RecordPhase(OverdoseSim sim) {
        this.sim = sim;
    }

    @Override
    public void step(SimState state) {
        // A few dozen additions per block: not worth handing to threads.
        for (int b = 0, n = sim.blocks(); b < n; b++) countBlock(b);
        int day = sim.world.day;
        double[] today = new double[Measure.COUNT];
        // What tomorrow's programs and witnesses start from.
        sim.demand.foldDay(sim.tallies, sim.blocks(), today, sim.world);
        DayClose.close(today, sim.world.scenario, sim.world.rules, day, sim.world.marketLogPotency, sim.daily);

        sim.world.day++;
        if (sim.onDayDone != null) sim.onDayDone.accept(day);
    }

    private static final int KIT = People.CENSUS_KIT, MEDICATED = People.CENSUS_MEDICATED, WAITING = People.CENSUS_WAITING,
            KEY_BITS = People.CENSUS_FLAG_BITS;
    private static final int INJECTS = People.MARK_INJECTS, HCV = People.MARK_HCV, HIV = People.MARK_HIV, RECORD = People.MARK_RECORD,
            MARK_BITS = People.MARK_BITS;

    /** Counts a block from its censuses (kept as people change), by state and flag, and by state and mark. */
    private void countBlock(int b) {
        DayTally t = sim.tallies[b];
        int[] histogram = sim.people.census[b], marks = sim.people.marks[b];
        boolean[] usesOpioids = sim.world.rules.usesOpioids;
        int kits = 0, users = 0, usersWithKit = 0, medicated = 0, waiting = 0, alive = 0;
        int hcv = 0, hiv = 0, records = 0, injecting = 0;
        int day = sim.world.day;
        for (UseState s : UseState.ALIVE) {
            int inState = 0;
            for (int key = 0; key < 1 << KEY_BITS; key++) {
                int n = histogram[(s.code << KEY_BITS) | key];
                inState += n;
                if ((key & KIT) != 0) kits += n;
                if ((key & MEDICATED) != 0) medicated += n;
                if ((key & WAITING) != 0) waiting += n;
                if (usesOpioids[s.code] && (key & KIT) != 0) usersWithKit += n;
            }
            if (usesOpioids[s.code]) users += inState;
            t.add(PEOPLE_BY_STATE[s.ordinal()], inState);
            alive += inState;
            int hcvAtRisk = 0, hivAtRisk = 0;
            boolean injectingState = s.meetsStreetSupply();
            for (int key = 0; key < 1 << MARK_BITS; key++) {
                int n = marks[(s.code << MARK_BITS) | key];
                if ((key & HCV) != 0) hcv += n;
                if ((key & HIV) != 0) hiv += n;
                if ((key & RECORD) != 0) records += n;
                if (injectingState && (key & INJECTS) != 0) {
                    injecting += n;
                    if ((key & HCV) == 0) hcvAtRisk += n;
                    if ((key & HIV) == 0) hivAtRisk += n;
                }
            }
            if (injectingState) {
                sim.world.rates.atRisk(Infections.HCV, s.code, hcvAtRisk, day);
                sim.world.rates.atRisk(Infections.HIV, s.code, hivAtRisk, day);
            }
        }
        t.users = users;
        t.usersWithKit = usersWithKit;
        t.add(Measure.POPULATION, alive);
        t.add(Measure.KIT_HOLDERS, kits);
        t.add(Measure.MEDICATED_IN_CUSTODY, medicated);
        t.add(Measure.WAITING_FOR_TREATMENT, waiting);
        t.add(Measure.PEOPLE_INJECTING, injecting);
        t.add(Measure.PEOPLE_WITH_HCV, hcv);
        t.add(Measure.PEOPLE_WITH_HIV, hiv);
        t.add(Measure.PEOPLE_WITH_RECORD, records);
    }
}
