package odsim.engine;

import odsim.model.UseState;
import odsim.results.Measure;
import odsim.results.RateCounts.Event;
import odsim.scenario.CascadeParams;
import odsim.scenario.CostParams;

/**
 * What follows an overdose away from a centre (an overdose at one: {@link OpcLever}): where it
 * happens (alone or with others), who responds (a witness with naloxone, a 911 call and EMS) and whether
 * the person survives, with the costs of the response. Each step draws its own numbered uniform
 * from the cascade stream. A fatal overdose is recorded in the tally's dying list; the person
 * dies once the day's use is over (the engine's {@link DeathPhase}, the peer's agent).
 */
final class OverdoseCascade {
    /** Deaths this soon after a release from custody or a discharge from rehab are counted apart. */
    private static final int RELEASE_WINDOW_DAYS = 14;
    private static final int CUSTODY = Event.CUSTODY_RELEASE.ordinal(), REHAB = Event.REHAB_DISCHARGE.ordinal();

    private OverdoseCascade() {}

    /**
     * An overdose away from any centre, in {@code state} as the day's use began; {@code withOthers}:
     * the person made sure someone was there (drug checking). True if fatal.
     */
    static boolean overdose(World w, Person p, UseState state, boolean fentanyl, boolean withOthers, DayTally t) {
        CascadeParams c = w.scenario.cascade();
        CostParams cost = w.scenario.costs();
        KeyedStream draw = w.streams.cascade;
        int i = p.id(), day = w.day;
        count(p, t);

        // People who fear arrest hide to use; decriminalization brings some of them back among others.
        double aloneChance = w.rules.decriminalization.aloneChance(p.usesAlone() ? c.aloneIfTending() : c.aloneOtherwise(), day);
        boolean alone = !withOthers && draw.uniform(i, day, 0) < aloneChance;
        boolean naloxone = false;
        boolean ems;
        if (alone) {
            ems = draw.uniform(i, day, 1) < c.foundInTimeAlone();
        } else {
            boolean ownKit = p.holdsKit() && draw.uniform(i, day, 2) < c.witnessUsesOwnKit();
            naloxone = ownKit || draw.uniform(i, day, 3) < witnessHasNaloxone(w, day);
            ems = draw.uniform(i, day, 4) < w.rules.decriminalization.call911(c.call911(), day);
        }
        double fatality = naloxone ? c.fatalityWithNaloxone() : c.fatalityUntreated();
        if (ems) {
            fatality *= c.emsRelativeRisk();
            t.add(Measure.EMS_CALLS, 1);
            t.add(Measure.COST_EMS, cost.emsCall());
        }
        boolean fatal = draw.uniform(i, day, 5) < fatality;
        if (i == w.watchedPerson) {
            tell(w, p, state, alone ? OverdoseScene.Setting.ALONE : OverdoseScene.Setting.WITH_OTHERS, fentanyl, naloxone, ems, fatal);
        }
        if (fatal) {
            die(w, p, state, fentanyl, t);
            t.add(alone ? Measure.OVERDOSE_DEATHS_ALONE : Measure.OVERDOSE_DEATHS_WITNESSED, 1);
            // EMS crews carry naloxone and give it to a person they reach in time, as a witness with a kit does.
            if (naloxone || ems) t.add(Measure.OVERDOSE_DEATHS_NALOXONE_GIVEN, 1);
            return true;
        }
        survive(w, p, state, t);
        if (naloxone) t.add(Measure.NALOXONE_REVERSALS, 1);
        // Most survivors EMS sees are taken to an emergency department, some refuse; a few others come on their own.
        // Every visit is counted, as emergency-department surveillance counts them (NEDS: those admitted from it too).
        boolean hospital = draw.uniform(i, day, 9) < (ems ? c.transportAfterEms() : c.edWithoutEms());
        if (hospital) {
            t.add(Measure.ED_VISITS, 1);
            if (draw.uniform(i, day, 6) < c.admissionProbability()) {
                t.add(Measure.HOSPITAL_ADMISSIONS, 1);
                t.add(Measure.COST_HOSPITAL, cost.admission());
            } else {
                t.add(Measure.COST_EMERGENCY, cost.edVisit());
            }
        }
        if (!ems) return false;
        if (draw.uniform(i, day, 7) < c.kitAfterOverdose()) p.setHoldsKit(true);
        // A survivor seen by EMS may start medication: the status-quo referral, or an expanded program's.
        double referral = w.rules.medication.referralAfterOverdose(c.treatmentReferral(), day);
        if (!state.onMedication() && draw.uniform(i, day, 8) < referral) StateChanges.requestTreatment(w, p, t, true);
        return false;
    }

