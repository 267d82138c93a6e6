package odsim.results;

/** Numbers in plain words: "1 replication", "4 replications", 0.1000000000000009 as "0.1". */
public final class Words {
    private Words() {}

    /** {@code n} and the noun, plural unless {@code n} is 1 (nouns here take an s). */
    public static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    /** {@code v} to {@code digits} significant digits, without trailing zeros or an exponent. */
    public static String significant(double v, int digits) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(digits)).stripTrailingZeros().toPlainString();
    }
}
