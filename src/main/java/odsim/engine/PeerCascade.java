package odsim.engine;

import odsim.results.Measure;
import odsim.scenario.CascadeParams;
import odsim.scenario.CostParams;

/**
 * What follows an overdose, for a {@link PersonAgent}: {@link OverdoseCascade} step for step
 * (decriminalization, witnesses' kits, centres, medication referrals included), with the same
 * numbered draws from the cascade stream. The death itself is left to the agent,
 * after the rest of its use-day, as the engine leaves it to {@link DeathPhase}.
 */
final class PeerCascade {
    /** As {@link OverdoseCascade}'s: deaths this soon after a release are counted apart. */
    private static final int RELEASE_WINDOW_DAYS = 14;

    private PeerCascade() {}

    /**
     * Records an overdose of {@code a} away from any centre, in state {@code state} as the day's
     * use began; {@code withOthers}: the person made sure someone was there (drug checking).
     * True if it is fatal.
     */
    static boolean overdose(MasonPeer sim, PersonAgent a, UseState state, boolean fentanyl, boolean withOthers) {
        CascadeParams c = sim.scenario.cascade();
        CostParams cost = sim.scenario.costs();
        var decrim = sim.scenario.policies().decriminalization();
        KeyedStream draw = sim.streams.cascade;
        int i = a.index;
        int day = sim.day;
        double decriminalized = sim.rules.decriminalization[day];
        count(sim, a);

        // People who fear arrest hide to use; decriminalization brings some of them back among others.
        double aloneChance = a.usesAlone ? c.aloneIfTending() : c.aloneOtherwise();
        if (decriminalized > 0) aloneChance *= 1 - decriminalized * decrim.lessUsingAlone();
        boolean alone = !withOthers && draw.uniform(i, day, 0) < aloneChance;
        boolean naloxone = false;
        boolean ems;
        if (alone) {
            ems = draw.uniform(i, day, 1) < c.foundInTimeAlone();
        } else {
            boolean ownKit = a.holdsKit && draw.uniform(i, day, 2) < c.witnessUsesOwnKit();
            // A witness's kit: from outside the circle of people who use, or one of the circle's (yesterday's share).
            double outside = sim.rules.witnessNaloxone[day];
            double fromCircle = c.witnessKitAtFullHolding() * sim.kitHoldingShare;
            naloxone = ownKit || draw.uniform(i, day, 3) < outside + (1 - outside) * fromCircle;
            double call = c.call911();
            if (decriminalized > 0) call += decriminalized * (decrim.call911() - call);
            ems = draw.uniform(i, day, 4) < call;
        }
        double fatality = naloxone ? c.fatalityWithNaloxone() : c.fatalityUntreated();
        if (ems) {
            fatality *= c.emsRelativeRisk();
            sim.add(Measure.EMS_CALLS, 1);
            sim.add(Measure.COST_EMS, cost.emsCall());
        }
        if (draw.uniform(i, day, 5) < fatality) {
            recordDeath(sim, a, state, fentanyl);
            sim.add(alone ? Measure.OVERDOSE_DEATHS_ALONE : Measure.OVERDOSE_DEATHS_WITNESSED, 1);
            return true;
        }
        sim.add(Measure.NONFATAL_OVERDOSES, 1);
        if (naloxone) sim.add(Measure.NALOXONE_REVERSALS, 1);
        if (!ems) return false;
        if (draw.uniform(i, day, 6) < c.admissionProbability()) {
            sim.add(Measure.HOSPITAL_ADMISSIONS, 1);
            sim.add(Measure.COST_HOSPITAL, cost.admission());
        } else {
            sim.add(Measure.ED_VISITS, 1);
            sim.add(Measure.COST_EMERGENCY, cost.edVisit());
        }
        if (draw.uniform(i, day, 7) < c.kitAfterOverdose()) a.holdsKit = true;
        // A survivor seen by EMS may start medication: the status-quo referral, or an expanded program's.
        double referral = Math.max(c.treatmentReferral(),
                sim.scenario.policies().medication().startAfterOverdose() * sim.rules.medicationLevel[day]);
        if (!state.onMedication() && draw.uniform(i, day, 8) < referral) a.requestTreatment(sim, day, true);
        return false;
    }

    /** An overdose at an overdose prevention centre: staff respond at once, no 911 call is needed. True if fatal. */
    static boolean overdoseAtSite(MasonPeer sim, PersonAgent a, UseState state, boolean fentanyl) {
        count(sim, a);
        sim.add(Measure.OVERDOSES_AT_SITE, 1);
        if (sim.streams.cascade.uniform(a.index, sim.day, 5) < sim.scenario.policies().opc().fatalityAtSite()) {
            recordDeath(sim, a, state, fentanyl);
            sim.add(Measure.OVERDOSE_DEATHS_AT_SITE, 1);
            return true;
        }
        sim.add(Measure.NONFATAL_OVERDOSES, 1);
        return false;
    }

    private static void count(MasonPeer sim, PersonAgent a) {
        sim.add(Measure.OVERDOSES, 1);
        if (a.overdoses < Byte.MAX_VALUE) a.overdoses++;
    }

    private static void recordDeath(MasonPeer sim, PersonAgent a, UseState state, boolean fentanyl) {
        sim.add(Measure.OVERDOSE_DEATHS, 1);
        if (fentanyl) sim.add(Measure.OVERDOSE_DEATHS_FENTANYL, 1);
        if (sim.day - a.releaseDay <= RELEASE_WINDOW_DAYS) sim.add(Measure.OVERDOSE_DEATHS_AFTER_RELEASE, 1);
        switch (state) {
            case STREET -> sim.add(Measure.OVERDOSE_DEATHS_STREET, 1);
            case NONMEDICAL -> sim.add(Measure.OVERDOSE_DEATHS_NONMEDICAL, 1);
            case PRESCRIBED -> sim.add(Measure.OVERDOSE_DEATHS_PRESCRIBED, 1);
            case METHADONE, BUPRENORPHINE -> sim.add(Measure.OVERDOSE_DEATHS_IN_TREATMENT, 1);
            case SAFE_SUPPLY -> sim.add(Measure.OVERDOSE_DEATHS_SAFE_SUPPLY, 1);
            default -> { }
        }
    }
}
