package odsim.engine;

import sim.engine.SimState;
import sim.engine.Steppable;

/** Sets today's street market potency ({@link StreetMarket}) before anyone buys from it. */
final class SupplyPhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private final OverdoseSim sim;

    SupplyPhase(OverdoseSim sim) {
        this.sim = sim;
    }

    @Override
    public void step(SimState state) {
        openMarket(sim.world, sim.market);
    }

    /** Today's market: the next day of its path, and the supplies use-days meet (the engine's and the peer's one statement). */
    static void openMarket(World w, StreetMarket market) {
        w.marketLogPotency = market.nextDay(w.rules.supplyPressure.volatility(w.day));
        w.supply.set(w.day, w.marketLogPotency);
    }
}
