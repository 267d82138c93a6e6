package odsim.engine;

import java.util.Arrays;

/**
 * Pain drivers brought forward lazily. Between shocks a driver returns toward its target
 * (the person's baseline, lowered by root-cause programs for the people they reach) by a
 * fixed share a day, so after n days it is {@code target + (value - target) * retention^n}:
 * there is no need to touch everyone every day. Each person's three drivers are stored as of
 * one day ({@link People#painDay}) and brought forward to the day they are read (a candidate
 * day, a job-loss shock, a snapshot).
 *
 * <p>Targets change only when root-cause programs change (their level switches on or off, their
 * reach or relief moves): on such a day the whole block is first brought forward to the day
 * before under the old targets. The block's targets are its "regime" here.
 */
final class PainClock {
    private final OverdoseSim sim;
    /** Per block: the relief of reached people (emotional, economic) and the reach cut the block's stored values assume. */
    private double[] emotionalRelief = new double[0], economicRelief = new double[0], reachCut = new double[0];
    private int[] reachEnd = new int[0];

    PainClock(OverdoseSim sim) {
        this.sim = sim;
    }

    /** Takes {@code other}'s regimes (a run starting from another run's warm-up). */
    void copyFrom(PainClock other) {
        emotionalRelief = other.emotionalRelief.clone();
        economicRelief = other.economicRelief.clone();
        reachCut = other.reachCut.clone();
        reachEnd = other.reachEnd.clone();
    }

    /** Makes room for new blocks: they start with no relief (pain values of entrants are as of their day). */
    void ensureBlocks(int blocks) {
        if (blocks <= reachCut.length) return;
        int before = reachCut.length;
        emotionalRelief = Arrays.copyOf(emotionalRelief, blocks);
        economicRelief = Arrays.copyOf(economicRelief, blocks);
        reachCut = Arrays.copyOf(reachCut, blocks);
        reachEnd = Arrays.copyOf(reachEnd, blocks);
        Arrays.fill(reachCut, before, blocks, Double.NaN);
    }

    /**
     * Sets block {@code b}'s regime for {@code day}: if root-cause relief or reach differs from the
     * one its values assume, brings everyone forward to the day before under the old one first.
     */
    void enterDay(int b, int day) {
        Rules r = sim.world.rules;
        RootCausesLever roots = r.rootCauses;
        boolean on = roots.on(day);
        double emotional = roots.emotionalRelief(day), economic = roots.economicRelief(day), cut = roots.reachCut(day);
        int start = OverdoseSim.blockStart(b), end = sim.blockEnd(b);
        boolean reliefMoves = emotional != emotionalRelief[b] || economic != economicRelief[b];
        boolean reachMoves = on && (Double.compare(cut, reachCut[b]) != 0 || end != reachEnd[b]);
        if (!reliefMoves && !reachMoves) return;
        if (reliefMoves || Double.compare(cut, reachCut[b]) != 0) {
            for (int i = start; i < end; i++) bringForward(i, day - 1);
        }
        emotionalRelief[b] = emotional;
        economicRelief[b] = economic;
        if (on) markReached(b, start, end, cut);
    }

    /**
     * Sets the reached flag of every person of the block for {@code cut}: whether a person is
     * reached is a lifelong uniform against the day's cut, so flags change only when the cut
     * moves or the block gains entrants.
     */
    private void markReached(int b, int start, int end, double cut) {
        byte[] flags = sim.people.flags;
        for (int i = start; i < end; i++) {
            int reached = RootCausesLever.reached(sim.world, i, cut) ? People.FLAG_ROOT_REACHED : 0;
            flags[i] = (byte) ((flags[i] & ~People.FLAG_ROOT_REACHED) | reached);
        }
        reachCut[b] = cut;
        reachEnd[b] = end;
    }

    /** Person {@code i}'s drivers (physical, emotional, economic) as of {@code day}, without storing them. */
    float[] driversAt(int i, int day) {
        People p = sim.people;
        Rules r = sim.world.rules;
        int days = day - p.painDay(i);
        if (days <= 0 || i / BlockRunner.BLOCK_SIZE >= reachCut.length) return new float[] {p.physical(i), p.emotional(i), p.economic(i)};
        return new float[] {People.level(physicalAfter(p, r, i, days)), People.level(emotionalAfter(p, r, i, days)),
            People.level(economicAfter(p, r, i, days))};
    }

    /** Brings person {@code i}'s drivers forward to the end of {@code day}'s recovery (before its shocks). */
    void bringForward(int i, int day) {
        People p = sim.people;
        int days = day - p.painDay(i);
        if (days <= 0) return;
        Rules r = sim.world.rules;
        p.setDriver(i, People.PHYSICAL, physicalAfter(p, r, i, days));
        p.setDriver(i, People.EMOTIONAL, emotionalAfter(p, r, i, days));
        p.setDriver(i, People.ECONOMIC, economicAfter(p, r, i, days));
        p.setPainDay(i, day);
    }

    // Each driver as stored after {@code days} more days of recovery toward its target.

    private static char physicalAfter(People p, Rules r, int i, int days) {
        return People.base(relaxed(p.physical(i), p.physicalBase(i), r.physicalKept(days)));
    }

    private char emotionalAfter(People p, Rules r, int i, int days) {
        return People.base(relaxed(p.emotional(i), relievedTarget(p, i, p.emotionalBase(i), emotionalRelief), r.emotionalKept(days)));
    }

    private char economicAfter(People p, Rules r, int i, int days) {
        return People.base(relaxed(p.economic(i), relievedTarget(p, i, p.economicBase(i), economicRelief), r.economicKept(days)));
    }

    /** A baseline lowered by root-cause relief for a person the programs reach (never below 0). */
    private static float relievedTarget(People p, int i, float base, double[] reliefOfBlock) {
        float reached = (p.flags[i] & People.FLAG_ROOT_REACHED) != 0 ? 1f : 0f;
        return Math.max(0f, base - (float) reliefOfBlock[i / BlockRunner.BLOCK_SIZE] * reached);
    }

    /** A driver at {@code value} after days in which {@code kept} of its distance to {@code target} remains. */
    static float relaxed(float value, float target, double kept) {
        return (float) (target + (value - target) * kept);
    }
}
