package odsim.engine;

import java.util.Arrays;
import odsim.model.UseState;

/**
 * Everyone in the simulation as columns of primitives, one slot per person, all grown together.
 * A person's index is their identity for life (dead people keep their slot), so random draws
 * keyed by index stay common across scenarios. 59 bytes and five bits per slot (3 byte, 6 int and 2
 * float columns, a 16-byte pain record, the 8-byte days of four events, and bits for where
 * pills come from, injecting, hepatitis C, HIV and a record), and at most a sixteenth more slots than people.
 */
public final class People {
    static final int FLAG_MALE = 1, FLAG_USES_ALONE = 2, FLAG_HOLDS_KIT = 4, FLAG_STREET_HISTORY = 8;
    /** In jail or prison and receiving methadone or buprenorphine there. */
    static final int MEDICATED_IN_CUSTODY_BIT = 4;
    static final int FLAG_MEDICATED_IN_CUSTODY = 1 << MEDICATED_IN_CUSTODY_BIT;
    /** Asked for methadone or buprenorphine when every place was taken; asks again each day. */
    static final int FLAG_WAITING = 32;
    /**
     * Reached by root-cause programs at the cut the pain phase last computed for the person's block
     * (a cache of a lifelong draw against today's reach; see {@link PainPhase}).
     */
    static final int ROOT_REACHED_BIT = 6;
    static final int FLAG_ROOT_REACHED = 1 << ROOT_REACHED_BIT;
    /**
     * Lives within reach of an overdose prevention centre once every planned site is open (a
     * lifelong draw against {@code policies.opc.reach}, cached so most street use-days need no
     * hash to know that no site is near).
     */
    static final int FLAG_NEAR_SITE = 128;
    /** "Never released": far enough in the past that no window after release applies. */
    static final int NEVER = Integer.MIN_VALUE / 2;

    int size;
    byte[] state, flags, overdoses;
    int[] birthDay, stateSince, lastUseDay, nextCandidateDay;
    /**
     * The day of the current state's next scheduled event: the end of a stay (rehab, jail,
     * prison), the next use-day ({@link UseDays}), or on a prescription the next possible
     * overdose day ({@link Prescriptions}). Meaningless in other states.
     */
    int[] eventDay;
    /**
     * The earliest day anything is scheduled for the person (their candidate day, their state's
     * event day, tomorrow while waiting for a treatment place); {@link #NO_DAY} once dead. The day
     * loop reads only this column for everyone, and steps the few whose day it is.
     */
    int[] dueDay;
    static final int NO_DAY = Integer.MAX_VALUE;
    /**
     * Each person's pain as one 16-byte record ({@link #PAIN_STRIDE} chars at {@code i *
     * PAIN_STRIDE}), because the pain drivers, their baselines and the day they are stored as of
     * are read together, for a few people a day met at random: one cache line (two at most, for an
     * array not aligned to 16 bytes) instead of seven.
     * The drivers (physical, emotional, economic) are as of the end of the record's day's pain
     * phase ({@link PainClock} brings them forward); they and their baselines (the levels they
     * return to) are in [0, 1] as 16-bit fixed point (steps of 1/65535, far finer than any
     * difference the model draws on); the day takes the last two chars.
     */
    char[] pain;
    /**
     * Per person, {@link #EVENTS} days: when each event last happened (a release from custody, a
     * discharge from rehab, leaving or starting treatment: {@link EventWindows}), as 16-bit engine
     * days ({@link #NO_EVENT} if never; a run is at most 110 years, 40,200 days); at {@code i *
     * EVENTS + event}, read only when something happens to the person.
     */
    char[] eventStart;
    static final char NO_EVENT = Character.MAX_VALUE;
    /**
     * One bit per person: buys pills from dealers when misusing them ({@link World#buysPillsFromDealers},
     * a lifelong draw against the scenario's share), kept so a use-day reads a bit instead of a hash.
     */
    long[] dealerBits;
    /**
     * One bit per person each: injects when using street opioids (a lifelong draw against the
     * scenario's share), lives with chronic hepatitis C, lives with HIV ({@link Infections}).
     * Bits, not a byte column, so an injecting day reads a few kilobytes that stay in cache.
     */
    long[] injectsBits, hcvBits, hivBits;
    /** One bit per person: carries a criminal record ({@link Records}). */
    long[] recordBits;
    static final int EVENTS = odsim.results.RateCounts.Event.ALL.length;
    static final int PHYSICAL = 0, EMOTIONAL = 1, ECONOMIC = 2;
    /** Offset of a driver's baseline from the driver, and of the record's day. */
    private static final int BASE = 3, PAIN_DAY = 6;
    static final int PAIN_STRIDE = 8;
    private static final float BASE_SCALE = 65535f;
    float[] tolerance, habitualDose;

