package odsim.engine;

import java.util.function.IntConsumer;
import odsim.scenario.Scenario;

/**
 * One replication at the horizon's start, after its warm-up under one scenario: what
 * {@link OverdoseSim#startFrom} copies for another scenario to start from (the people, their
 * pain, yesterday's demand, the market's path). Read only; any number of runs may start from it.
 */
public final class WarmStart {
    /** A run stepped through its warm-up and finished (its threads closed), never stepped again. */
    final OverdoseSim sim;

    private WarmStart(OverdoseSim sim) {
        this.sim = sim;
    }

    /** Steps replication {@code r} of {@code scenario} through its warm-up ({@code onDayDone} told of each day; may be null). */
    public static WarmStart of(Scenario scenario, int r, int threads, IntConsumer onDayDone) {
        OverdoseSim sim = new OverdoseSim(scenario, OverdoseSim.replicationSeed(scenario.seed(), r), r, threads);
        sim.onDayDone = onDayDone;
        sim.start();
        sim.finish();
        sim.onDayDone = null;
        return new WarmStart(sim);
    }
}
