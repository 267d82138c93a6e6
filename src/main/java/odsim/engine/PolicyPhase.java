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
        Chances c = chances(sim.world.rules, sim.world.day, sim.demand);
        sim.world.setChances(c);
    }

    /** Today's chances of getting a kit, a centre visit, a treatment place and a safe supply slot. */
    record Chances(double kit, double opcAdmit, double treatmentAdmit, double safeSupplyAdmit) {}

    /**
     * Today's program chances from yesterday's counts (the engine's and the MASON peer's one
     * statement of them): kits spread over people without one, centre visits, treatment places
     * and safe supply slots shared among yesterday's demand.
     */
    static Chances chances(Rules r, int day, Demand yesterday) {
        double kits = r.naloxone.kitsToday(day);
        double room = r.opc.roomToday(day);
        double demand = r.opc.demandToday(yesterday.opcPotentialDemand, day);
        // Places and slots free today are shared among yesterday's number of people asking.
        double freePlaces = r.medication.places(day) - yesterday.inTreatment;
        double freeSlots = r.safeSupply.freeSlots(day, yesterday.safeSupplyClients);
        return new Chances(share(kits, yesterday.usersWithoutKit), share(room, demand), share(freePlaces, yesterday.treatmentRequests),
                share(freeSlots, yesterday.safeSupplyAttempts));
    }

    /**
     * The chance that one of {@code demand} people asking today gets one of {@code room} places
     * (kits, visits, places): all of them when there is room for all, none when there is none.
     */
    static double share(double room, double demand) {
        return room <= 0 ? 0 : Math.min(1.0, room / Math.max(1.0, demand));
    }
}
