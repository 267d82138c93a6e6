package odsim.engine;

import sim.engine.SimState;
import sim.engine.Steppable;

/** Sets today's street market potency ({@link StreetMarket}) before anyone buys from it. */
final class SupplyPhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private final OverdoseSim sim;
    private final transient StreetMarket market;

    SupplyPhase(OverdoseSim sim) {
        this.sim = sim;
        this.market = new StreetMarket(sim.scenario.supply(), sim.streams);
    }

    @Override
    public void step(SimState state) {
        sim.marketLogPotency = market.nextDay(sim.rules.supplyVolatility[sim.day]);
        sim.supply.set(sim.day, sim.marketLogPotency);
    }
}
