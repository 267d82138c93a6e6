package odsim.engine;

/**
 * Pain drivers return toward each person's baseline and take shocks: on a candidate day one
 * draw decides whether a physical, emotional or economic shock happens; a scheduled regional
 * job-loss shock hits a share of people on its day.
 */
final class PainPhase implements BlockPhase {
    private final OverdoseSim sim;
    /**
     * Per block: the reach cut and block end its {@link People#FLAG_ROOT_REACHED} flags were set
     * for. Whether a person is reached is a lifelong uniform against today's cut, so the flags
     * are redrawn only on days the cut moves (a ramp) or the block gains entrants, not daily.
     */
    private double[] reachCutOfBlock = new double[0];
    private int[] reachEndOfBlock = new int[0];

    PainPhase(OverdoseSim sim) {
        this.sim = sim;
    }

    @Override
    public void beforeBlocks(int blocks) {
        if (blocks <= reachCutOfBlock.length) return;
        int before = reachCutOfBlock.length;
        reachCutOfBlock = java.util.Arrays.copyOf(reachCutOfBlock, blocks);
        reachEndOfBlock = java.util.Arrays.copyOf(reachEndOfBlock, blocks);
        java.util.Arrays.fill(reachCutOfBlock, before, blocks, Double.NaN);
    }

    /** Sets the reached flag of every person of block {@code b} for {@code cut}, unless already set for it. */
    private void markReached(int b, int start, int end, double cut) {
        if (reachCutOfBlock[b] == cut && reachEndOfBlock[b] == end) return;
        byte[] flags = sim.people.flags;
        KeyedStream reach = sim.streams.rootCausesReach;
        for (int i = start; i < end; i++) {
            int reached = reach.uniform(i, 0) < cut ? People.FLAG_ROOT_REACHED : 0;
            flags[i] = (byte) ((flags[i] & ~People.FLAG_ROOT_REACHED) | reached);
        }
        reachCutOfBlock[b] = cut;
        reachEndOfBlock[b] = end;
    }

    @Override
    public void block(int b) {
        People p = sim.people;
        Rules r = sim.rules;
        int day = sim.day;
        float size = (float) sim.scenario.pain().shockSize();
        // Shocks are rare events, drawn on candidate days with chance p / q (see Rules#candidate).
        double q = r.perCandidate;
        double pPhysical = r.physicalShock * q, pEmotional = pPhysical + r.emotionalShock * q, pAny = pEmotional + r.economicShock * q;
        int[] candidateDay = p.nextCandidateDay;
        var roots = sim.scenario.policies().rootCauses();
        double rootLevel = r.rootCausesLevel[day], rootReach = roots.reach();
        float emotionalRelief = (float) roots.emotionalRelief(), economicRelief = (float) roots.economicRelief();
        double jobLossShare = r.jobLossShare[day];
        float jobLossSize = (float) r.jobLossSize[day];
        float kPhys = (float) r.physicalRetention, kEmo = (float) r.emotionalRetention, kEco = (float) r.economicRetention;
        byte[] state = p.state;
        float[] physical = p.physical, emotional = p.emotional, economic = p.economic;
        float[] physicalBase = p.physicalBase, emotionalBase = p.emotionalBase, economicBase = p.economicBase;
        byte[] flags = p.flags;
        int start = OverdoseSim.blockStart(b), end = sim.blockEnd(b);
        if (rootLevel > 0) markReached(b, start, end, rootReach * rootLevel);
        float rootsOn = rootLevel > 0 ? 1f : 0f;
        // Gathers today's candidates (for shocks here, and for the death phase) as it goes.
        BlockScratch scratch = BlockScratch.get();
        int[] candidates = scratch.candidates;
        int n = 0;
        for (int i = start; i < end; i++) {
            candidates[n] = i;
            n += candidateDay[i] == day ? 1 : 0;
            if (state[i] >= UseState.DEAD_OVERDOSE.code) continue;
            physical[i] = physicalBase[i] + (physical[i] - physicalBase[i]) * kPhys;
            // Housing, jobs and mental-health care lower the levels pain returns to, for the people
            // reached. Written without a branch (reached is a coin flip across people): for the
            // others the relief is times 0 and the maximum leaves a base in [0, 1] as it was.
            float reached = ((flags[i] & People.FLAG_ROOT_REACHED) >> People.ROOT_REACHED_BIT) * rootsOn;
            float emotionalTarget = Math.max(0f, emotionalBase[i] - emotionalRelief * reached);
            float economicTarget = Math.max(0f, economicBase[i] - economicRelief * reached);
            emotional[i] = emotionalTarget + (emotional[i] - emotionalTarget) * kEmo;
            economic[i] = economicTarget + (economic[i] - economicTarget) * kEco;
        }
        scratch.candidateCount = n;
        // Each person's shock comes after their recovery and before a job loss, as the order of these loops keeps.
        KeyedStream shock = sim.streams.painShock;
        for (int k = 0; k < n; k++) {
            int i = candidates[k];
            if (state[i] >= UseState.DEAD_OVERDOSE.code) continue;
            double u = shock.uniform(i, day);
            if (u < pAny) {
                if (u < pPhysical) physical[i] = Math.min(1f, physical[i] + size);
                else if (u < pEmotional) emotional[i] = Math.min(1f, emotional[i] + size);
                else economic[i] = Math.min(1f, economic[i] + size);
            }
        }
        if (jobLossShare > 0) {
            for (int i = start; i < end; i++) {
                if (state[i] < UseState.DEAD_OVERDOSE.code && sim.streams.jobLoss.uniform(i, day) < jobLossShare) {
                    economic[i] = Math.min(1f, economic[i] + jobLossSize);
                }
            }
        }
    }
}
