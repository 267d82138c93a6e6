package odsim.engine;

import odsim.results.Measure;

/**
 * Moves people between use states. Each possible move has its own stream and its own daily
 * chance, drawn on the person's candidate days only ({@link Rules#candidate}: a move with daily
 * chance p happens on a candidate day with chance p / q); when several would fire on one day,
 * the first in the order written here wins. Stays of set length (rehab, jail, prison) end on
 * their day, which is a release or discharge.
 */
final class TransitionPhase implements BlockPhase {
    private final OverdoseSim sim;
    private final OverdoseCascade cascade;
    private final double physicalWeight, emotionalWeight, economicWeight;

    TransitionPhase(OverdoseSim sim) {
        this.sim = sim;
        this.cascade = new OverdoseCascade(sim, false);
        var w = sim.scenario.pain();
        this.physicalWeight = w.physicalWeight();
        this.emotionalWeight = w.emotionalWeight();
        this.economicWeight = w.economicWeight();
    }

    /** The combined drive that moves transition rates: a weighted sum of the three pain drivers. */
    private double drive(int i) {
        People p = sim.people;
        return physicalWeight * p.physical(i) + emotionalWeight * p.emotional(i) + economicWeight * p.economic(i);
    }


    @Override
    public void block(int b) {
        DayTally t = sim.tallies[b];
        byte[] state = sim.people.state;
        int[] candidateDay = sim.people.nextCandidateDay;
        int[] eventDay = sim.people.eventDay;
        int day = sim.day;
        byte[] flags = sim.people.flags;
        // The living people with something due today, gathered by the pain phase.
        BlockScratch scratch = BlockScratch.get();
        int[] due = scratch.due;
        int n = scratch.dueCount;
        // Grouped by state: person() branches on it. Transitions add the same amount per event to
        // each tally, so the order changes no result.
        int[] byState = BlockScratch.get().groupByState(due, n, state);
        for (int k = 0; k < n; k++) {
            int i = byState[k];
            byte code = state[i];
            boolean inStay = code == UseState.REHAB.code || code == UseState.JAIL.code || code == UseState.PRISON.code;
            if ((flags[i] & People.FLAG_WAITING) != 0 && askAgain(i, code, t)) continue;
            if (inStay ? day >= eventDay[i] : candidateDay[i] == day) person(i, UseState.ALL[code], t);
        }
    }

