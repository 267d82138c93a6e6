package odsim.engine;


/**
 * Pain drivers return toward each person's baseline and take shocks: on a candidate day one
 * draw decides whether a physical, emotional or economic shock happens; a scheduled regional
 * job-loss shock hits a share of people on its day.
 */
final class PainPhase implements BlockPhase {
    private final OverdoseSim sim;

    PainPhase(OverdoseSim sim) {
        this.sim = sim;
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
        for (int i = OverdoseSim.blockStart(b), end = sim.blockEnd(b); i < end; i++) {
            if (p.state[i] >= UseState.DEAD_OVERDOSE.code) continue;
            p.physical[i] = p.physicalBase[i] + (p.physical[i] - p.physicalBase[i]) * kPhys;
            float emotionalTarget = p.emotionalBase[i], economicTarget = p.economicBase[i];
            // Housing, jobs and mental-health care lower the levels pain returns to, for the people reached.
            if (rootLevel > 0 && sim.streams.rootCausesReach.uniform(i, 0) < rootReach * rootLevel) {
                emotionalTarget = Math.max(0f, emotionalTarget - emotionalRelief);
                economicTarget = Math.max(0f, economicTarget - economicRelief);
            }
            p.emotional[i] = emotionalTarget + (p.emotional[i] - emotionalTarget) * kEmo;
            p.economic[i] = economicTarget + (p.economic[i] - economicTarget) * kEco;
            double u = candidateDay[i] == day ? sim.streams.painShock.uniform(i, day) : 1.0;
            if (u < pAny) {
                if (u < pPhysical) p.physical[i] = Math.min(1f, p.physical[i] + size);
                else if (u < pEmotional) p.emotional[i] = Math.min(1f, p.emotional[i] + size);
                else p.economic[i] = Math.min(1f, p.economic[i] + size);
            }
            if (jobLossShare > 0 && sim.streams.jobLoss.uniform(i, day) < jobLossShare) {
                p.economic[i] = Math.min(1f, p.economic[i] + jobLossSize);
            }
        }
    }
}
