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
        var roots = w.scenario.policies().rootCauses();
        double level = w.rules.rootCausesLevel[w.day];
        sim.rootCausesOn = level > 0;
        sim.rootEmotionalRelief = sim.rootCausesOn ? roots.emotionalRelief() : 0;
        sim.rootEconomicRelief = sim.rootCausesOn ? roots.economicRelief() : 0;
        sim.rootReachCut = sim.rootCausesOn ? roots.reach() * level : Double.NaN;
    }
}
