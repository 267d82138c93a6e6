package odsim.engine;

import java.nio.charset.StandardCharsets;

/**
 * A named random stream whose draws are a pure function of (run seed, stream name, person,
 * day, draw index): a counter-based generator built on the SplitMix64 finaliser (Steele, Lea
 * and Flood 2014, variant 13 of Stafford's mixers). A draw mixes {@code key + person * P +
 * day * D} once: along people it is SplitMix64 with gamma P, along days SplitMix64 with gamma D
 * (both odd, with balanced bits), and no two (person, day) pairs in range share an input. Because no draw depends on how many draws
 * came before, a lever that changes one person's path cannot shift anyone else's numbers, two
 * scenarios share common random numbers person by person, and any split of people into threads
 * gives the same results. Not for cryptography.
 */
public final class KeyedStream {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long DAY_STEP = 0xD1B54A32D192ED03L;
    private static final long DRAW_STEP = 0xAEF17502108EF2D9L;
    private final long key;
    private final String name;
    /** {@code mix(key + draw * DRAW_STEP)} for the first draws, so a numbered draw costs one mix, not two. */
    private final long[] drawKeys = new long[16];

    public KeyedStream(long runSeed, String name) {
        this.name = name;
        this.key = mix(runSeed ^ mix(fnv1a(name)));
        for (int d = 0; d < drawKeys.length; d++) drawKeys[d] = mix(key + d * DRAW_STEP);
    }

    public String name() {
        return name;
    }

    /** A uniform in (0, 1) for this person on this day. */
    public double uniform(int person, int day) {
        return toUnit(mix(key + person * GOLDEN + day * DAY_STEP));
    }

    /** The {@code draw}-th uniform in (0, 1) for this person on this day, for decisions with several parts. */
    public double uniform(int person, int day, int draw) {
        long drawKey = draw >= 0 && draw < drawKeys.length ? drawKeys[draw] : mix(key + draw * DRAW_STEP);
        return toUnit(mix(drawKey + person * GOLDEN + day * DAY_STEP));
    }

    /**
     * Two uniforms in (0, 1) for this person on this day from one hash, for two decisions of the
     * same event (a use-day and its batch): {@link #first} and {@link #second} of the result. Each
     * has 32-bit resolution (steps of 2.3e-10), finer than any chance the model draws against.
     */
    public long pair(int person, int day) {
        return mix(key + person * GOLDEN + day * DAY_STEP);
    }

    public static double first(long pair) {
        return ((pair >>> 32) + 0.5) * 0x1.0p-32;
    }

    public static double second(long pair) {
        return ((pair & 0xFFFFFFFFL) + 0.5) * 0x1.0p-32;
    }

    /** A 64-bit value derived from the stream, e.g. to seed a sequential Commons RNG generator. */
    public long seed(long index) {
        return mix(key + index * GOLDEN);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static final double BELOW_ONE = Math.nextDown(1.0);

    /**
     * Top 53 bits, centred in their interval, so the result is never exactly 0; the highest of
     * them would round to exactly 1, so it is kept just below.
     */
    static double toUnit(long z) {
        return Math.min(((z >>> 11) + 0.5) * 0x1.0p-53, BELOW_ONE);
    }

    private static long fnv1a(String s) {
        long h = 0xCBF29CE484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001B3L;
        }
        return h;
    }
}
