package odsim.engine;

import odsim.results.Measure;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;

/**
 * One person of the {@link MasonPeer}, MASON-tutorial style: attributes as fields, the whole
 * day in {@link #step}. Each part below mirrors one engine phase for one person, in the
 * engine's order ({@link DayPhases}): pain ({@link PainPhase}, {@link PainClock}), state changes
 * ({@link TransitionPhase}), use and overdose ({@link UsePhase}, {@link PeerCascade}), deaths
 * ({@link DeathPhase}), then the person counts itself ({@link RecordPhase}). Numeric types match
 * the engine's columns (float pain, tolerance and dose) so the arithmetic, and the results, are
 * the same. Every policy lever is here, read from the same {@link Rules} the engine reads; the
 * day's program capacities come from {@link PeerPolicy}.
 *
 * <p>The engine steps a person only on days something is due for them (a candidate day, the
 * day's use-day or stay's end, a request for treatment to repeat: {@link People#dueDay}); this
 * agent is stepped every day, as MASON steps every scheduled agent, keeps the same due day and
 * acts only on it (a job-loss shock and the day's count aside, which reach everyone).
 */
final class PersonAgent implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final double YEARS_PER_DAY = 1 / odsim.model.Rates.DAYS_PER_YEAR;

    /** The person's identity: the key of every draw, as the slot index is in the engine. */
    final int index;
    UseState state;
    boolean male, usesAlone, holdsKit, streetHistory;
    /** Lives within reach of an overdose prevention centre once every site is open (a lifelong draw, as {@link People#FLAG_NEAR_SITE}). */
    boolean nearSite;
    /** Given methadone in jail or prison: tolerance is held up inside ({@link People#FLAG_MEDICATED_IN_CUSTODY}). */
    boolean medicatedInCustody;
    /** Asked for a treatment place when none was free; asks again each day ({@link People#FLAG_WAITING}). */
    boolean waiting;
    int birthDay, stateSince, eventDay, releaseDay, lastUseDay, nextCandidateDay;
    /** The day the engine next steps this person ({@link People#dueDay}); see {@link #refreshDue}. */
    int dueDay;
    /** Pain drivers as of the end of day {@code painDay}: brought forward when read, as the engine does ({@link PainClock}). */
    float physical, emotional, economic;
    int painDay;
    final float physicalBase, emotionalBase, economicBase;
    /**
     * The root-cause regime the stored pain drivers assume (the engine keeps it per block in
     * {@link PainClock}): the relief a reached person gets, the reach cut of {@link #rootReached},
     * and whether the person was ever marked.
     */
    double emotionalRelief, economicRelief, reachCut = Double.NaN;
    boolean rootReached, reachMarked;
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
        nearSite = p.has(i, People.FLAG_NEAR_SITE);
        medicatedInCustody = p.has(i, People.FLAG_MEDICATED_IN_CUSTODY);
        waiting = p.has(i, People.FLAG_WAITING);
        birthDay = p.birthDay[i];
        stateSince = p.stateSince[i];
        eventDay = p.eventDay[i];
        releaseDay = p.releaseDay[i];
        lastUseDay = p.lastUseDay[i];
        nextCandidateDay = p.nextCandidateDay[i];
        dueDay = p.dueDay[i];
        physical = p.physical(i);
        emotional = p.emotional(i);
        economic = p.economic(i);
        painDay = p.painDay(i);
        physicalBase = p.physicalBase(i);
        emotionalBase = p.emotionalBase(i);
        economicBase = p.economicBase(i);
        tolerance = p.tolerance[i];
        habitualDose = p.habitualDose[i];
        overdoses = p.overdoses[i];
    }

    /**
     * The day-0 population of {@code donor} (set up by the engine's own code, not a copy), as
     * agents, so that any difference the equality test finds is in the day.
     */
    static PersonAgent[] from(People people) {
        PersonAgent[] agents = new PersonAgent[people.size];
        for (int i = 0; i < agents.length; i++) agents[i] = new PersonAgent(people, i);
        return agents;
    }

    @Override
    public void step(SimState simState) {
        MasonPeer sim = (MasonPeer) simState;
        int day = sim.day;
        Rules r = sim.rules;
        // Only on its due day does the engine look at a person at all (beyond a job-loss shock
        // and the day's count), so only then does this agent act.
        boolean due = day == dueDay;
        // Today's candidate day (if it is one) came at this morning's state's rate: its q thins
        // today's rare events, whatever state the day ends in.
        double q = r.perCandidate[state.code];
        boolean candidateToday = due && day == nextCandidateDay;
        followRootCauses(sim, day);
        feelPain(sim, day, candidateToday);
        if (due) {
            changeState(sim, day, candidateToday);
            if (useToday(sim, day)) {
                // Resolved after the whole use-day, as the engine's death phase resolves it.
                die(UseState.DEAD_OVERDOSE, day);
                sim.died(index, odsim.model.LifeTable.yearsLeftAt(day, birthDay));
                return;
            }
        }
        if (candidateToday) {
            // The candidate clock ticks after the day's changes, at the rate of the state the day ends in.
            nextCandidateDay = day + r.daysToNextCandidate(state.code, sim.streams.candidate.uniform(index, day));
            if (holdsKit && sim.streams.kitLoss.uniform(index, day) < r.kitLoss * q) holdsKit = false;
            int age = Math.min(120, Math.max(0, (int) ((day - birthDay) * YEARS_PER_DAY)));
            double chance = state == UseState.STREET ? r.otherDeathStreetByAge[age] : r.otherDeathByAge[age];
            if (sim.streams.otherDeath.uniform(index, day) < chance * q) {
                die(UseState.DEAD_OTHER, day);
                sim.add(Measure.OTHER_CAUSE_DEATHS, 1);
                return;
            }
        }
        if (due) refreshDue(r, day);
        countSelf(sim);
    }

    /**
     * The next day anything is scheduled for this person, once today's work is done, as
     * {@link OverdoseSim#refreshDue} sets it: the next candidate day, the state's event day (a
     * use-day, a possible overdose, a stay's end), tomorrow while waiting for a place; never
     * in the past.
     */
    private void refreshDue(Rules r, int day) {
        int next = nextCandidateDay;
        if (r.hasEventDay[state.code]) next = Math.min(next, eventDay);
        if (waiting) next = Math.min(next, day + 1);
        dueDay = Math.max(next, day + 1);
    }

    /** Counts this living person at the day's end, as {@link RecordPhase} counts its census. */
    private void countSelf(MasonPeer sim) {
        sim.add(MasonPeer.PEOPLE_BY_STATE[state.ordinal()], 1);
        sim.add(Measure.POPULATION, 1);
        if (holdsKit) sim.add(Measure.KIT_HOLDERS, 1);
        if (medicatedInCustody) sim.add(Measure.MEDICATED_IN_CUSTODY, 1);
        if (waiting) sim.add(Measure.WAITING_FOR_TREATMENT, 1);
        // People who use (outside a prescription) and those holding a kit: tomorrow's kit
        // programme and witnesses start from them.
        if (sim.rules.usesOpioids[state.code]) {
            sim.users++;
            if (holdsKit) sim.usersWithKit++;
        }
    }

    private void die(UseState how, int day) {
        enter(how, day);
        stopper.stop();
    }

    // --- pain (PainPhase, PainClock) ---

    /**
     * Root-cause programs lower the targets pain returns to for the people they reach. When the
     * day's regime differs from the one this person's stored drivers assume, they are first
     * brought forward to yesterday under the old one ({@link PainClock#enterDay}).
     */
    private void followRootCauses(MasonPeer sim, int day) {
        double emotional = sim.rootEmotionalRelief, economic = sim.rootEconomicRelief, cut = sim.rootReachCut;
        boolean on = sim.rootCausesOn;
        boolean reliefMoves = emotional != emotionalRelief || economic != economicRelief;
        boolean reachMoves = on && (Double.compare(cut, reachCut) != 0 || !reachMarked);
        if (!reliefMoves && !reachMoves) return;
        if (reliefMoves || Double.compare(cut, reachCut) != 0) recover(sim.rules, day - 1);
        emotionalRelief = emotional;
        economicRelief = economic;
        if (on) {
            // Reached or not is a lifelong uniform against the day's cut.
            rootReached = sim.streams.rootCausesReach.uniform(index, 0) < cut;
            reachCut = cut;
            reachMarked = true;
        }
    }

    private void feelPain(MasonPeer sim, int day, boolean candidateToday) {
        Rules r = sim.rules;
        if (candidateToday) {
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

    /** Recovery toward the targets (baselines, less root-cause relief if reached) up to the end of {@code day}. */
    private void recover(Rules r, int day) {
        int days = day - painDay;
        if (days <= 0) return;
        float reached = rootReached ? 1f : 0f;
        physical = People.stored(PainClock.relaxed(physical, physicalBase, r.physicalKept(days)));
        emotional = People.stored(PainClock.relaxed(emotional, Math.max(0f, emotionalBase - (float) emotionalRelief * reached),
                r.emotionalKept(days)));
        economic = People.stored(PainClock.relaxed(economic, Math.max(0f, economicBase - (float) economicRelief * reached),
                r.economicKept(days)));
        painDay = day;
    }

    private double drive(MasonPeer sim) {
        var w = sim.scenario.pain();
        return w.physicalWeight() * physical + w.emotionalWeight() * emotional + w.economicWeight() * economic;
    }

    // --- state changes (TransitionPhase) ---

    private void changeState(MasonPeer sim, int day, boolean candidateToday) {
        boolean inStay = state.isCustodyOrRehab();
        boolean stayEnds = inStay && day >= eventDay;
        // The engine looks at a person here on a candidate day outside a stay, at a stay's end,
        // or while they wait for a treatment place (not during a stay).
        if (!(stayEnds || (!inStay && (candidateToday || waiting)))) return;
        if (waiting && askAgain(sim, day)) return;
        if (inStay ? stayEnds : candidateToday) transition(sim, day);
    }

    /**
     * A person waiting for a treatment place asks again today while still using; true if they
     * started. Waiting ends with any other change (remission, custody, a place).
     */
    private boolean askAgain(MasonPeer sim, int day) {
        if (state != UseState.NONMEDICAL && state != UseState.STREET) {
            waiting = false;
            return false;
        }
        requestTreatment(sim, day, false);
        return !waiting;
    }

    private void transition(MasonPeer sim, int day) {
        Streams st = sim.streams;
        Rules r = sim.rules;
        var pol = sim.scenario.policies();
        int i = index;
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
                // Prescribing restrictions end prescriptions faster; some people cut off turn to other supply.
                double restricted = r.prescribingLevel[day];
                if (st.prescriptionEnd.uniform(i, day) < (r.prescriptionEnd.daily(drive) + r.extraPrescriptionEnd * restricted) * q) {
                    if (restricted > 0 && st.cutOff.uniform(i, day) < pol.prescribing().turnToNonmedical() * restricted) {
                        moveToUse(sim, UseState.NONMEDICAL);
                        sim.add(Measure.INITIATIONS, 1);
                    } else {
                        changeTo(sim, UseState.NO_USE, false);
                    }
                } else if (st.misuse.uniform(i, day) < r.misuse.daily(drive) * q) {
                    moveToUse(sim, UseState.NONMEDICAL);
                    sim.add(Measure.INITIATIONS, 1);
                }
            }
            case NONMEDICAL, STREET -> {
                boolean street = state == UseState.STREET;
                double drive = drive(sim);
                // Arrests follow policing intensity and stop where possession is decriminalized;
                // decriminalization also brings more people to treatment.
                double arrestChance = (street ? r.streetArrest : r.nonmedicalArrest) * r.policingIntensity[day]
                        * (1 - r.decriminalization[day]);
                double treatmentChance = r.treatmentStart
                        * (1 + r.decriminalization[day] * pol.decriminalization().moreTreatmentSeeking())
                        + r.extraTreatmentStart * r.medicationLevel[day];
                double rehabChance = r.rehabAdmission + r.extraRehabAdmission * r.abstinenceLevel[day];
                double safeSupply = street ? r.safeSupplyEnrolment * r.safeSupplyLevel[day] : 0;
                if (st.arrest.uniform(i, day) < arrestChance * q) {
                    arrest(sim, day);
                } else if (st.treatmentStart.uniform(i, day) < treatmentChance * q) {
                    requestTreatment(sim, day, false);
                } else if (st.rehabAdmission.uniform(i, day) < rehabChance * q) {
                    admitToRehab(sim);
                } else if (safeSupply > 0 && st.safeSupplyEnrol.uniform(i, day, 0) < safeSupply * q) {
                    // Asks to enrol; gets in when the program has room today.
                    sim.safeSupplyAttemptsToday++;
                    if (st.safeSupplyEnrol.uniform(i, day, 1) < sim.safeSupplyAdmitChance) {
                        changeTo(sim, UseState.SAFE_SUPPLY, false);
                        sim.add(Measure.SAFE_SUPPLY_STARTS, 1);
                    }
                } else if (!street && st.escalation.uniform(i, day) < r.escalation.daily(drive) * q) {
                    moveToUse(sim, UseState.STREET);
                    sim.add(Measure.ESCALATIONS, 1);
                } else if (st.cessation.uniform(i, day) < (street ? r.streetCessation : r.nonmedicalCessation).daily(drive) * q) {
                    changeTo(sim, UseState.REMISSION, false);
                    sim.add(Measure.CESSATIONS, 1);
                }
            }
            case METHADONE, BUPRENORPHINE -> {
                double dropout = (state == UseState.METHADONE ? r.methadoneDropout : r.buprenorphineDropout)
                        * (1 - pol.medication().lessDropout() * r.medicationLevel[day]);
                if (st.treatmentDropout.uniform(i, day) < dropout * q) {
                    returnToUse(sim);
                    sim.add(Measure.TREATMENT_EXITS, 1);
                }
            }
            case SAFE_SUPPLY -> {
                // Clients leave at the delivery model's dropout rate, and all leave if the program closes.
                if (r.safeSupplyLevel[day] <= 0 || st.safeSupplyEnrol.uniform(i, day, 2) < r.safeSupplyDropout * q) {
                    moveToUse(sim, UseState.STREET);
                }
            }
            case REHAB, JAIL, PRISON -> release(sim, day);
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
     * (a prescription's tolerance, the tolerance medication held), the new state's first use-day
     * drawn (today or later, or tomorrow or later if the person used today), and candidate days
     * drawn again if the new state has another rate.
     */
    void changeTo(MasonPeer sim, UseState s, boolean usedToday) {
        Rules r = sim.rules;
        int day = sim.day;
        if (state == UseState.PRESCRIBED) endPrescription(r, day, usedToday);
        else if (r.medicationTolerance[state.code] > 0) settleHeldTolerance(r, day, r.medicationTolerance[state.code]);
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

    /** Tolerance held up by medication through yesterday, stored as of yesterday (as {@link OverdoseSim#settleHeldTolerance}). */
    private void settleHeldTolerance(Rules r, int day, double heldShare) {
        tolerance = (float) Math.max(r.toleranceAfter(tolerance, day - 1 - lastUseDay), heldShare * habitualDose);
        lastUseDay = day - 1;
    }

    private void moveToUse(MasonPeer sim, UseState s) {
        // The dose is raised after the old state is settled (a prescription's tolerance follows the old dose).
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

    /**
     * A request for methadone or buprenorphine (any path: seeking it, a referral after an
     * overdose or from a centre, diversion, continuing custody medication): it starts when a
     * place is free today, otherwise the person waits and asks again each day
     * ({@link OverdoseCascade#startTreatment}).
     */
    void requestTreatment(MasonPeer sim, int day, boolean usedToday) {
        sim.treatmentRequestsToday++;
        double admit = sim.treatmentAdmitChance;
        if (admit < 1.0 && sim.streams.treatmentPlace.uniform(index, day) >= admit) {
            waiting = true;
            return;
        }
        waiting = false;
        boolean methadone = sim.streams.treatmentKind.uniform(index, day) < sim.scenario.treatment().methadoneShare();
        changeTo(sim, methadone ? UseState.METHADONE : UseState.BUPRENORPHINE, usedToday);
        streetHistory = true;
        sim.add(Measure.TREATMENT_STARTS, 1);
    }

    private void admitToRehab(MasonPeer sim) {
        startStay(sim, UseState.REHAB, sim.scenario.rehab().meanStayDays(), 0);
        sim.add(Measure.REHAB_ADMISSIONS, 1);
    }

    private void arrest(MasonPeer sim, int day) {
        var pol = sim.scenario.policing();
        var policies = sim.scenario.policies();
        Streams st = sim.streams;
        sim.add(Measure.ARRESTS, 1);
        sim.add(Measure.COST_POLICING, sim.scenario.costs().arrest());
        // Police diversion: case management and treatment instead of custody.
        double diverted = sim.rules.diversion[day];
        if (diverted > 0 && st.diversion.uniform(index, day, 0) < diverted) {
            sim.add(Measure.DIVERSIONS, 1);
            sim.add(Measure.COST_DIVERSION, policies.policing().costPerDiversion());
            if (st.diversion.uniform(index, day, 1) < policies.policing().treatmentAfterDiversion()) requestTreatment(sim, day, false);
            return;
        }
        // Courts may mandate rehab instead of a sentence.
        double mandated = policies.abstinence().courtMandated() * sim.rules.abstinenceLevel[day];
        if (mandated > 0 && st.courtMandate.uniform(index, day) < mandated) {
            sim.add(Measure.COURT_MANDATED_REHAB, 1);
            admitToRehab(sim);
            return;
        }
        boolean prison = st.sentence.uniform(index, day) < pol.prisonShare();
        startStay(sim, prison ? UseState.PRISON : UseState.JAIL, prison ? pol.meanPrisonDays() : pol.meanJailDays(), 1);
        double medicated = policies.medication().inCustody() * sim.rules.medicationLevel[day];
        if (medicated > 0 && st.medicationInCustody.uniform(index, day, 0) < medicated) medicatedInCustody = true;
        economic = People.stored(economic + (float) pol.economicShockAtArrest());
    }

    /** A stay of random length with the given mean (at least one day), ending on {@code eventDay}. */
    private void startStay(MasonPeer sim, UseState s, double meanDays, int draw) {
        double u = sim.streams.stayLength.uniform(index, sim.day, draw);
        int length = 1 + (int) (-(meanDays - 1) * Math.log(u));
        changeTo(sim, s, false);
        eventDay = sim.day + length;
    }

    private void release(MasonPeer sim, int day) {
        releaseDay = day;
        sim.add(Measure.RELEASES, 1);
        if (medicatedInCustody) {
            // Medication held tolerance up inside, through yesterday; some carry on outside.
            settleHeldTolerance(sim.rules, day, sim.rules.custodyMedicationTolerance);
            medicatedInCustody = false;
            if (sim.streams.medicationInCustody.uniform(index, day, 1) < sim.scenario.policies().medication().continueAfterRelease()) {
                UseState inside = state;
                requestTreatment(sim, day, false);
                if (state != inside) return;
                // Every place is taken: released like anyone else, and asking again each day.
            }
        }
        double abstinent = state == UseState.REHAB ? 1 - sim.scenario.rehab().useAgainAtDischarge()
                : sim.scenario.policing().remissionAfterRelease();
        boolean staysAbstinent = sim.streams.releaseOutcome.uniform(index, day) < abstinent;
        if (staysAbstinent) changeTo(sim, UseState.REMISSION, false);
        else returnToUse(sim);
    }

    // --- use and overdose (UsePhase) ---

    private static final int NOTHING = 0, DISCARD = 1, USE_LESS = 2, USE_WITH_OTHERS = 3;

    /** Today's use; true if the person overdosed fatally today. */
    private boolean useToday(MasonPeer sim, int day) {
        Rules r = sim.rules;
        Streams st = sim.streams;
        int i = index;
        // The state as the day's use began: a referral may change the field below.
        UseState s = state;
        if (s == UseState.PRESCRIBED) return possibleOverdoseOnPrescription(sim, day);
        // Only on a use-day (drawn ahead, see UseDays) is there anything to do.
        if (r.useDayProbability[s.code] <= 0 || day != eventDay) return false;
        if (sim.kitChance > 0) receiveKit(sim, day);
        long draws = st.useDay.pair(i, day);
        eventDay = day + UseDays.gap(r, s.code, KeyedStream.second(draws));
        double held = medicatedInCustody ? r.custodyMedicationTolerance : r.medicationTolerance[s.code];
        double tol = Math.max(r.toleranceAfter(tolerance, day - 1 - lastUseDay), held * habitualDose);
        int supply = supplyOf(sim, s, day);
        DaySupply today = sim.supply;
        boolean street = supply == DaySupply.STREET;
        boolean supervised = street && (s == UseState.STREET || s == UseState.SAFE_SUPPLY) && atSite(sim, day);
        // Buprenorphine's blockade blunts a street dose taken on top of it.
        double dose = habitualDose * r.intakeFactor[s.code];
        double ratio = dose / tol;
        double overdoseChance;
        boolean withOthers = false, checked = false, checkedFentanyl = false;
        // Drug checking looks at street batches and pills bought for non-medical use.
        if (supply != DaySupply.PHARMA && r.drugCheckingLevel[day] > 0 && isChecked(sim, day)) {
            // The checked batch is drawn and known: its own chance, not the average over batches.
            long batch = st.dose.pair(i, day);
            checked = true;
            checkedFentanyl = today.batchIsFentanyl(supply, KeyedStream.first(batch));
            double logPotency = today.batchLogPotency(supply, KeyedStream.first(batch), KeyedStream.second(batch));
            int action = actOnResult(sim, day, logPotency - today.marketLogPotency);
            if (action == DISCARD) return false; // not used: tolerance and last use stay as they were
            if (action == USE_LESS) dose *= 0.5;
            withOthers = action == USE_WITH_OTHERS;
            ratio = dose / tol;
            overdoseChance = r.risk.probability(ratio * Math.exp(logPotency));
        } else {
            overdoseChance = today.overdoseChance(supply, ratio);
        }
        boolean dies = false;
        if (KeyedStream.first(draws) < overdoseChance) {
            boolean fentanyl = checked ? checkedFentanyl
                    : supply != DaySupply.PHARMA && st.dose.uniform(i, day) < today.fentanylPartOfOverdose(supply, ratio);
            dies = supervised ? PeerCascade.overdoseAtSite(sim, this, s, fentanyl)
                    : PeerCascade.overdose(sim, this, s, fentanyl, withOthers);
        }
        tol += r.adaptation * (dose * today.meanPotency(supply) - tol);
        // Staff at a centre refer some visitors to treatment (even one who dies today, as the engine does).
        if (supervised && st.opcReferral.uniform(i, day) < sim.scenario.policies().opc().treatmentReferralPerVisit()) {
            requestTreatment(sim, day, true);
        }
        tolerance = (float) tol;
        lastUseDay = day;
        return dies;
    }

    /**
     * Naloxone distribution reaches people who use and hold no kit at their use-days, with
     * chance p / u for a daily chance p and a use-day chance u ({@link UsePhase}).
     */
    private void receiveKit(MasonPeer sim, int day) {
        Rules r = sim.rules;
        if (r.usesOpioids[state.code] && !holdsKit
                && sim.streams.kitGiven.uniform(index, day) * r.useDayProbability[state.code] < sim.kitChance) {
            holdsKit = true;
            sim.add(Measure.KITS_DISTRIBUTED, 1);
            sim.add(Measure.COST_NALOXONE, sim.scenario.policies().naloxone().costPerKit());
        }
    }

    /** Which supply today's use-day takes: safe supply clients take most from a known pharmaceutical supply. */
    private int supplyOf(MasonPeer sim, UseState s, int day) {
        if (s == UseState.NONMEDICAL) return DaySupply.PILL;
        if (s == UseState.SAFE_SUPPLY
                && sim.streams.safeSupplyDays.uniform(index, day) < sim.scenario.policies().safeSupply().replacedShare()) {
            return DaySupply.PHARMA;
        }
        return DaySupply.STREET;
    }

    /**
     * Whether today's street use-day happens at an overdose prevention centre: the person lives
     * within reach of a site, chooses it for this use-day, and there is room today.
     */
    private boolean atSite(MasonPeer sim, int day) {
        Rules r = sim.rules;
        if (!r.opcConfigured) return false;
        var opc = sim.scenario.policies().opc();
        if (!nearSite || sim.streams.opcVisit.uniform(index, day, 0) >= opc.useDaysAtSite()) return false;
        // Would come if every site were open: tomorrow's room is shared out from this count.
        sim.opcPotentialDemandToday++;
        if (sim.streams.opcReach.uniform(index, 0) >= opc.reach() * r.opcLevel[day]
                || sim.streams.opcVisit.uniform(index, day, 1) >= sim.opcAdmitChance) {
            return false;
        }
        sim.add(Measure.OPC_VISITS, 1);
        return true;
    }

    /** Whether this use-day's batch is checked (coverage of drug checking today). */
    private boolean isChecked(MasonPeer sim, int day) {
        var dc = sim.scenario.policies().drugChecking();
        if (sim.streams.drugCheck.uniform(index, day, 0) >= dc.coverage() * sim.rules.drugCheckingLevel[day]) return false;
        sim.add(Measure.DRUG_CHECKS, 1);
        sim.add(Measure.COST_DRUG_CHECKING, dc.costPerCheck());
        return true;
    }

    /** What the person does with a batch flagged far stronger than the market's usual one. */
    private int actOnResult(MasonPeer sim, int day, double logDeviation) {
        if (logDeviation <= sim.rules.logStrongBatch) return NOTHING;
        var dc = sim.scenario.policies().drugChecking();
        sim.add(Measure.STRONG_RESULTS, 1);
        double u = sim.streams.drugCheck.uniform(index, day, 1);
        if (u < dc.discard()) return DISCARD;
        if (u < dc.discard() + dc.useLess()) return USE_LESS;
        if (u < dc.discard() + dc.useLess() + dc.useWithOthers()) return USE_WITH_OTHERS;
        return NOTHING;
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
            dies = PeerCascade.overdose(sim, this, UseState.PRESCRIBED, false, false);
        }
        // Unless a referral moved them to treatment, the next possible day.
        if (state == UseState.PRESCRIBED) eventDay = day + Prescriptions.gap(bound, KeyedStream.second(draws));
        return dies;
    }
}
