package odsim.engine;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Takes each block of people through the day's per-person phases in turn (pain, state changes,
 * use, deaths) before moving to the next block, so the block's columns are read from memory
 * once a day rather than once per phase, and threads meet once a day rather than once per
 * phase. The results are those of running each phase over everyone in turn: a person's day
 * reads only their own columns, their block's tally and values fixed for the day.
 */
final class BlockDay implements Steppable {
    private static final long serialVersionUID = 1L;
    private final OverdoseSim sim;
    private final BlockPhase[] phases;

    BlockDay(OverdoseSim sim, BlockPhase... phases) {
        this.sim = sim;
        this.phases = phases;
    }

    @Override
    public void step(SimState state) {
        int blocks = sim.blocks();
        for (BlockPhase phase : phases) phase.beforeBlocks(blocks);
        sim.runner.forEachBlock(blocks, b -> {
            for (BlockPhase phase : phases) phase.block(b);
        });
    }
}
