package odsim.engine;

import odsim.model.UseState;

/**
 * Working space for one block's pass through the day, one per thread (not per block, which would
 * cost 4 bytes per person per array): lists of people's indices gathered without branching, so
 * the loops over them do not stumble on a random mix of people with and without work today.
 * {@link BlockDay} runs all of a block's phases on one thread, so a list the pain phase gathers
 * is still there for the death phase.
 */
final class BlockScratch {
    private static final ThreadLocal<BlockScratch> PER_THREAD = ThreadLocal.withInitial(BlockScratch::new);

    /** Living people of the block whose due day is today ({@link People#dueDay}), in index order; set by the pain phase. */
    final int[] today = new int[BlockRunner.BLOCK_SIZE];
    int todayCount;
    /** People of the block whose candidate day is today (dead or alive), in index order; set by the pain phase. */
    final int[] candidates = new int[BlockRunner.BLOCK_SIZE];
    int candidateCount;
    /** The state of each of {@link #candidates} this morning: their candidate day is one of that state's (its q). */
    final byte[] candidateState = new byte[BlockRunner.BLOCK_SIZE];
    /**
     * Living people of the block with a state change possibly due today (a candidate day outside
     * a stay, the end of a stay, a request for treatment to repeat), in index order; set by the
     * pain phase in the same pass, read by the transition phase.
     */
    final int[] due = new int[BlockRunner.BLOCK_SIZE];
    int dueCount;
    /** What {@link PainPhase}'s reads ahead of need add up to, kept so the JIT cannot drop them. */
    int touched;
    /** Any phase's own list, used within that phase only. */
    final int[] list = new int[BlockRunner.BLOCK_SIZE];

    /** A phase's people grouped by state ({@link #groupByState}), and the counts by state it uses. */
    final int[] grouped = new int[BlockRunner.BLOCK_SIZE];
    final int[] stateCounts = new int[UseState.ALL.length + 1];

    /** The cursor through which this thread's phases hand a person to the rules. */
    final ColumnPerson person = new ColumnPerson();

    static BlockScratch get() {
        return PER_THREAD.get();
    }

    /**
     * The first {@code n} people of {@code people}, grouped by state (in the given order within a
     * state), in {@link #grouped}. For a phase whose branches follow the state: grouped, they go
     * the same way for long runs. People's days do not depend on each other and each measure's
     * tally adds the same amount per event in these phases, so the order changes no result.
     */
    int[] groupByState(int[] people, int n, byte[] state) {
        int[] firstOfState = stateCounts;
        java.util.Arrays.fill(firstOfState, 0);
        for (int k = 0; k < n; k++) firstOfState[state[people[k]] + 1]++;
        for (int c = 1; c < firstOfState.length; c++) firstOfState[c] += firstOfState[c - 1];
        for (int k = 0; k < n; k++) {
            int i = people[k];
            grouped[firstOfState[state[i]]++] = i;
        }
        return grouped;
    }
}
