package odsim.engine;

import odsim.results.Measure;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;

/**
 * One person of the {@link MasonPeer}, MASON-tutorial style: attributes as fields, the whole
 * day in {@link #step}. Each part below mirrors one engine phase for one person, in the
 * engine's order ({@link DayPhases}): pain ({@link PainPhase}), state changes
 * ({@link TransitionPhase}), use and overdose ({@link UsePhase}, {@link PeerCascade}), deaths
 * ({@link DeathPhase}), then the person counts itself ({@link RecordPhase}). Numeric types match
 * the engine's columns (float pain, tolerance and dose) so the arithmetic, and the results, are
 * the same.
 */
final class PersonAgent implements Steppable {
    private static final long serialVersionUID = 1L;

    /** The person's identity: the key of every draw, as the slot index is in the engine. */
    final int index;
    UseState state;
    boolean male, usesAlone, holdsKit, streetHistory;
    int birthDay, stateSince, eventDay, releaseDay, lastUseDay, nextCandidateDay;
    /** Pain drivers as of the end of day {@code painDay}: brought forward when read, as the engine does ({@link PainClock}). */
    float physical, emotional, economic;
    int painDay;
    final float physicalBase, emotionalBase, economicBase;
    float tolerance, habitualDose;
    /** Overdoses survived or not, capped as the engine's byte column is. */
    int overdoses;
    /** This agent's entry in the schedule: stopped when the person dies. */
    Stoppable stopper;

    private PersonAgent(People p, int i) {
        index = i;
        state = UseState.of(p.state[i]);
        male = p.has(i, People.FLAG_MALE);
        usesAlone = p.has(i, People.FLAG_USES_ALONE);
        holdsKit = p.has(i, People.FLAG_HOLDS_KIT);
        streetHistory = p.has(i, People.FLAG_STREET_HISTORY);
        birthDay = p.birthDay[i];
        stateSince = p.stateSince[i];
        eventDay = p.eventDay[i];
        releaseDay = p.releaseDay[i];
        lastUseDay = p.lastUseDay[i];
        nextCandidateDay = p.nextCandidateDay[i];
        physical = p.physical(i);
        emotional = p.emotional(i);
        economic = p.economic(i);
        painDay = p.painDay[i];
        physicalBase = p.physicalBase(i);
        emotionalBase = p.emotionalBase(i);
        economicBase = p.economicBase(i);
        tolerance = p.tolerance[i];
        habitualDose = p.habitualDose[i];
        overdoses = p.overdoses[i];
    }

    /**
     * The day-0 population of the engine with the peer's seed, as agents: the set-up is the
     * engine's code, not a copy, so any difference the equality test finds is in the day.
     */
    static PersonAgent[] fromEngineSetup(MasonPeer sim) {
        OverdoseSim donor = new OverdoseSim(sim.scenario, sim.runSeed, 0, 1);
        PopulationSetup.populate(donor);
        PersonAgent[] agents = new PersonAgent[donor.people.size];
        for (int i = 0; i < agents.length; i++) agents[i] = new PersonAgent(donor.people, i);
        return agents;
    }

    @Override
    public void step(SimState simState) {
        MasonPeer sim = (MasonPeer) simState;
        int day = sim.day;
        // Today's candidate day (if it is one) came at this morning's state's rate.
        double q = sim.rules.perCandidate[state.code];
        boolean candidateToday = day == nextCandidateDay;
        feelPain(sim, day);
        changeState(sim, day);
        if (useToday(sim, day)) {
            die(UseState.DEAD_OVERDOSE, day);
            sim.add(Measure.LIFE_YEARS_LOST, odsim.model.LifeTable.yearsLeftAt(day, birthDay));
            return;
        }
        if (candidateToday) {
            Rules r = sim.rules;
            nextCandidateDay = day + r.daysToNextCandidate(state.code, sim.streams.candidate.uniform(index, day));
            if (holdsKit && sim.streams.kitLoss.uniform(index, day) < r.kitLoss * q) holdsKit = false;
            int age = Math.min(120, Math.max(0, (int) ((day - birthDay) * (1 / 365.25))));
            double chance = state == UseState.STREET ? r.otherDeathStreetByAge[age] : r.otherDeathByAge[age];
            if (sim.streams.otherDeath.uniform(index, day) < chance * q) {
                die(UseState.DEAD_OTHER, day);
                sim.add(Measure.OTHER_CAUSE_DEATHS, 1);
                return;
            }
        }
        sim.add(MasonPeer.PEOPLE_BY_STATE[state.ordinal()], 1);
        sim.add(Measure.POPULATION, 1);
        if (holdsKit) sim.add(Measure.KIT_HOLDERS, 1);
        countUse(sim);
    }

