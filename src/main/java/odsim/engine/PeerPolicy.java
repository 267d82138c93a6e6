package odsim.engine;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The programs of the {@link MasonPeer}, scheduled after the market and before the people each
 * day: today's capacities from yesterday's counts, by the engine's formulas
 * ({@link PolicyPhase#chances}), and today's root-cause regime, which the engine's
 * {@link PainClock#enterDay} reads per block and each agent here reads for itself.
 */
final class PeerPolicy implements Steppable {
    private static final long serialVersionUID = 1L;
    private final MasonPeer sim;

    PeerPolicy(MasonPeer sim) {
        this.sim = sim;
    }

    @Override
    public void step(SimState state) {
        World w = sim.world;
        w.setChances(PolicyPhase.chances(w.rules, w.day, sim.demand));
        RootCausesLever roots = w.rules.rootCauses;
        sim.rootCausesOn = roots.on(w.day);
        sim.rootEmotionalRelief = roots.emotionalRelief(w.day);
        sim.rootEconomicRelief = roots.economicRelief(w.day);
        sim.rootReachCut = roots.reachCut(w.day);
    }
}
