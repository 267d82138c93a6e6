package odsim.engine;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The programs of the {@link MasonPeer}, scheduled after the market and before the people each
 * day: today's capacities from yesterday's counts, by the formulas of the engine's
 * {@link PolicyPhase} (kits spread over people without one, centre visits, treatment places and
 * safe supply slots shared among yesterday's demand), and today's root-cause regime, which the
 * engine's {@link PainClock#enterDay} reads per block and each agent here reads for itself.
 */
final class PeerPolicy implements Steppable {
    private static final long serialVersionUID = 1L;
    private final MasonPeer sim;

    PeerPolicy(MasonPeer sim) {
        this.sim = sim;
    }

    @Override
    public void step(SimState state) {
        Rules r = sim.rules;
        int day = sim.day;
        PolicyPhase.Chances c = PolicyPhase.chances(r, day, sim.usersWithoutKit, sim.opcPotentialDemand, sim.inTreatment,
                sim.treatmentRequests, sim.safeSupplyClients, sim.safeSupplyAttempts);
        sim.kitChance = c.kit();
        sim.opcAdmitChance = c.opcAdmit();
        sim.treatmentAdmitChance = c.treatmentAdmit();
        sim.safeSupplyAdmitChance = c.safeSupplyAdmit();

        var roots = sim.scenario.policies().rootCauses();
        double level = r.rootCausesLevel[day];
        sim.rootCausesOn = level > 0;
        sim.rootEmotionalRelief = sim.rootCausesOn ? roots.emotionalRelief() : 0;
        sim.rootEconomicRelief = sim.rootCausesOn ? roots.economicRelief() : 0;
        sim.rootReachCut = sim.rootCausesOn ? roots.reach() * level : Double.NaN;
    }
}
