package odsim.engine;

import odsim.results.Measure;
import odsim.scenario.CascadeParams;
import odsim.scenario.CostParams;

/**
 * What follows an overdose: where it happens (alone, with others, or at an overdose prevention
 * centre), who responds (centre staff, a witness with naloxone, a 911 call and EMS) and whether
 * the person survives, with the costs of the response. Each step draws its own numbered uniform
 * from the cascade stream.
 */
final class OverdoseCascade {
    private static final int RELEASE_WINDOW_DAYS = 14;
    private final OverdoseSim sim;

    /** Whether this cascade runs after the person's use today (in the use phase) or before it (state changes). */
    private final boolean afterUse;

    OverdoseCascade(OverdoseSim sim, boolean afterUse) {
        this.sim = sim;
        this.afterUse = afterUse;
    }

    /** An overdose away from any centre; {@code withOthers}: the person made sure someone was there. */
    void overdose(int i, UseState state, boolean fentanyl, boolean withOthers, DayTally t) {
        People p = sim.people;
        CascadeParams c = sim.scenario.cascade();
        CostParams cost = sim.scenario.costs();
        KeyedStream draw = sim.streams.cascade;
        int day = sim.day;
        double decriminalized = sim.rules.decriminalization[day];
        count(i, t);

        // People who fear arrest hide to use; decriminalization brings some of them back among others.
        double aloneChance = p.has(i, People.FLAG_USES_ALONE) ? c.aloneIfTending() : c.aloneOtherwise();
        if (decriminalized > 0) aloneChance *= 1 - decriminalized * sim.scenario.policies().decriminalization().lessUsingAlone();
        boolean alone = !withOthers && draw.uniform(i, day, 0) < aloneChance;
        boolean naloxone = false;
        boolean ems;
        if (alone) {
            ems = draw.uniform(i, day, 1) < c.foundInTimeAlone();
        } else {
            boolean ownKit = p.has(i, People.FLAG_HOLDS_KIT) && draw.uniform(i, day, 2) < c.witnessUsesOwnKit();
            naloxone = ownKit || draw.uniform(i, day, 3) < witnessHasNaloxone(day);
            double call = c.call911();
            if (decriminalized > 0) call += decriminalized * (sim.scenario.policies().decriminalization().call911() - call);
            ems = draw.uniform(i, day, 4) < call;
        }
        double fatality = naloxone ? c.fatalityWithNaloxone() : c.fatalityUntreated();
        if (ems) {
            fatality *= c.emsRelativeRisk();
            t.add(Measure.EMS_CALLS, 1);
            t.add(Measure.COST_EMS, cost.emsCall());
        }
        boolean fatal = draw.uniform(i, day, 5) < fatality;
        if (i == sim.watchedPerson) {
            tell(i, state, alone ? OverdoseScene.Setting.ALONE : OverdoseScene.Setting.WITH_OTHERS, fentanyl, naloxone, ems, fatal);
        }
        if (fatal) {
            die(i, state, fentanyl, t);
            t.add(alone ? Measure.OVERDOSE_DEATHS_ALONE : Measure.OVERDOSE_DEATHS_WITNESSED, 1);
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
        // A survivor seen by EMS may start medication: the status-quo referral, or an expanded program's.
        double referral = Math.max(c.treatmentReferral(),
                sim.scenario.policies().medication().startAfterOverdose() * sim.rules.medicationLevel[day]);
        if (!state.onMedication() && draw.uniform(i, day, 8) < referral) startTreatment(i, t);
    }

    /** An overdose at an overdose prevention centre: staff respond at once, no 911 call is needed. */
    void overdoseAtSite(int i, UseState state, boolean fentanyl, DayTally t) {
        count(i, t);
        t.add(Measure.OVERDOSES_AT_SITE, 1);
        boolean fatal = sim.streams.cascade.uniform(i, sim.day, 5) < sim.scenario.policies().opc().fatalityAtSite();
        if (i == sim.watchedPerson) tell(i, state, OverdoseScene.Setting.AT_CENTRE, fentanyl, false, false, fatal);
        if (fatal) {
            die(i, state, fentanyl, t);
            t.add(Measure.OVERDOSE_DEATHS_AT_SITE, 1);
            return;
        }
        t.add(Measure.NONFATAL_OVERDOSES, 1);
    }

    /** Tells the watcher of a person's story about this overdose (before today's use changes their tolerance). */
    private void tell(int i, UseState state, OverdoseScene.Setting setting, boolean fentanyl, boolean naloxone, boolean ems,
                      boolean fatal) {
        People p = sim.people;
        int horizonDay = sim.day - sim.rules.warmUpDays;
        if (horizonDay < 0) return; // a story starts at the horizon's start
        double tolerance = Math.max(sim.toleranceBroughtTo(i, sim.day), sim.rules.medicationTolerance[state.code] * p.habitualDose[i]);
        sim.overdoseWatcher.overdose(new OverdoseScene(i, horizonDay, state, setting, fentanyl, tolerance / p.habitualDose[i],
                naloxone, ems, fatal));
    }

    /**
     * Chance a witness has naloxone: from outside the circle of people who use, or a kit the
     * witness brings, which is likelier the more people who use hold one (yesterday's share).
     */
    private double witnessHasNaloxone(int day) {
        double outside = sim.rules.witnessNaloxone[day];
        double fromCircle = sim.scenario.cascade().witnessKitAtFullHolding() * sim.kitHoldingShare;
        return outside + (1 - outside) * fromCircle;
    }

    /**
     * A request for methadone or buprenorphine (any path: seeking it, a referral, diversion, a
     * release): it starts when a place is free today, otherwise the person waits and asks again
     * each day.
     */
    void startTreatment(int i, DayTally t) {
        int day = sim.day;
        t.treatmentRequests++;
        if (sim.treatmentAdmitChance < 1.0 && sim.streams.treatmentPlace.uniform(i, day) >= sim.treatmentAdmitChance) {
            sim.people.set(i, People.FLAG_WAITING, true);
            return;
        }
        sim.people.set(i, People.FLAG_WAITING, false);
        boolean methadone = sim.streams.treatmentKind.uniform(i, day) < sim.scenario.treatment().methadoneShare();
        sim.enter(i, methadone ? UseState.METHADONE : UseState.BUPRENORPHINE, afterUse);
        sim.people.set(i, People.FLAG_STREET_HISTORY, true);
        t.add(Measure.TREATMENT_STARTS, 1);
    }

    private void count(int i, DayTally t) {
        People p = sim.people;
        t.add(Measure.OVERDOSES, 1);
        if (p.overdoses[i] < Byte.MAX_VALUE) p.overdoses[i]++;
    }

    private void die(int i, UseState state, boolean fentanyl, DayTally t) {
        People p = sim.people;
        int day = sim.day;
        t.addDying(i);
        t.add(Measure.OVERDOSE_DEATHS, 1);
        if (fentanyl) t.add(Measure.OVERDOSE_DEATHS_FENTANYL, 1);
        if (day - p.releaseDay[i] <= RELEASE_WINDOW_DAYS) t.add(Measure.OVERDOSE_DEATHS_AFTER_RELEASE, 1);
        switch (state) {
            case STREET -> t.add(Measure.OVERDOSE_DEATHS_STREET, 1);
            case NONMEDICAL -> t.add(Measure.OVERDOSE_DEATHS_NONMEDICAL, 1);
            case PRESCRIBED -> t.add(Measure.OVERDOSE_DEATHS_PRESCRIBED, 1);
            case METHADONE, BUPRENORPHINE -> t.add(Measure.OVERDOSE_DEATHS_IN_TREATMENT, 1);
            case SAFE_SUPPLY -> t.add(Measure.OVERDOSE_DEATHS_SAFE_SUPPLY, 1);
            default -> { }
        }
    }
}
