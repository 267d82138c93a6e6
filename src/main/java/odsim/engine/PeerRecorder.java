package odsim.engine;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Closes a day of the {@link MasonPeer} after every person has stepped: the running costs,
 * scaling and bookkeeping of {@link RecordPhase} (people have already counted themselves), then
 * the day advances.
 */
final class PeerRecorder implements Steppable {
    private static final long serialVersionUID = 1L;
    private final MasonPeer sim;

    PeerRecorder(MasonPeer sim) {
        this.sim = sim;
    }

    @Override
    public void step(SimState state) {
        int day = sim.day;
        double[] today = sim.today;
        DayClose.close(today, sim.scenario, sim.rules, day, sim.marketLogPotency, sim.daily);
        java.util.Arrays.fill(today, 0.0);
        sim.kitHoldingShare = sim.users > 0 ? sim.usersWithKit / sim.users : 0;
        sim.users = 0;
        sim.usersWithKit = 0;
        sim.day++;
    }
}
