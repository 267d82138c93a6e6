package odsim.engine;

import odsim.results.Measure;
import odsim.scenario.CascadeParams;
import odsim.scenario.CostParams;

/**
 * What follows an overdose, for a {@link PersonAgent}: {@link OverdoseCascade} step for step,
 * with the same numbered draws from the cascade stream. The death itself is left to the agent,
 * after the rest of its use-day, as the engine leaves it to {@link DeathPhase}.
 */
final class PeerCascade {
    /** As {@link OverdoseCascade}'s: deaths this soon after a release are counted apart. */
    private static final int RELEASE_WINDOW_DAYS = 14;

    private PeerCascade() {}

    /** Records an overdose of {@code a}, in state {@code state} as the day's use began; true if it is fatal. */
    static boolean overdose(MasonPeer sim, PersonAgent a, UseState state, boolean fentanyl) {
        CascadeParams c = sim.scenario.cascade();
        CostParams cost = sim.scenario.costs();
        KeyedStream draw = sim.streams.cascade;
        int i = a.index;
        int day = sim.day;
        sim.add(Measure.OVERDOSES, 1);
        if (a.overdoses < Byte.MAX_VALUE) a.overdoses++;

        boolean alone = draw.uniform(i, day, 0) < (a.usesAlone ? c.aloneIfTending() : c.aloneOtherwise());
        boolean naloxone = false;
        boolean ems;
        if (alone) {
            ems = draw.uniform(i, day, 1) < c.foundInTimeAlone();
        } else {
            boolean ownKit = a.holdsKit && draw.uniform(i, day, 2) < c.witnessUsesOwnKit();
            double outside = sim.rules.witnessNaloxone[day];
            double fromCircle = sim.scenario.cascade().witnessKitAtFullHolding() * sim.kitHoldingShare;
            naloxone = ownKit || draw.uniform(i, day, 3) < outside + (1 - outside) * fromCircle;
            ems = draw.uniform(i, day, 4) < c.call911();
        }
        double fatality = naloxone ? c.fatalityWithNaloxone() : c.fatalityUntreated();
        if (ems) {
            fatality *= c.emsRelativeRisk();
            sim.add(Measure.EMS_CALLS, 1);
            sim.add(Measure.COST_EMS, cost.emsCall());
        }
        if (draw.uniform(i, day, 5) < fatality) {
            recordDeath(sim, a, state, fentanyl, alone);
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
        if (!state.onMedication() && draw.uniform(i, day, 8) < c.treatmentReferral()) a.startTreatment(sim, day, true);
        return false;
    }

    private static void recordDeath(MasonPeer sim, PersonAgent a, UseState state, boolean fentanyl, boolean alone) {
        sim.add(Measure.OVERDOSE_DEATHS, 1);
        sim.add(alone ? Measure.OVERDOSE_DEATHS_ALONE : Measure.OVERDOSE_DEATHS_WITNESSED, 1);
        if (fentanyl) sim.add(Measure.OVERDOSE_DEATHS_FENTANYL, 1);
        if (sim.day - a.releaseDay <= RELEASE_WINDOW_DAYS) sim.add(Measure.OVERDOSE_DEATHS_AFTER_RELEASE, 1);
        switch (state) {
            case STREET -> sim.add(Measure.OVERDOSE_DEATHS_STREET, 1);
            case NONMEDICAL -> sim.add(Measure.OVERDOSE_DEATHS_NONMEDICAL, 1);
            case PRESCRIBED -> sim.add(Measure.OVERDOSE_DEATHS_PRESCRIBED, 1);
            case METHADONE, BUPRENORPHINE -> sim.add(Measure.OVERDOSE_DEATHS_IN_TREATMENT, 1);
            default -> { }
        }
    }
}
