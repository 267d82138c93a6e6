package odsim.engine;

import odsim.results.Measure;
import odsim.scenario.CascadeParams;
import odsim.scenario.CostParams;

/**
 * What follows an overdose: where it happens (alone or with others), who responds (a witness
 * with naloxone, a 911 call and EMS) and whether the person survives, with the costs of the
 * response. Each step draws its own numbered uniform from the cascade stream.
 */
final class OverdoseCascade {
    private static final int RELEASE_WINDOW_DAYS = 14;
    private final OverdoseSim sim;

    OverdoseCascade(OverdoseSim sim) {
        this.sim = sim;
    }

    void overdose(int i, UseState state, boolean fentanyl, DayTally t) {
        People p = sim.people;
        CascadeParams c = sim.scenario.cascade();
        CostParams cost = sim.scenario.costs();
        KeyedStream draw = sim.streams.cascade;
        int day = sim.day;
        t.add(Measure.OVERDOSES, 1);
        if (p.overdoses[i] < Byte.MAX_VALUE) p.overdoses[i]++;

        boolean tendsAlone = p.has(i, People.FLAG_USES_ALONE);
        boolean alone = draw.uniform(i, day, 0) < (tendsAlone ? c.aloneIfTending() : c.aloneOtherwise());
        boolean naloxone = false;
        boolean ems;
        if (alone) {
            ems = draw.uniform(i, day, 1) < c.foundInTimeAlone();
        } else {
            boolean ownKit = p.has(i, People.FLAG_HOLDS_KIT) && draw.uniform(i, day, 2) < c.witnessUsesOwnKit();
            naloxone = ownKit || draw.uniform(i, day, 3) < sim.rules.witnessNaloxone[day];
            ems = draw.uniform(i, day, 4) < c.call911();
        }
        double fatality = naloxone ? c.fatalityWithNaloxone() : c.fatalityUntreated();
        if (ems) {
            fatality *= c.emsRelativeRisk();
            t.add(Measure.EMS_CALLS, 1);
            t.add(Measure.COST_EMS, cost.emsCall());
        }
        boolean dies = draw.uniform(i, day, 5) < fatality;
        if (dies) {
            t.addDying(i);
            t.add(Measure.OVERDOSE_DEATHS, 1);
            t.add(alone ? Measure.OVERDOSE_DEATHS_ALONE : Measure.OVERDOSE_DEATHS_WITNESSED, 1);
            if (fentanyl) t.add(Measure.OVERDOSE_DEATHS_FENTANYL, 1);
            if (day - p.releaseDay[i] <= RELEASE_WINDOW_DAYS) t.add(Measure.OVERDOSE_DEATHS_AFTER_RELEASE, 1);
            switch (state) {
                case STREET -> t.add(Measure.OVERDOSE_DEATHS_STREET, 1);
                case NONMEDICAL -> t.add(Measure.OVERDOSE_DEATHS_NONMEDICAL, 1);
                case PRESCRIBED -> t.add(Measure.OVERDOSE_DEATHS_PRESCRIBED, 1);
                case METHADONE, BUPRENORPHINE -> t.add(Measure.OVERDOSE_DEATHS_IN_TREATMENT, 1);
                default -> { }
            }
            return;
        }
        t.add(Measure.NONFATAL_OVERDOSES, 1);
        if (naloxone) t.add(Measure.NALOXONE_REVERSALS, 1);
        if (!ems) return;
        if (draw.uniform(i, day, 6) < c.admissionProbability()) {
            t.add(Measure.HOSPITAL_ADMISSIONS, 1);
            t.add(Measure.COST_HOSPITAL, cost.admission());
        } else {
            t.add(Measure.ED_VISITS, 1);
            t.add(Measure.COST_EMERGENCY, cost.edVisit());
        }
        if (draw.uniform(i, day, 7) < c.kitAfterOverdose()) p.set(i, People.FLAG_HOLDS_KIT, true);
        if (!state.onMedication() && draw.uniform(i, day, 8) < c.treatmentReferral()) {
            boolean methadone = sim.streams.treatmentKind.uniform(i, day) < sim.scenario.treatment().methadoneShare();
            p.enter(i, methadone ? UseState.METHADONE : UseState.BUPRENORPHINE, day);
            p.set(i, People.FLAG_STREET_HISTORY, true);
            t.add(Measure.TREATMENT_STARTS, 1);
        }
    }
}