    People(int capacity) {
        allocate(Math.max(capacity, 16));
    }

    private void allocate(int n) {
        state = grow(state, n);
        flags = grow(flags, n);
        overdoses = grow(overdoses, n);
        birthDay = grow(birthDay, n);
        stateSince = grow(stateSince, n);
        eventDay = grow(eventDay, n);
        dueDay = grow(dueDay, n);
        lastUseDay = grow(lastUseDay, n);
        nextCandidateDay = grow(nextCandidateDay, n);
        pain = pain == null ? new char[n * PAIN_STRIDE] : Arrays.copyOf(pain, n * PAIN_STRIDE);
        eventStart = eventStart == null ? new char[n * EVENTS] : Arrays.copyOf(eventStart, n * EVENTS);
        dealerBits = growBits(dealerBits, n);
        injectsBits = growBits(injectsBits, n);
        hcvBits = growBits(hcvBits, n);
        hivBits = growBits(hivBits, n);
        recordBits = growBits(recordBits, n);
        tolerance = grow(tolerance, n);
        habitualDose = grow(habitualDose, n);
    }

    /** Makes this a copy of {@code other}: every column, with the same room, and the census (a run starting from another run's warm-up). */
    void copyFrom(People other) {
        size = other.size;
        state = other.state.clone();
        flags = other.flags.clone();
        overdoses = other.overdoses.clone();
        birthDay = other.birthDay.clone();
        stateSince = other.stateSince.clone();
        eventDay = other.eventDay.clone();
        dueDay = other.dueDay.clone();
        lastUseDay = other.lastUseDay.clone();
        nextCandidateDay = other.nextCandidateDay.clone();
        pain = other.pain.clone();
        eventStart = other.eventStart.clone();
        dealerBits = other.dealerBits.clone();
        injectsBits = other.injectsBits.clone();
        hcvBits = other.hcvBits.clone();
        hivBits = other.hivBits.clone();
        tolerance = other.tolerance.clone();
        habitualDose = other.habitualDose.clone();
        recordBits = other.recordBits.clone();
        census = new int[other.census.length][];
        for (int b = 0; b < census.length; b++) census[b] = other.census[b].clone();
        marks = new int[other.marks.length][];
        for (int b = 0; b < marks.length; b++) marks[b] = other.marks[b].clone();
    }

    /** Adds a slot and returns its index; the caller fills every column. */
    int add() {
        // Grown by a sixteenth (at least a block) at a time: entrants trickle in over the
        // years, so reserving half again, or their expected number up front, would leave most of
        // a large population's memory unused for years. Growing costs one copy of the columns.
        if (size == state.length) allocate(size + Math.max(BlockRunner.BLOCK_SIZE, size >> 4));
        int blocks = BlockRunner.blocks(size + 1);
        if (census.length < blocks) {
            int before = census.length;
            census = Arrays.copyOf(census, blocks);
            marks = Arrays.copyOf(marks, blocks);
            for (int b = before; b < blocks; b++) {
                census[b] = new int[UseState.ALL.length << CENSUS_FLAG_BITS];
                marks[b] = new int[UseState.ALL.length << MARK_BITS];
            }
        }
        return size++;
    }

