package odsim.engine;

import odsim.results.Measure;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Entrants of the {@link MasonPeer}, scheduled after the people each day: as many as the
 * engine's {@link EntryPhase} draws from the same stream, set up by the engine's code, each a
 * new agent on the schedule from tomorrow.
 */
final class PeerEntry implements Steppable {
    private static final long serialVersionUID = 1L;
    private final MasonPeer sim;
    private final transient DiscreteSampler arrivals;

    PeerEntry(MasonPeer sim) {
        this.sim = sim;
        this.arrivals = EntryPhase.arrivals(sim.world);
    }

    @Override
    public void step(SimState state) {
        int n = arrivals.sample();
        for (int k = 0; k < n; k++) sim.enter();
        // Counted in the tally of the block that holds the newest people, as the engine counts them.
        sim.tallyOf(sim.agents.size() - 1).add(Measure.ENTRANTS, n);
    }
}
