package odsim.engine;

/** A phase of the day that works on one block of people at a time ({@link BlockDay} runs it). */
interface BlockPhase {
    /** Today's work for the people of block {@code b}; touches no other block's people or tally. */
    void block(int b);

    /** Called once a day on the scheduling thread before any block: room for per-block state. */
    default void beforeBlocks(int blocks) {}
}