    /**
     * Per block, people by (state, holds a kit, medicated in custody, waiting for treatment):
     * kept as states and those flags change, so counting people needs no pass over everyone.
     * Index: {@code state << CENSUS_FLAG_BITS | CENSUS_KIT | CENSUS_MEDICATED | CENSUS_WAITING}.
     */
    int[][] census = new int[0][];
    static final int CENSUS_KIT = 1, CENSUS_MEDICATED = 2, CENSUS_WAITING = 4, CENSUS_FLAG_BITS = 3;
    private static final int CENSUS_FLAGS = FLAG_HOLDS_KIT | FLAG_MEDICATED_IN_CUSTODY | FLAG_WAITING;
    /**
     * Per block, people by (state, injects, lives with hepatitis C, lives with HIV, carries a
     * record): a second census, so each stays small to count at the day's end (the day's count
     * reads every entry of both). Index: {@code state << MARK_BITS | MARK_INJECTS | ... | MARK_RECORD}.
     */
    int[][] marks = new int[0][];
    static final int MARK_INJECTS = 1, MARK_HCV = 2, MARK_HIV = 4, MARK_RECORD = 8, MARK_BITS = 4;

    private int censusKey(int i) {
        int f = flags[i];
        int key = ((f & FLAG_HOLDS_KIT) != 0 ? CENSUS_KIT : 0) | ((f & FLAG_MEDICATED_IN_CUSTODY) != 0 ? CENSUS_MEDICATED : 0)
                | ((f & FLAG_WAITING) != 0 ? CENSUS_WAITING : 0);
        return state[i] << CENSUS_FLAG_BITS | key;
    }

    private int marksKey(int i) {
        return state[i] << MARK_BITS | markBits(i);
    }

    private int markBits(int i) {
        return (bit(injectsBits, i) ? MARK_INJECTS : 0) | (bit(hcvBits, i) ? MARK_HCV : 0) | (bit(hivBits, i) ? MARK_HIV : 0)
                | (bit(recordBits, i) ? MARK_RECORD : 0);
    }

    /** Counts a newly filled slot (its state and flags written) in its block's census. */
    void counted(int i) {
        census[i / BlockRunner.BLOCK_SIZE][censusKey(i)]++;
        marks[i / BlockRunner.BLOCK_SIZE][marksKey(i)]++;
    }

    /** Slots allocated in every column (people now plus room reserved for entrants). */
    public int capacity() {
        return state.length;
    }

    /** Bytes the columns' elements take (without the arrays' 16-byte headers). */
    public long columnBytes() {
        long perSlot = 3L * Byte.BYTES + 6L * Integer.BYTES + 2L * Float.BYTES + PAIN_STRIDE * Character.BYTES + EVENTS * Character.BYTES;
        long bits = (long) dealerBits.length + injectsBits.length + hcvBits.length + hivBits.length + recordBits.length;
        return perSlot * state.length + bits * Long.BYTES;
    }

    public int size() {
        return size;
    }

    public UseState state(int i) {
        return UseState.of(state[i]);
    }

    /** Tolerance as of the person's last day with opioids (see {@link Rules#toleranceAfter}). */
    public float tolerance(int i) {
        return tolerance[i];
    }

    public int lastUseDay(int i) {
        return lastUseDay[i];
    }

    /** Event {@code event}'s last day for person {@code i}, or {@link #NEVER}. */
    int eventStart(int i, int event) {
        char d = eventStart[i * EVENTS + event];
        return d == NO_EVENT ? NEVER : d;
    }

    void setEventStart(int i, int event, int day) {
        eventStart[i * EVENTS + event] = day == NEVER ? NO_EVENT : (char) day;
    }

    boolean buysFromDealers(int i) {
        return bit(dealerBits, i);
    }

    void setBuysFromDealers(int i, boolean on) {
        setBit(dealerBits, i, on);
    }

    boolean injects(int i) {
        return bit(injectsBits, i);
    }

    boolean hasHcv(int i) {
        return bit(hcvBits, i);
    }