    private void person(int i, UseState state, DayTally t) {
        Streams st = sim.streams;
        Rules r = sim.rules;
        double q = r.perCandidate[state.code]; // daily chance p becomes p / q on a candidate day
        People p = sim.people;
        int day = sim.day;
        switch (state) {
            case NO_USE -> {
                double drive = drive(i);
                if (st.prescriptionStart.uniform(i, day) < r.prescriptionStart.daily(drive) * q) {
                    moveToUse(i, UseState.PRESCRIBED);
                    t.add(Measure.PRESCRIPTION_STARTS, 1);
                } else if (st.initiation.uniform(i, day) < r.initiation.daily(drive) * q) {
                    moveToUse(i, UseState.NONMEDICAL);
                    t.add(Measure.INITIATIONS, 1);
                }
            }
            case PRESCRIBED -> {
                double drive = drive(i);
                // Prescribing restrictions end prescriptions faster; some people cut off turn to other supply.
                double restricted = r.prescribingLevel[day];
                if (st.prescriptionEnd.uniform(i, day) < (r.prescriptionEnd.daily(drive) + r.extraPrescriptionEnd * restricted) * q) {
                    if (restricted > 0 && st.cutOff.uniform(i, day) < sim.scenario.policies().prescribing().turnToNonmedical() * restricted) {
                        moveToUse(i, UseState.NONMEDICAL);
                        t.add(Measure.INITIATIONS, 1);
                    } else {
                        sim.enter(i, UseState.NO_USE, false);
                    }
                } else if (st.misuse.uniform(i, day) < r.misuse.daily(drive) * q) {
                    moveToUse(i, UseState.NONMEDICAL);
                    t.add(Measure.INITIATIONS, 1);
                }
            }
            case NONMEDICAL, STREET -> {
                boolean street = state == UseState.STREET;
                double drive = drive(i);
                // Arrests follow policing intensity and stop where possession is decriminalized;
                // decriminalization also brings more people to treatment.
                double arrestChance = (street ? r.streetArrest : r.nonmedicalArrest) * r.policingIntensity[day]
                        * (1 - r.decriminalization[day]);
                double treatmentChance = r.treatmentStart
                        * (1 + r.decriminalization[day] * sim.scenario.policies().decriminalization().moreTreatmentSeeking())
                        + r.extraTreatmentStart * r.medicationLevel[day];
                double rehabChance = r.rehabAdmission + r.extraRehabAdmission * r.abstinenceLevel[day];
                double safeSupply = street ? r.safeSupplyEnrolment * r.safeSupplyLevel[day] : 0;
                if (st.arrest.uniform(i, day) < arrestChance * q) {
                    arrest(i, t);
                } else if (st.treatmentStart.uniform(i, day) < treatmentChance * q) {
                    startTreatment(i, t);
                } else if (st.rehabAdmission.uniform(i, day) < rehabChance * q) {
                    admitToRehab(i, t);
                } else if (safeSupply > 0 && st.safeSupplyEnrol.uniform(i, day, 0) < safeSupply * q) {
                    // Asks to enrol; gets in when the program has room today.
                    t.safeSupplyAttempts++;
                    if (st.safeSupplyEnrol.uniform(i, day, 1) < sim.safeSupplyAdmitChance) {
                        sim.enter(i, UseState.SAFE_SUPPLY, false);
                        t.add(Measure.SAFE_SUPPLY_STARTS, 1);
                    }
                } else if (!street && st.escalation.uniform(i, day) < r.escalation.daily(drive) * q) {
                    moveToUse(i, UseState.STREET);
                    t.add(Measure.ESCALATIONS, 1);
                } else if (st.cessation.uniform(i, day) < (street ? r.streetCessation : r.nonmedicalCessation).daily(drive) * q) {
                    sim.enter(i, UseState.REMISSION, false);
                    t.add(Measure.CESSATIONS, 1);
                }
            }
            case METHADONE, BUPRENORPHINE -> {
                double dropout = (state == UseState.METHADONE ? r.methadoneDropout : r.buprenorphineDropout)
                        * (1 - sim.scenario.policies().medication().lessDropout() * r.medicationLevel[day]);
                if (st.treatmentDropout.uniform(i, day) < dropout * q) {
                    returnToUse(i);
                    t.add(Measure.TREATMENT_EXITS, 1);
                }
            }
            case SAFE_SUPPLY -> {
                // Clients leave at the delivery model's dropout rate, and all leave if the program closes.
                if (r.safeSupplyLevel[day] <= 0 || st.safeSupplyEnrol.uniform(i, day, 2) < r.safeSupplyDropout * q) {
                    moveToUse(i, UseState.STREET);
                }
            }
            case REHAB, JAIL, PRISON -> {
                if (day >= p.eventDay[i]) release(i, state, t);
            }
            case REMISSION -> {
                if (st.relapse.uniform(i, day) < r.earlyRelapse(day - p.stateSince[i]) * r.relapse.daily(drive(i)) * q) {
                    returnToUse(i);
                    t.add(Measure.RELAPSES, 1);
                }
            }
            default -> { }
        }
    }

    /**
     * A person waiting for a treatment place asks again today while still using; true if they
     * started. Waiting ends with any other change (remission, custody, a place).
     */
    private boolean askAgain(int i, byte code, DayTally t) {
        if (code != UseState.NONMEDICAL.code && code != UseState.STREET.code) {
            sim.people.set(i, People.FLAG_WAITING, false);
            return false;
        }
        startTreatment(i, t);
        return (sim.people.flags[i] & People.FLAG_WAITING) == 0;
    }

    /** Starts a use state, with the habitual dose typical of it for this person. */
    private void moveToUse(int i, UseState s) {
        People p = sim.people;
        // The dose is raised after the old state is settled (a prescription's tolerance follows the old dose).
        float dose = (float) Math.max(p.habitualDose[i], sim.rules.typicalDose(s) * sim.doseFactor(i));
        sim.enter(i, s, false);
        p.habitualDose[i] = dose;
        if (s == UseState.STREET) p.set(i, People.FLAG_STREET_HISTORY, true);
        if (s == UseState.PRESCRIBED) Prescriptions.start(sim, i, sim.day);
    }

