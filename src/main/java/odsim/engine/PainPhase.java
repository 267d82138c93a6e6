package odsim.engine;

import odsim.model.UseState;

/**
 * Pain drivers return toward each person's baseline and take shocks: on a candidate day one
 * draw decides whether a physical, emotional or economic shock happens; a scheduled regional
 * job-loss shock hits a share of people on its day. Recovery is not stepped day by day: the
 * {@link PainClock} brings a person's drivers forward when they are read, which is on their
 * candidate days (shocks here, state changes in the transition phase) and on job-loss days.
 */
final class PainPhase implements BlockPhase {
    private final OverdoseSim sim;

    /** By state code, 0 or -1: in rehab, jail or prison. */
    private static final int[] STAY_MASK = new int[UseState.ALL.length];
    private static final int WAITING_BIT = Integer.numberOfTrailingZeros(People.FLAG_WAITING);

    static {
        for (UseState s : UseState.ALL) {
            STAY_MASK[s.code] = s.isCustodyOrRehab() ? -1 : 0;
        }
    }

    /**
     * Reads what today's candidates' days will read first, before they are stepped: candidates
     * are few and far apart, so each read waits for memory; in a loop doing nothing else the
     * reads wait together rather than one after another.
     */
    private static void touch(People p, int[] candidates, int n, BlockScratch scratch) {
        char[] pain = p.pain;
        int[] since = p.stateSince, born = p.birthDay;
        int sum = 0;
        for (int k = 0; k < n; k++) {
            int i = candidates[k];
            sum += pain[i * People.PAIN_STRIDE] + since[i] + born[i];
        }
        scratch.touched += sum;
    }

    PainPhase(OverdoseSim sim) {
        this.sim = sim;
    }

    @Override
    public void beforeBlocks(int blocks) {
        sim.pain.ensureBlocks(blocks);
    }

    /** Clears the records of block {@code b}'s people first reached by record clearing today, before anyone's shocks. */
    private void clearRecords(int b, int day) {
        People p = sim.people;
        RecordClearingLever clearing = sim.world.rules.recordClearing;
        ColumnPerson person = BlockScratch.get().person.on(sim);
        for (int i = OverdoseSim.blockStart(b), end = sim.blockEnd(b); i < end; i++) {
            if (p.state[i] < UseState.DEAD_OVERDOSE.code && p.hasRecord(i) && clearing.newlyReached(sim.world, i, day)) {
                clearing.clear(sim.world, person.at(i), day, sim.tallies[b]);
            }
        }
    }

    @Override
    public void block(int b) {
        People p = sim.people;
        Rules r = sim.world.rules;
        int day = sim.world.day;
        PainClock clock = sim.pain;
        clock.enterDay(b, day);
        if (r.recordClearing.reachesMore(day)) clearRecords(b, day);
        int[] candidateDay = p.nextCandidateDay;
        byte[] state = p.state;
        int start = OverdoseSim.blockStart(b), end = sim.blockEnd(b);
        // One pass over everyone reads only their due day and gathers the few whose day it is;
        // from them, without branching, today's candidates (for shocks here, and for later
        // phases) and who may change state today (for the transition phase).
        BlockScratch scratch = BlockScratch.get();
        int[] today = scratch.today, candidates = scratch.candidates, due = scratch.due;
        int[] dueDay = p.dueDay, eventDay = p.eventDay;
        int m = 0;
        for (int i = start; i < end; i++) {
            today[m] = i;
            m += (((dueDay[i] ^ day) - 1) >>> 31);
        }
        scratch.todayCount = m;
        byte[] flags = p.flags;
        int[] stayMask = STAY_MASK;
        int n = 0, dueCount = 0;
        for (int k = 0; k < m; k++) {
            int i = today[k];
            int code = state[i];
            int candidate = ((candidateDay[i] ^ day) - 1) >> 31;
            // Masks, 0 or -1: a stay ends (stays have no candidate-day transitions), or someone
            // outside a stay has a candidate day or is waiting for a place.
            int stay = stayMask[code];
            int stayEnds = stay & ((eventDay[i] - day - 1) >> 31);
            int other = ~stay & (candidate | -((flags[i] & People.FLAG_WAITING) >> WAITING_BIT));
            candidates[n] = i;
            scratch.candidateState[n] = (byte) code;
            n += candidate & 1;
            due[dueCount] = i;
            dueCount += (stayEnds | other) & 1;
        }
        scratch.candidateCount = n;
        scratch.dueCount = dueCount;
        // Each person's shock comes after their recovery and before a job loss, as the order of these loops keeps.
        World w = sim.world;
        ColumnPerson person = scratch.person.on(sim);
        touch(p, candidates, n, scratch);
        for (int k = 0; k < n; k++) {
            PainShocks.onCandidateDay(w, person.at(candidates[k]));
        }
        if (r.jobLossShare[day] > 0) {
            for (int i = start; i < end; i++) {
                if (state[i] < UseState.DEAD_OVERDOSE.code && PainShocks.losesJob(w, i)) {
                    PainShocks.loseJob(w, person.at(i));
                }
            }
        }
    }
}
