package odsim.engine;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Sets today's program capacities from yesterday's counts: the chance that a person who uses and
 * holds no kit receives one (kits spread over those without), and the chance that a person who
 * comes to an overdose prevention centre gets in (visits shared out when demand exceeds room).
 */
final class PolicyPhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private final OverdoseSim sim;

    PolicyPhase(OverdoseSim sim) {
        this.sim = sim;
    }

    @Override
    public void step(SimState state) {
        Rules r = sim.rules;
        int day = sim.day;
        double kits = r.kitsPerDayAtFull * r.naloxoneLevel[day];
        sim.kitChance = share(kits, sim.usersWithoutKit);
        // Sites open in proportion to the level and reach people's homes in the same proportion,
        // so today's demand is yesterday's demand with every site open, times today's level.
        double room = r.opcVisitsPerDayAtFull * r.opcLevel[day];
        double demand = sim.opcPotentialDemand * r.opcLevel[day];
        sim.opcAdmitChance = share(room, demand);
        // Treatment places free today are shared among yesterday's number of requests.
        double freePlaces = r.treatmentPlaces[day] - sim.inTreatment;
        sim.treatmentAdmitChance = share(freePlaces, sim.treatmentRequests);
        // Safe supply slots free today are shared among yesterday's number of people asking.
        double free = r.safeSupplyCapacity * r.safeSupplyLevel[day] - sim.safeSupplyClients;
        sim.safeSupplyAdmitChance = share(free, sim.safeSupplyAttempts);
    }

    /**
     * The chance that one of {@code demand} people asking today gets one of {@code room} places
     * (kits, visits, places): all of them when there is room for all, none when there is none.
     */
    static double share(double room, double demand) {
        return room <= 0 ? 0 : Math.min(1.0, room / Math.max(1.0, demand));
    }
}
