package odsim.results;

/** Counts in plain words: "1 replication", "4 replications". */
public final class Words {
    private Words() {}

    /** {@code n} and the noun, plural unless {@code n} is 1 (nouns here take an s). */
    public static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }
}