    boolean hasHiv(int i) {
        return bit(hivBits, i);
    }

    boolean hasRecord(int i) {
        return bit(recordBits, i);
    }

    /** Sets a mark ({@link #hcvBits}, {@link #hivBits} or {@link #recordBits}) of a counted person, keeping the census of marks. */
    void setMark(long[] bits, int i, boolean on) {
        if (bit(bits, i) == on) return;
        int[] c = marks[i / BlockRunner.BLOCK_SIZE];
        c[marksKey(i)]--;
        setBit(bits, i, on);
        c[marksKey(i)]++;
    }

    /** Sets a mark of a slot not yet counted (at set-up; how a person uses, {@link #injectsBits}, is set only then). */
    void setMarkUncounted(long[] bits, int i, boolean on) {
        setBit(bits, i, on);
    }

    private static boolean bit(long[] bits, int i) {
        return (bits[i >> 6] & (1L << i)) != 0;
    }

    // A block's people own whole words (blocks are a multiple of 64 slots), so threads never share one.
    private static void setBit(long[] bits, int i, boolean on) {
        if (on) bits[i >> 6] |= 1L << i;
        else bits[i >> 6] &= ~(1L << i);
    }

    private static long[] growBits(long[] bits, int n) {
        return bits == null ? new long[(n + 63) >> 6] : Arrays.copyOf(bits, (n + 63) >> 6);
    }

    /** The last day person {@code i} was released from custody or discharged from rehab, or {@link #NEVER}. */
    int releaseDay(int i) {
        return Math.max(eventStart(i, odsim.results.RateCounts.Event.CUSTODY_RELEASE.ordinal()),
                eventStart(i, odsim.results.RateCounts.Event.REHAB_DISCHARGE.ordinal()));
    }

    public int overdoses(int i) {
        return overdoses[i];
    }

    float physicalBase(int i) {
        return level(pain[i * PAIN_STRIDE + BASE + PHYSICAL]);
    }

    float emotionalBase(int i) {
        return level(pain[i * PAIN_STRIDE + BASE + EMOTIONAL]);
    }

    float economicBase(int i) {
        return level(pain[i * PAIN_STRIDE + BASE + ECONOMIC]);
    }

    /** Moves person {@code i}'s economic-stress baseline by {@code by}, kept in [0, 1] ({@link Person#shiftEconomicBaseline}). */
    void shiftEconomicBase(int i, double by) {
        int k = i * PAIN_STRIDE + BASE + ECONOMIC;
        pain[k] = base(level(pain[k]) + by);
    }

    /** Sets a driver's baseline and the driver itself to it, as of {@code day}. */
    void setPainAtBaseline(int i, char physicalBase, char emotionalBase, char economicBase, int day) {
        int k = i * PAIN_STRIDE;
        pain[k + PHYSICAL] = pain[k + BASE + PHYSICAL] = physicalBase;
        pain[k + EMOTIONAL] = pain[k + BASE + EMOTIONAL] = emotionalBase;
        pain[k + ECONOMIC] = pain[k + BASE + ECONOMIC] = economicBase;
        setPainDay(i, day);
    }

    /** Sets driver {@code driver} ({@link #PHYSICAL}, {@link #EMOTIONAL}, {@link #ECONOMIC}) as stored. */
    void setDriver(int i, int driver, char stored) {
        pain[i * PAIN_STRIDE + driver] = stored;
    }

    /** The day the drivers are stored as of. */
    int painDay(int i) {
        int k = i * PAIN_STRIDE + PAIN_DAY;
        return pain[k] | pain[k + 1] << 16;
    }

    void setPainDay(int i, int day) {
        int k = i * PAIN_STRIDE + PAIN_DAY;
        pain[k] = (char) day;
        pain[k + 1] = (char) (day >>> 16);
    }

    /** A level in [0, 1] (a driver or its baseline) as stored: the nearest step of 1/65535. */
    static char base(double level) {
        return (char) Math.round(Math.max(0, Math.min(1, level)) * BASE_SCALE);
    }