    /** Tells the watcher of a person's story about this overdose (before today's use changes their tolerance). */
    static void tell(World w, Person p, UseState state, OverdoseScene.Setting setting, boolean fentanyl, boolean naloxone,
                             boolean ems, boolean fatal) {
        int horizonDay = w.day - w.rules.warmUpDays;
        if (horizonDay < 0) return; // a story starts at the horizon's start
        double tolerance = Math.max(StateChanges.toleranceBroughtTo(w, p, w.day), w.rules.heldTolerance(state.code, w.day - p.stateSince()) * p.habitualDose());
        w.overdoseWatcher.overdose(new OverdoseScene(p.id(), horizonDay, state, setting, fentanyl, tolerance / p.habitualDose(),
                naloxone, ems, fatal));
    }

    /**
     * Chance a witness has naloxone: from outside the circle of people who use, or a kit the
     * witness brings, which is likelier the more people who use hold one (yesterday's share).
     */
    private static double witnessHasNaloxone(World w, int day) {
        double outside = w.rules.witnessNaloxone[day];
        double fromCircle = w.scenario.cascade().witnessKitAtFullHolding() * w.kitHoldingShare;
        return outside + (1 - outside) * fromCircle;
    }

    static void count(Person p, DayTally t) {
        t.add(Measure.OVERDOSES, 1);
        p.countOverdose();
    }

    /** An overdose survived, counted by the state the day's use began in and the person's open windows. */
    static void survive(World w, Person p, UseState state, DayTally t) {
        t.add(Measure.NONFATAL_OVERDOSES, 1);
        w.rates.overdose(p, state.code, false, w.day);
    }

    static void die(World w, Person p, UseState state, boolean fentanyl, DayTally t) {
        w.rates.overdose(p, state.code, true, w.day);
        t.addDying(p.id());
        t.add(Measure.OVERDOSE_DEATHS, 1);
        if (fentanyl) t.add(Measure.OVERDOSE_DEATHS_FENTANYL, 1);
        if (EventWindows.open(p, Event.CUSTODY_RELEASE) && w.day - p.eventStart(CUSTODY) <= RELEASE_WINDOW_DAYS) {
            t.add(Measure.OVERDOSE_DEATHS_AFTER_CUSTODY, 1);
        }
        if (EventWindows.open(p, Event.REHAB_DISCHARGE) && w.day - p.eventStart(REHAB) <= RELEASE_WINDOW_DAYS) {
            t.add(Measure.OVERDOSE_DEATHS_AFTER_REHAB, 1);
        }
        switch (state) {
            case STREET -> t.add(Measure.OVERDOSE_DEATHS_STREET, 1);
            case NONMEDICAL -> {
                t.add(Measure.OVERDOSE_DEATHS_NONMEDICAL, 1);
                // A misused pill holds fentanyl only if it was a counterfeit bought from a dealer (UseDay.supplyOf).
                if (fentanyl) t.add(Measure.OVERDOSE_DEATHS_COUNTERFEIT, 1);
            }
            case PRESCRIBED -> t.add(Measure.OVERDOSE_DEATHS_PRESCRIBED, 1);
            case METHADONE, BUPRENORPHINE -> t.add(Measure.OVERDOSE_DEATHS_IN_TREATMENT, 1);
            case SAFE_SUPPLY -> t.add(Measure.OVERDOSE_DEATHS_SAFE_SUPPLY, 1);
            default -> { }
        }
    }
}
