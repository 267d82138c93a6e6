package odsim.engine;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The street market of the {@link MasonPeer}, scheduled before the people each day: the same
 * {@link StreetMarket} the engine's {@link SupplyPhase} steps, so both models see the same path.
 */
final class PeerMarket implements Steppable {
    private static final long serialVersionUID = 1L;
    private final MasonPeer sim;
    private final transient StreetMarket market;

    PeerMarket(MasonPeer sim) {
        this.sim = sim;
        this.market = new StreetMarket(sim.world.scenario.supply(), sim.world.streams);
    }

    @Override
    public void step(SimState state) {
        SupplyPhase.openMarket(sim.world, market);
    }
}
