package odsim.engine;

/**
 * Working space for one block's pass through the day, one per thread (not per block, which would
 * cost 4 bytes per person per array): lists of people's indices gathered without branching, so
 * the loops over them do not stumble on a random mix of people with and without work today.
 * {@link BlockDay} runs all of a block's phases on one thread, so a list the pain phase gathers
 * is still there for the death phase.
 */
final class BlockScratch {
    private static final ThreadLocal<BlockScratch> PER_THREAD = ThreadLocal.withInitial(BlockScratch::new);

    /** People of the block whose candidate day is today (dead or alive), in index order; set by the pain phase. */
    final int[] candidates = new int[BlockRunner.BLOCK_SIZE];
    int candidateCount;
    /** Any phase's own list, used within that phase only. */
    final int[] list = new int[BlockRunner.BLOCK_SIZE];

    /** The use phase's people grouped by state, and its counts by state (one more than the states). */
    final int[] grouped = new int[BlockRunner.BLOCK_SIZE];
    final int[] stateCounts = new int[UseState.ALL.length + 1];

    static BlockScratch get() {
        return PER_THREAD.get();
    }
}
