package odsim.engine;

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
    private static final Measure[] PEOPLE_BY_STATE = new Measure[UseState.ALL.length];

    static {
        for (UseState s : UseState.ALIVE) PEOPLE_BY_STATE[s.ordinal()] = Measure.peopleIn(s);
    }

    private final OverdoseSim sim;

    RecordPhase(OverdoseSim sim) {
        this.sim = sim;
    }

    @Override
    public void step(SimState state) {
        sim.runner.forEachBlock(sim.blocks(), this::countBlock);
        int day = sim.day;
        double[] today = new double[Measure.COUNT];
        double users = 0, usersWithKit = 0, opcPotentialDemand = 0, safeSupplyAttempts = 0, treatmentRequests = 0;
        for (int b = 0, n = sim.blocks(); b < n; b++) {
            DayTally t = sim.tallies[b];
            for (int m = 0; m < Measure.COUNT; m++) today[m] += t.values[m];
            users += t.users;
            usersWithKit += t.usersWithKit;
            opcPotentialDemand += t.opcPotentialDemand;
            safeSupplyAttempts += t.safeSupplyAttempts;
            treatmentRequests += t.treatmentRequests;
            t.clear();
        }
        // What tomorrow's programs and witnesses start from.
        sim.usersWithoutKit = users - usersWithKit;
        sim.kitHoldingShare = users > 0 ? usersWithKit / users : 0;
        sim.opcPotentialDemand = opcPotentialDemand;
        sim.safeSupplyAttempts = safeSupplyAttempts;
        sim.safeSupplyClients = today[Measure.PEOPLE_SAFE_SUPPLY.ordinal()];
        sim.treatmentRequests = treatmentRequests;
        sim.inTreatment = today[Measure.PEOPLE_METHADONE.ordinal()] + today[Measure.PEOPLE_BUPRENORPHINE.ordinal()];
        DayClose.close(today, sim.scenario, sim.rules, day, sim.marketLogPotency, sim.daily);

        sim.day++;
        if (sim.onDayDone != null) sim.onDayDone.accept(day);
    }

    private void countBlock(int b) {
        People p = sim.people;
        DayTally t = sim.tallies[b];
        int[] counts = new int[UseState.ALL.length];
        int kits = 0, users = 0, usersWithKit = 0, medicated = 0, waiting = 0;
        boolean[] usesOpioids = sim.rules.usesOpioids;
        for (int i = OverdoseSim.blockStart(b), end = sim.blockEnd(b); i < end; i++) {
            byte code = p.state[i];
            counts[code]++;
            boolean kit = (p.flags[i] & People.FLAG_HOLDS_KIT) != 0;
            if (code < UseState.DEAD_OVERDOSE.code && kit) kits++;
            if ((p.flags[i] & People.FLAG_MEDICATED_IN_CUSTODY) != 0 && code < UseState.DEAD_OVERDOSE.code) medicated++;
            if ((p.flags[i] & People.FLAG_WAITING) != 0 && code < UseState.DEAD_OVERDOSE.code) waiting++;
            if (usesOpioids[code]) {
                users++;
                if (kit) usersWithKit++;
            }
        }
        t.users = users;
        t.usersWithKit = usersWithKit;
        int alive = 0;
        for (UseState s : UseState.ALIVE) {
            t.add(PEOPLE_BY_STATE[s.ordinal()], counts[s.ordinal()]);
            alive += counts[s.ordinal()];
        }
        t.add(Measure.POPULATION, alive);
        t.add(Measure.KIT_HOLDERS, kits);
        t.add(Measure.MEDICATED_IN_CUSTODY, medicated);
        t.add(Measure.WAITING_FOR_TREATMENT, waiting);
    }
}
