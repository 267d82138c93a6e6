package odsim.engine;

/**
 * Pain drivers return toward each person's baseline and take shocks: on a candidate day one
 * draw decides whether a physical, emotional or economic shock happens; a scheduled regional
 * job-loss shock hits a share of people on its day. Recovery is not stepped day by day: the
 * {@link PainClock} brings a person's drivers forward when they are read, which is on their
 * candidate days (shocks here, state changes in the transition phase) and on job-loss days.
 */
final class PainPhase implements BlockPhase {
    private final OverdoseSim sim;

    PainPhase(OverdoseSim sim) {
        this.sim = sim;
    }

    @Override
    public void beforeBlocks(int blocks) {
        sim.pain.ensureBlocks(blocks);
    }

    @Override
    public void block(int b) {
        People p = sim.people;
        Rules r = sim.rules;
        int day = sim.day;
        PainClock clock = sim.pain;
        clock.enterDay(b, day);
        float size = (float) sim.scenario.pain().shockSize();
        // Shocks are rare events, drawn on candidate days with chance p / q (see Rules#candidate).
        double q = r.perCandidate;
        double pPhysical = r.physicalShock * q, pEmotional = pPhysical + r.emotionalShock * q, pAny = pEmotional + r.economicShock * q;
        int[] candidateDay = p.nextCandidateDay;
        byte[] state = p.state;
        int start = OverdoseSim.blockStart(b), end = sim.blockEnd(b);
        // Gathers today's candidates (for shocks here, and for later phases), without branching.
        BlockScratch scratch = BlockScratch.get();
        int[] candidates = scratch.candidates;
        int n = 0;
        for (int i = start; i < end; i++) {
            candidates[n] = i;
            n += candidateDay[i] == day ? 1 : 0;
        }
        scratch.candidateCount = n;
        // Each person's shock comes after their recovery and before a job loss, as the order of these loops keeps.
        KeyedStream shock = sim.streams.painShock;
        float[] physical = p.physical, emotional = p.emotional, economic = p.economic;
        for (int k = 0; k < n; k++) {
            int i = candidates[k];
            if (state[i] >= UseState.DEAD_OVERDOSE.code) continue;
            clock.bringForward(i, day);
            double u = shock.uniform(i, day);
            if (u < pAny) {
                if (u < pPhysical) physical[i] = Math.min(1f, physical[i] + size);
                else if (u < pEmotional) emotional[i] = Math.min(1f, emotional[i] + size);
                else economic[i] = Math.min(1f, economic[i] + size);
            }
        }
        double jobLossShare = r.jobLossShare[day];
        if (jobLossShare > 0) {
            float jobLossSize = (float) r.jobLossSize[day];
            for (int i = start; i < end; i++) {
                if (state[i] < UseState.DEAD_OVERDOSE.code && sim.streams.jobLoss.uniform(i, day) < jobLossShare) {
                    clock.bringForward(i, day);
                    economic[i] = Math.min(1f, economic[i] + jobLossSize);
                }
            }
        }
    }
}
