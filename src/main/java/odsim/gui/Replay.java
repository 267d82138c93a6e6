package odsim.gui;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import odsim.engine.OverdoseSim;
import odsim.scenario.Scenario;

/**
 * Runs a GUI run again headless, from day 0: the same scenario, seed and levers moved on the
 * same days, so every person lives exactly the same life as in the run the class watched.
 */
final class Replay {
    private Replay() {}

    /**
     * A model as the GUI runs it: replication 0 of the scenario with this seed, as
     * {@code odsim run --seed SEED} runs it. MASON's own seed field, which the Console shows,
     * holds the seed too; the model never draws from MASON's generator.
     */
    static OverdoseSim model(Scenario s, long seed, int threads) {
        OverdoseSim sim = new OverdoseSim(s.withSeed(seed), OverdoseSim.replicationSeed(seed, 0), 0, threads);
        sim.setSeed(seed);
        return sim;
    }

    /**
     * Replays days {@code 0 .. untilDay-1}, calling {@code setUp} before the first and
     * {@code afterDay} after each; stops early (returning false) when {@code cancelled} says so.
     */
    static boolean run(Scenario scenario, long seed, List<LeverChange> changes, int untilDay, Consumer<OverdoseSim> setUp,
                       Consumer<OverdoseSim> afterDay, BooleanSupplier cancelled) {
        OverdoseSim sim = model(scenario, seed, 1);
        setUp.accept(sim);
        sim.start();
        try {
            int next = 0;
            int end = Math.min(untilDay, sim.days());
            while (sim.day() < end) {
                while (next < changes.size() && changes.get(next).day() <= sim.day()) sim.changeScenario(changes.get(next++).scenario());
                sim.stepDay();
                afterDay.accept(sim);
                if (cancelled.getAsBoolean()) return false;
            }
            return true;
        } finally {
            sim.finish();
        }
    }
}
