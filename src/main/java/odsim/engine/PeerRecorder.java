package odsim.engine;

import odsim.results.Measure;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Closes a day of the {@link MasonPeer} after every person has stepped (people have already
 * counted themselves): the day's fatal overdoses resolved block by block as the engine's death
 * phase resolves them ({@link CandidateDay#resolveOverdoseDeaths}), the tallies folded into what
 * tomorrow's programs start from ({@link Demand}), the running costs and scaling
 * ({@link DayClose}), then the day advances.
 */
final class PeerRecorder implements Steppable {
    private static final long serialVersionUID = 1L;
    private final MasonPeer sim;

    PeerRecorder(MasonPeer sim) {
        this.sim = sim;
    }

    @Override
    public void step(SimState state) {
        World w = sim.world;
        int blocks = BlockRunner.blocks(sim.agents.size());
        for (int b = 0; b < blocks; b++) CandidateDay.resolveOverdoseDeaths(w, sim.tallies[b], sim.agents::get);
        double[] today = new double[Measure.COUNT];
        sim.demand.foldDay(sim.tallies, blocks, today, w);
        DayClose.close(today, w.scenario, w.rules, w.day, w.marketLogPotency, sim.daily);
        w.day++;
    }
}