    /** Counts this person among people who use, and those holding a kit (the witnesses' circle). */
    void countUse(MasonPeer sim) {
        if (sim.rules.usesOpioids[state.code]) {
            sim.users++;
            if (holdsKit) sim.usersWithKit++;
        }
    }

    private void die(UseState how, int day) {
        enter(how, day);
        stopper.stop();
    }

    // --- pain (PainPhase) ---

    private void feelPain(MasonPeer sim, int day) {
        Rules r = sim.rules;
        if (day == nextCandidateDay) {
            recover(r, day);
            double q = r.perCandidate[state.code];
            double pPhysical = r.physicalShock * q, pEmotional = pPhysical + r.emotionalShock * q, pAny = pEmotional + r.economicShock * q;
            double u = sim.streams.painShock.uniform(index, day);
            if (u < pAny) {
                if (u < pPhysical) physical = People.stored(physical + sim.shockSize);
                else if (u < pEmotional) emotional = People.stored(emotional + sim.shockSize);
                else economic = People.stored(economic + sim.shockSize);
            }
        }
        double jobLossShare = r.jobLossShare[day];
        if (jobLossShare > 0 && sim.streams.jobLoss.uniform(index, day) < jobLossShare) {
            recover(r, day);
            economic = People.stored(economic + (float) r.jobLossSize[day]);
        }
    }

    /** Recovery toward the baselines since the drivers were last brought forward (no root-cause programs in the peer). */
    private void recover(Rules r, int day) {
        int days = day - painDay;
        if (days <= 0) return;
        physical = People.stored(PainClock.relaxed(physical, physicalBase, r.physicalKept(days)));
        emotional = People.stored(PainClock.relaxed(emotional, Math.max(0f, emotionalBase), r.emotionalKept(days)));
        economic = People.stored(PainClock.relaxed(economic, Math.max(0f, economicBase), r.economicKept(days)));
        painDay = day;
    }

    private double drive(MasonPeer sim) {
        var w = sim.scenario.pain();
        return w.physicalWeight() * physical + w.emotionalWeight() * emotional + w.economicWeight() * economic;
    }

    // --- state changes (TransitionPhase) ---

    private void changeState(MasonPeer sim, int day) {
        Streams st = sim.streams;
        Rules r = sim.rules;
        int i = index;
        boolean inStay = state == UseState.REHAB || state == UseState.JAIL || state == UseState.PRISON;
        if (!inStay && day != nextCandidateDay) return;
        double q = r.perCandidate[state.code];
        switch (state) {
            case NO_USE -> {
                double drive = drive(sim);
                if (st.prescriptionStart.uniform(i, day) < r.prescriptionStart.daily(drive) * q) {
                    moveToUse(sim, UseState.PRESCRIBED);
                    sim.add(Measure.PRESCRIPTION_STARTS, 1);
                } else if (st.initiation.uniform(i, day) < r.initiation.daily(drive) * q) {
                    moveToUse(sim, UseState.NONMEDICAL);
                    sim.add(Measure.INITIATIONS, 1);
                }
            }
            case PRESCRIBED -> {
                double drive = drive(sim);
                if (st.prescriptionEnd.uniform(i, day) < r.prescriptionEnd.daily(drive) * q) {
                    changeTo(sim, UseState.NO_USE, false);
                } else if (st.misuse.uniform(i, day) < r.misuse.daily(drive) * q) {
                    moveToUse(sim, UseState.NONMEDICAL);
                    sim.add(Measure.INITIATIONS, 1);
                }
            }
            case NONMEDICAL, STREET -> {
                boolean street = state == UseState.STREET;
                double drive = drive(sim);
                if (st.arrest.uniform(i, day) < (street ? r.streetArrest : r.nonmedicalArrest) * q) {
                    arrest(sim, day);
                } else if (st.treatmentStart.uniform(i, day) < r.treatmentStart * q) {
                    startTreatment(sim, day, false);
                } else if (st.rehabAdmission.uniform(i, day) < r.rehabAdmission * q) {
                    startStay(sim, UseState.REHAB, sim.scenario.rehab().meanStayDays(), 0);
                    sim.add(Measure.REHAB_ADMISSIONS, 1);
                } else if (!street && st.escalation.uniform(i, day) < r.escalation.daily(drive) * q) {
                    moveToUse(sim, UseState.STREET);
                    sim.add(Measure.ESCALATIONS, 1);
                } else if (st.cessation.uniform(i, day) < (street ? r.streetCessation : r.nonmedicalCessation).daily(drive) * q) {
                    changeTo(sim, UseState.REMISSION, false);
                    sim.add(Measure.CESSATIONS, 1);
                }
            }
            case METHADONE, BUPRENORPHINE -> {
                double dropout = state == UseState.METHADONE ? r.methadoneDropout : r.buprenorphineDropout;
                if (st.treatmentDropout.uniform(i, day) < dropout * q) {
                    returnToUse(sim);
                    sim.add(Measure.TREATMENT_EXITS, 1);
                }
            }
            case REHAB, JAIL, PRISON -> {
                if (day >= eventDay) release(sim, day);
            }
            case REMISSION -> {
                if (st.relapse.uniform(i, day) < r.earlyRelapse(day - stateSince) * r.relapse.daily(drive(sim)) * q) {
                    returnToUse(sim);
                    sim.add(Measure.RELAPSES, 1);
                }
            }
            default -> { }
        }
    }