    /** A stored level as a number in [0, 1]. */
    static float level(char stored) {
        return stored / BASE_SCALE;
    }

    /** A level as it reads back once stored (what the MASON peer keeps, to compute exactly as the engine). */
    static float stored(double level) {
        return level(base(level));
    }

    float physical(int i) {
        return level(pain[i * PAIN_STRIDE + PHYSICAL]);
    }

    float emotional(int i) {
        return level(pain[i * PAIN_STRIDE + EMOTIONAL]);
    }

    float economic(int i) {
        return level(pain[i * PAIN_STRIDE + ECONOMIC]);
    }

    boolean has(int i, int flag) {
        return (flags[i] & flag) != 0;
    }

    void set(int i, int flag, boolean on) {
        if (((flags[i] & flag) != 0) == on) return;
        if ((flag & CENSUS_FLAGS) == 0) {
            flags[i] = (byte) (on ? flags[i] | flag : flags[i] & ~flag);
            return;
        }
        int[] c = census[i / BlockRunner.BLOCK_SIZE];
        c[censusKey(i)]--;
        flags[i] = (byte) (on ? flags[i] | flag : flags[i] & ~flag);
        c[censusKey(i)]++;
    }

    /** Moves a person to a new state, starting its clock. */
    void enter(int i, UseState s, int day) {
        int[] c = census[i / BlockRunner.BLOCK_SIZE], m = marks[i / BlockRunner.BLOCK_SIZE];
        int marked = markBits(i);
        c[censusKey(i)]--;
        m[state[i] << MARK_BITS | marked]--;
        state[i] = s.code;
        c[censusKey(i)]++;
        m[s.code << MARK_BITS | marked]++;
        stateSince[i] = day;
    }

    /** Checks that every column agrees with the others; throws on the first inconsistency. */
    public void validate() {
        for (int b = 0; b < census.length; b++) {
            int[] recount = new int[census[b].length];
            for (int i = b * BlockRunner.BLOCK_SIZE; i < Math.min(size, (b + 1) * BlockRunner.BLOCK_SIZE); i++) recount[censusKey(i)]++;
            if (!Arrays.equals(recount, census[b])) throw new IllegalStateException("block " + b + "'s census differs from its people");
            int[] marksRecount = new int[marks[b].length];
            for (int i = b * BlockRunner.BLOCK_SIZE; i < Math.min(size, (b + 1) * BlockRunner.BLOCK_SIZE); i++) marksRecount[marksKey(i)]++;
            if (!Arrays.equals(marksRecount, marks[b])) throw new IllegalStateException("block " + b + "'s census of marks differs from its people");
        }
        int[] lengths = {state.length, flags.length, overdoses.length, birthDay.length, stateSince.length, eventDay.length, dueDay.length,
            lastUseDay.length, nextCandidateDay.length, pain.length / PAIN_STRIDE, eventStart.length / EVENTS, tolerance.length, habitualDose.length};
        for (int len : lengths) if (len != state.length) throw new IllegalStateException("columns differ in length");
        for (int i = 0; i < size; i++) {
            if (state[i] < 0 || state[i] >= UseState.ALL.length) throw new IllegalStateException("person " + i + " has state " + state[i]);
            if (!(tolerance[i] > 0) || !(habitualDose[i] > 0)) throw new IllegalStateException("person " + i + " has no positive tolerance or dose");
        }
    }

    private static boolean in01(float v) {
        return v >= 0f && v <= 1f;
    }

    private static byte[] grow(byte[] a, int n) {
        return a == null ? new byte[n] : Arrays.copyOf(a, n);
    }

    private static int[] grow(int[] a, int n) {
        return a == null ? new int[n] : Arrays.copyOf(a, n);
    }

    private static char[] grow(char[] a, int n) {
        return a == null ? new char[n] : Arrays.copyOf(a, n);
    }

    private static float[] grow(float[] a, int n) {
        return a == null ? new float[n] : Arrays.copyOf(a, n);
    }
}