    /** Back to the kind of use the person had before: street if they ever used street opioids. */
    private void returnToUse(int i) {
        moveToUse(i, sim.people.has(i, People.FLAG_STREET_HISTORY) ? UseState.STREET : UseState.NONMEDICAL);
    }

    private void startTreatment(int i, DayTally t) {
        cascade.startTreatment(i, t);
    }

    private void admitToRehab(int i, DayTally t) {
        double mean = sim.scenario.rehab().meanStayDays();
        startStay(i, UseState.REHAB, mean, 0);
        t.add(Measure.REHAB_ADMISSIONS, 1);
    }

    private void arrest(int i, DayTally t) {
        var pol = sim.scenario.policing();
        People p = sim.people;
        t.add(Measure.ARRESTS, 1);
        t.add(Measure.COST_POLICING, sim.scenario.costs().arrest());
        // Police diversion (LEAD, PAARI): case management and treatment instead of custody.
        double diverted = sim.rules.diversion[sim.day];
        if (diverted > 0 && sim.streams.diversion.uniform(i, sim.day, 0) < diverted) {
            var policy = sim.scenario.policies().policing();
            t.add(Measure.DIVERSIONS, 1);
            t.add(Measure.COST_DIVERSION, policy.costPerDiversion());
            if (sim.streams.diversion.uniform(i, sim.day, 1) < policy.treatmentAfterDiversion()) startTreatment(i, t);
            return;
        }
        double mandated = sim.scenario.policies().abstinence().courtMandated() * sim.rules.abstinenceLevel[sim.day];
        if (mandated > 0 && sim.streams.courtMandate.uniform(i, sim.day) < mandated) {
            t.add(Measure.COURT_MANDATED_REHAB, 1);
            admitToRehab(i, t);
            return;
        }
        boolean prison = sim.streams.sentence.uniform(i, sim.day) < pol.prisonShare();
        startStay(i, prison ? UseState.PRISON : UseState.JAIL, prison ? pol.meanPrisonDays() : pol.meanJailDays(), 1);
        double medicated = sim.scenario.policies().medication().inCustody() * sim.rules.medicationLevel[sim.day];
        if (medicated > 0 && sim.streams.medicationInCustody.uniform(i, sim.day, 0) < medicated) {
            p.set(i, People.FLAG_MEDICATED_IN_CUSTODY, true);
        }
        p.setDriver(i, People.ECONOMIC, People.base(p.economic(i) + (float) pol.economicShockAtArrest()));
    }

    /** A stay of random length with the given mean (at least one day), ending on {@code eventDay}. */
    private void startStay(int i, UseState s, double meanDays, int draw) {
        People p = sim.people;
        double u = sim.streams.stayLength.uniform(i, sim.day, draw);
        int length = 1 + (int) (-(meanDays - 1) * Math.log(u));
        sim.enter(i, s, false);
        p.eventDay[i] = sim.day + length;
    }

    private void release(int i, UseState from, DayTally t) {
        People p = sim.people;
        p.releaseDay[i] = sim.day;
        t.add(Measure.RELEASES, 1);
        if (p.has(i, People.FLAG_MEDICATED_IN_CUSTODY)) {
            // Medication held tolerance up inside, through yesterday.
            sim.settleHeldTolerance(i, sim.rules.custodyMedicationTolerance);
            p.set(i, People.FLAG_MEDICATED_IN_CUSTODY, false);
            double carryOn = sim.scenario.policies().medication().continueAfterRelease();
            if (sim.streams.medicationInCustody.uniform(i, sim.day, 1) < carryOn) {
                startTreatment(i, t);
                if (p.state[i] != from.code) return;
                // Every place is taken: released like anyone else, and asking again each day.
            }
        }
        // Most people leaving rehab or custody go back to the same street supply, with the
        // tolerance they lost inside; the rest enter remission, with its own relapse.
        double abstinent = from == UseState.REHAB ? 1 - sim.scenario.rehab().useAgainAtDischarge()
                : sim.scenario.policing().remissionAfterRelease();
        boolean staysAbstinent = sim.streams.releaseOutcome.uniform(i, sim.day) < abstinent;
        if (staysAbstinent) sim.enter(i, UseState.REMISSION, false);
        else returnToUse(i);
    }
}