    void enter(UseState s, int day) {
        state = s;
        stateSince = day;
    }

    /**
     * A change of state, as {@link OverdoseSim#enter}: what the old state kept lazily is settled
     * (a prescription's tolerance, the tolerance medication held), the new state's first use-day drawn.
     */
    void changeTo(MasonPeer sim, UseState s, boolean usedToday) {
        Rules r = sim.rules;
        int day = sim.day;
        if (state == UseState.PRESCRIBED) endPrescription(r, day, usedToday);
        else if (r.medicationTolerance[state.code] > 0) {
            tolerance = (float) Math.max(r.toleranceAfter(tolerance, day - 1 - lastUseDay), r.medicationTolerance[state.code] * habitualDose);
            lastUseDay = day - 1;
        }
        UseState from = state;
        enter(s, day);
        if (r.candidate[s.code] != r.candidate[from.code]) {
            nextCandidateDay = day + r.daysToNextCandidate(s.code, sim.streams.candidate.uniform(index, day, 2));
        }
        double p = r.useDayProbability[s.code];
        int firstPossible = usedToday ? day + 1 : day;
        if (s != UseState.PRESCRIBED && p > 0) {
            eventDay = firstPossible - 1 + UseDays.gap(r, s.code, sim.streams.useDay.uniform(index, firstPossible, 1));
        }
    }

    private void moveToUse(MasonPeer sim, UseState s) {
        float dose = (float) Math.max(habitualDose, sim.rules.typicalDose(s) * sim.doseFactor(index));
        changeTo(sim, s, false);
        habitualDose = dose;
        if (s == UseState.STREET) streetHistory = true;
        if (s == UseState.PRESCRIBED) {
            // As Prescriptions.start: tolerance settled for today's use, the first possible overdose day drawn.
            Rules r = sim.rules;
            tolerance = (float) r.toleranceAfter(tolerance, sim.day - 1 - lastUseDay);
            lastUseDay = sim.day - 1;
            double b = Prescriptions.bound(r, tolerance, habitualDose);
            eventDay = sim.day - 1 + Prescriptions.gap(b, sim.streams.prescribedOverdoseDay.uniform(index, sim.day, 1));
        }
    }

    /** Leaving a prescription: tolerance settled after the last day of use (as Prescriptions.end). */
    void endPrescription(Rules r, int day, boolean usedToday) {
        int last = usedToday ? day : day - 1;
        tolerance = (float) Prescriptions.toleranceAfterUse(r, tolerance, lastUseDay, habitualDose, last);
        lastUseDay = last;
    }

    private void returnToUse(MasonPeer sim) {
        moveToUse(sim, streetHistory ? UseState.STREET : UseState.NONMEDICAL);
    }

