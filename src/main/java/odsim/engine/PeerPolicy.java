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
        double kits = r.kitsPerDayAtFull * r.naloxoneLevel[day];
        sim.kitChance = PolicyPhase.share(kits, sim.usersWithoutKit);
        // Sites open in proportion to the level and reach people's homes in the same proportion.
        double room = r.opcVisitsPerDayAtFull * r.opcLevel[day];
        double demand = sim.opcPotentialDemand * r.opcLevel[day];
        sim.opcAdmitChance = PolicyPhase.share(room, demand);
        double freePlaces = r.treatmentPlaces[day] - sim.inTreatment;
        sim.treatmentAdmitChance = PolicyPhase.share(freePlaces, sim.treatmentRequests);
        double free = r.safeSupplyCapacity * r.safeSupplyLevel[day] - sim.safeSupplyClients;
        sim.safeSupplyAdmitChance = PolicyPhase.share(free, sim.safeSupplyAttempts);

        var roots = sim.scenario.policies().rootCauses();
        double level = r.rootCausesLevel[day];
        sim.rootCausesOn = level > 0;
        sim.rootEmotionalRelief = sim.rootCausesOn ? roots.emotionalRelief() : 0;
        sim.rootEconomicRelief = sim.rootCausesOn ? roots.economicRelief() : 0;
        sim.rootReachCut = sim.rootCausesOn ? roots.reach() * level : Double.NaN;
    }
}
