package odsim.engine;

/**
 * Shocks to the pain drivers: on a candidate day one draw decides whether a physical, emotional
 * or economic shock happens (rare events, with chance p / q: {@link Rules#candidate}); a scheduled
 * regional job-loss shock hits a share of people on its day. The one statement of them, for the
 * engine and the MASON peer; each model first brings the person's drivers forward to today.
 */
final class PainShocks {
    private PainShocks() {}

    /** A candidate day's recovery and shock, if any, for {@code p} in the state they began the day in. */
    static void onCandidateDay(World w, Person p) {
        p.bringPainForward(w.day);
        Rules r = w.rules;
        double q = r.perCandidate[p.state()];
        double pPhysical = r.physicalShock * q, pEmotional = pPhysical + r.emotionalShock * q, pAny = pEmotional + r.economicShock * q;
        double u = w.streams.painShock.uniform(p.id(), w.day);
        if (u < pAny) {
            float size = r.shockSize;
            if (u < pPhysical) p.setPhysical(p.physical() + size);
            else if (u < pEmotional) p.setEmotional(p.emotional() + size);
            else p.setEconomic(p.economic() + size);
        }
    }

    /** Whether living person {@code i} loses their job today (0 on days without a job-loss shock). */
    static boolean losesJob(World w, int i) {
        double share = w.rules.jobLossShare[w.day];
        return share > 0 && w.streams.jobLoss.uniform(i, w.day) < share;
    }

    /** The economic shock of a job lost today (after the day's recovery). */
    static void loseJob(World w, Person p) {
        p.bringPainForward(w.day);
        p.setEconomic(p.economic() + (float) w.rules.jobLossSize[w.day]);
    }
}
