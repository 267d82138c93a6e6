package odsim.engine;

import odsim.results.Measure;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Closes a day of the {@link MasonPeer} after every person has stepped (people have already
 * counted themselves): the life-years lost of the day's overdose deaths in the engine's order,
 * what tomorrow's programs start from ({@link RecordPhase}), the running costs and scaling
 * ({@link DayClose}), then the day advances.
 */
final class PeerRecorder implements Steppable {
    private static final long serialVersionUID = 1L;
    private final MasonPeer sim;

    PeerRecorder(MasonPeer sim) {
        this.sim = sim;
    }

    @Override
    public void step(SimState state) {
        int day = sim.day;
        double[] today = sim.today;
        today[Measure.LIFE_YEARS_LOST.ordinal()] += yearsLostInEngineOrder();
        // What tomorrow's programs and witnesses start from.
        sim.usersWithoutKit = sim.users - sim.usersWithKit;
        sim.kitHoldingShare = sim.users > 0 ? sim.usersWithKit / sim.users : 0;
        sim.opcPotentialDemand = sim.opcPotentialDemandToday;
        sim.safeSupplyAttempts = sim.safeSupplyAttemptsToday;
        sim.safeSupplyClients = today[Measure.PEOPLE_SAFE_SUPPLY.ordinal()];
        sim.treatmentRequests = sim.treatmentRequestsToday;
        sim.inTreatment = today[Measure.PEOPLE_METHADONE.ordinal()] + today[Measure.PEOPLE_BUPRENORPHINE.ordinal()];
        DayClose.close(today, sim.scenario, sim.rules, day, sim.marketLogPotency, sim.daily);
        java.util.Arrays.fill(today, 0.0);
        sim.users = sim.usersWithKit = sim.opcPotentialDemandToday = sim.safeSupplyAttemptsToday = sim.treatmentRequestsToday = 0;
        sim.dyingCount = 0;
        sim.day++;
    }

    /**
     * The day's life-years lost summed as the engine sums them: by person within each block
     * ({@link DeathPhase}), then block by block ({@link RecordPhase}).
     */
    private double yearsLostInEngineOrder() {
        int n = sim.dyingCount;
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) order[k] = k;
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(sim.dyingToday[a], sim.dyingToday[b]));
        double total = 0, block = 0;
        int currentBlock = -1;
        for (int k = 0; k < n; k++) {
            int b = sim.dyingToday[order[k]] / BlockRunner.BLOCK_SIZE;
            if (b != currentBlock) {
                total += block;
                block = 0;
                currentBlock = b;
            }
            block += sim.yearsLostToday[order[k]];
        }
        return total + block;
    }
}