    /** Methadone or buprenorphine, from a transition or a referral after an overdose. */
    void startTreatment(MasonPeer sim, int day, boolean usedToday) {
        boolean methadone = sim.streams.treatmentKind.uniform(index, day) < sim.scenario.treatment().methadoneShare();
        changeTo(sim, methadone ? UseState.METHADONE : UseState.BUPRENORPHINE, usedToday);
        streetHistory = true;
        sim.add(Measure.TREATMENT_STARTS, 1);
    }

    private void arrest(MasonPeer sim, int day) {
        var pol = sim.scenario.policing();
        boolean prison = sim.streams.sentence.uniform(index, day) < pol.prisonShare();
        startStay(sim, prison ? UseState.PRISON : UseState.JAIL, prison ? pol.meanPrisonDays() : pol.meanJailDays(), 1);
        economic = People.stored(economic + (float) pol.economicShockAtArrest());
        sim.add(Measure.ARRESTS, 1);
        sim.add(Measure.COST_POLICING, sim.scenario.costs().arrest());
    }

    private void startStay(MasonPeer sim, UseState s, double meanDays, int draw) {
        double u = sim.streams.stayLength.uniform(index, sim.day, draw);
        int length = 1 + (int) (-(meanDays - 1) * Math.log(u));
        changeTo(sim, s, false);
        eventDay = sim.day + length;
    }

    private void release(MasonPeer sim, int day) {
        releaseDay = day;
        sim.add(Measure.RELEASES, 1);
        double abstinent = state == UseState.REHAB ? 1 - sim.scenario.rehab().useAgainAtDischarge()
                : sim.scenario.policing().remissionAfterRelease();
        boolean staysAbstinent = sim.streams.releaseOutcome.uniform(index, day) < abstinent;
        if (staysAbstinent) changeTo(sim, UseState.REMISSION, false);
        else returnToUse(sim);
    }

    // --- use and overdose (UsePhase) ---

    /** Today's use; true if the person overdosed fatally today. */
    private boolean useToday(MasonPeer sim, int day) {
        Rules r = sim.rules;
        Streams st = sim.streams;
        int i = index;
        // The state as the day's use began: an overdose referral may change the field below.
        UseState s = state;
        if (s == UseState.PRESCRIBED) return possibleOverdoseOnPrescription(sim, day);
        // Only on a use-day (drawn ahead, see UseDays) is there anything to do.
        if (r.useDayProbability[s.code] <= 0 || day != eventDay) return false;
        long draws = st.useDay.pair(i, day);
        eventDay = day + UseDays.gap(r, s.code, KeyedStream.second(draws));
        double tol = r.toleranceAfter(tolerance, day - 1 - lastUseDay);
        tol = Math.max(tol, r.medicationTolerance[s.code] * habitualDose);
        int supply = s == UseState.NONMEDICAL ? DaySupply.PILL : DaySupply.STREET;
        double dose = habitualDose * r.intakeFactor[s.code];
        double ratio = dose / tol;
        boolean dies = false;
        if (KeyedStream.first(draws) < sim.supply.overdoseChance(supply, ratio)) {
            boolean fentanyl = st.dose.uniform(i, day) < sim.supply.fentanylPartOfOverdose(supply, ratio);
            dies = PeerCascade.overdose(sim, this, s, fentanyl);
        }
        tol += r.adaptation * (dose * sim.supply.meanPotency(supply) - tol);
        tolerance = (float) tol;
        lastUseDay = day;
        return dies;
    }

    /** On prescribed opioids: only on a possible overdose day is there anything to draw (see {@link Prescriptions}). */
    private boolean possibleOverdoseOnPrescription(MasonPeer sim, int day) {
        if (day != eventDay) return false;
        Rules r = sim.rules;
        double tol = Prescriptions.tolerance(r, tolerance, lastUseDay, habitualDose, day);
        double bound = Prescriptions.bound(r, tolerance, habitualDose);
        long draws = sim.streams.prescribedOverdoseDay.pair(index, day);
        boolean dies = false;
        if (KeyedStream.first(draws) * bound < r.pharmaRisk.probability(habitualDose / tol)) {
            dies = PeerCascade.overdose(sim, this, UseState.PRESCRIBED, false);
        }
        if (state == UseState.PRESCRIBED) eventDay = day + Prescriptions.gap(bound, KeyedStream.second(draws));
        return dies;
    }

}
