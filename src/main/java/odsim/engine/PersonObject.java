package odsim.engine;

import odsim.model.UseState;
import odsim.results.Measure;

/**
 * One person kept as an object, tutorial style: attributes as fields, the whole day in
 * {@link #liveDay}, for a model that steps people one at a time ({@link ObjectModel}; the MASON
 * peer schedules one per agent). The day follows the engine's order ({@link DayPhases}) for one
 * person and steps the model's one statement of each rule: pain shocks ({@link PainShocks}),
 * state changes ({@link Transitions}), the use-day and its overdose ({@link UseDay}), the end of a
 * candidate day ({@link CandidateDay}); then the person counts itself. What is this object's own is
 * only how it keeps itself: its fields, its due day, its pain kept as of a day.
 *
 * <p>The engine steps a person only on days something is due for them (a candidate day, the
 * day's use-day or stay's end, a request for treatment to repeat: {@link People#dueDay}); this
 * person is stepped every day, as MASON steps every scheduled agent, keeps the same due day and
 * acts only on it (a job-loss shock and the day's count aside, which reach everyone).
 */
public final class PersonObject implements Person {

    /** The person's identity: the key of every draw, as the slot index is in the engine. */
    private final int index;
    private UseState state;
    private final boolean usesAlone, injects;
    private boolean hcv, hiv, record;
    private boolean holdsKit, streetHistory, nearSite, medicatedInCustody, waiting;
    private final int birthDay;
    private int stateSince, eventDay, lastUseDay, nextCandidateDay;
    /** The last day of each event ({@link EventWindows}). */
    private final int[] eventStart = new int[People.EVENTS];
    /** The day the engine next steps this person ({@link People#dueDay}); see {@link #refreshDue}. */
    private int dueDay;
    /** Pain drivers as of the end of day {@code painDay}: brought forward when read, as the engine does ({@link PainClock}). */
    private float physical, emotional, economic;
    private int painDay;
    private final float physicalBase, emotionalBase;
    /** Raised while a record is carried ({@link Records}). */
    private float economicBase;
    /**
     * The root-cause regime the stored pain drivers assume (the engine keeps it per block in
     * {@link PainClock}): the relief a reached person gets, the reach cut of {@link #rootReached},
     * and whether the person was ever marked.
     */
    private double emotionalRelief, economicRelief, reachCut = Double.NaN;
    private boolean rootReached, reachMarked;
    private float tolerance, habitualDose;
    /** Overdoses survived or not, capped as the engine's byte column is. */
    private int overdoses;
    /** The model's world, whose rules this person's pain recovers by. */
    private final World world;

    /** Person {@code i} of {@code p}, set up by the engine's own code ({@link PopulationSetup}), as an object in {@code world}. */
    PersonObject(People p, int i, World world) {
        this.world = world;
        index = i;
        state = UseState.of(p.state[i]);
        usesAlone = p.has(i, People.FLAG_USES_ALONE);
        injects = p.injects(i);
        hcv = p.hasHcv(i);
        hiv = p.hasHiv(i);
        record = p.hasRecord(i);
        holdsKit = p.has(i, People.FLAG_HOLDS_KIT);
        streetHistory = p.has(i, People.FLAG_STREET_HISTORY);
        nearSite = p.has(i, People.FLAG_NEAR_SITE);
        medicatedInCustody = p.has(i, People.FLAG_MEDICATED_IN_CUSTODY);
        waiting = p.has(i, People.FLAG_WAITING);
        birthDay = p.birthDay[i];
        stateSince = p.stateSince[i];
        eventDay = p.eventDay[i];
        for (int e = 0; e < People.EVENTS; e++) eventStart[e] = p.eventStart(i, e);
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
     * Lives today: called once a day, every day, until it returns false (the person died today).
     * Acts only on the due day, as the engine steps a person only then.
     */
    public boolean liveDay(ObjectModel model) {
        World w = model.world;
        DayTally t = model.tallyOf(index);
        int day = w.day;
        boolean due = day == dueDay;
        byte morningState = state.code;
        boolean candidateToday = due && day == nextCandidateDay;
        followRootCauses(model);
        RecordClearingLever clearing = w.rules.recordClearing;
        if (record && clearing.reachesMore(day) && clearing.newlyReached(w, index, day)) clearing.clear(w, this, day, t);
        if (candidateToday) PainShocks.onCandidateDay(w, this);
        if (PainShocks.losesJob(w, index)) PainShocks.loseJob(w, this);
        if (due) {
            if (stateChangeDue(day, candidateToday)) Transitions.step(w, this, t);
            // Died: the model resolves it after everyone's day, as the engine's death phase does.
            if (useDayToday(w.rules, day) && UseDay.use(w, this, t)) return false;
        }
        if (candidateToday && CandidateDay.close(w, this, morningState, t)) return false;
        if (due) refreshDue(w.rules, day);
        countSelf(w.rules, t);
        return true;
    }

    /**
     * The engine looks at a person's state on a candidate day outside a stay, at a stay's end, or
     * while they wait for a treatment place (not during a stay).
     */
    private boolean stateChangeDue(int day, boolean candidateToday) {
        boolean inStay = state.isCustodyOrRehab();
        return inStay ? day >= eventDay : candidateToday || waiting;
    }

    /** Today is a use-day (or, on a prescription, a possible overdose day). */
    private boolean useDayToday(Rules r, int day) {
        return r.steppedOnEventDay[state.code] == 1 && day == eventDay;
    }

    /**
     * The next day anything is scheduled for this person, once today's work is done, as
     * {@link OverdoseSim#refreshDue} sets it: the next candidate day, the state's event day (a
     * use-day, a possible overdose, a stay's end), tomorrow while waiting for a place; never
     * in the past.
     */
    void refreshDue(Rules r, int day) {
        int next = nextCandidateDay;
        if (r.hasEventDay[state.code]) next = Math.min(next, eventDay);
        if (waiting) next = Math.min(next, day + 1);
        dueDay = Math.max(next, day + 1);
    }

    /** Counts this living person at the day's end, as {@link RecordPhase} counts its census. */
    void countSelf(Rules r, DayTally t) {
        t.add(RecordPhase.PEOPLE_BY_STATE[state.ordinal()], 1);
        t.add(Measure.POPULATION, 1);
        if (holdsKit) t.add(Measure.KIT_HOLDERS, 1);
        if (medicatedInCustody) t.add(Measure.MEDICATED_IN_CUSTODY, 1);
        if (waiting) t.add(Measure.WAITING_FOR_TREATMENT, 1);
        if (hcv) t.add(Measure.PEOPLE_WITH_HCV, 1);
        if (hiv) t.add(Measure.PEOPLE_WITH_HIV, 1);
        if (record) t.add(Measure.PEOPLE_WITH_RECORD, 1);
        if (injects && state.meetsStreetSupply()) {
            t.add(Measure.PEOPLE_INJECTING, 1);
            if (!hcv) world.rates.atRisk(Infections.HCV, state.code, 1, world.day);
            if (!hiv) world.rates.atRisk(Infections.HIV, state.code, 1, world.day);
        }
        // People who use (outside a prescription) and those holding a kit: tomorrow's kit
        // programme and witnesses start from them.
        if (r.usesOpioids[state.code]) {
            t.users++;
            if (holdsKit) t.usersWithKit++;
        }
    }

    public boolean alive() {
        return state.code < UseState.DEAD_OVERDOSE.code;
    }

    // --- pain: kept as of a day, brought forward when read (as the engine's PainClock) ---

    /**
     * Root-cause programs lower the targets pain returns to for the people they reach. When the
     * day's regime differs from the one this person's stored drivers assume, they are first
     * brought forward to yesterday under the old one ({@link PainClock#enterDay}).
     */
    private void followRootCauses(ObjectModel model) {
        double emotional = model.rootEmotionalRelief, economic = model.rootEconomicRelief, cut = model.rootReachCut;
        boolean on = model.rootCausesOn;
        boolean reliefMoves = emotional != emotionalRelief || economic != economicRelief;
        boolean reachMoves = on && (Double.compare(cut, reachCut) != 0 || !reachMarked);
        if (!reliefMoves && !reachMoves) return;
        if (reliefMoves || Double.compare(cut, reachCut) != 0) recover(world.rules, world.day - 1);
        emotionalRelief = emotional;
        economicRelief = economic;
        if (on) {
            // Reached or not is a lifelong uniform against the day's cut.
            rootReached = RootCausesLever.reached(world, index, cut);
            reachCut = cut;
            reachMarked = true;
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

    // --- the person as the rules read and write them ---

    @Override public void bringPainForward(int day) { recover(world.rules, day); }
    @Override public int id() { return index; }
    @Override public byte state() { return state.code; }
    @Override public int stateSince() { return stateSince; }

    @Override
    public void setState(UseState s, int day) {
        state = s;
        stateSince = day;
    }

    @Override public int eventDay() { return eventDay; }
    @Override public void setEventDay(int day) { eventDay = day; }
    @Override public boolean buysPillsFromDealers() { return world.buysPillsFromDealers(index); }
    @Override public int eventStart(int event) { return eventStart[event]; }
    @Override public void setEventStart(int event, int day) { eventStart[event] = day; }
    @Override public int lastUseDay() { return lastUseDay; }
    @Override public void setLastUseDay(int day) { lastUseDay = day; }
    @Override public int nextCandidateDay() { return nextCandidateDay; }
    @Override public void setNextCandidateDay(int day) { nextCandidateDay = day; }
    @Override public int birthDay() { return birthDay; }
    @Override public float tolerance() { return tolerance; }
    @Override public void setTolerance(float tolerance) { this.tolerance = tolerance; }
    @Override public float habitualDose() { return habitualDose; }
    @Override public void setHabitualDose(float dose) { habitualDose = dose; }
    @Override public float physical() { return physical; }
    @Override public float emotional() { return emotional; }
    @Override public float economic() { return economic; }
    @Override public void setPhysical(double level) { physical = People.stored(level); }
    @Override public void setEmotional(double level) { emotional = People.stored(level); }
    @Override public void setEconomic(double level) { economic = People.stored(level); }
    @Override public boolean usesAlone() { return usesAlone; }
    @Override public boolean holdsKit() { return holdsKit; }
    @Override public void setHoldsKit(boolean on) { holdsKit = on; }
    @Override public boolean streetHistory() { return streetHistory; }
    @Override public void setStreetHistory() { streetHistory = true; }
    @Override public boolean nearSite() { return nearSite; }
    @Override public void setNearSite(boolean on) { nearSite = on; }
    @Override public boolean medicatedInCustody() { return medicatedInCustody; }
    @Override public void setMedicatedInCustody(boolean on) { medicatedInCustody = on; }
    @Override public boolean waiting() { return waiting; }
    @Override public void setWaiting(boolean on) { waiting = on; }
    @Override public boolean injects() { return injects; }
    @Override public boolean hasHcv() { return hcv; }
    @Override public void setHcv(boolean on) { hcv = on; }
    @Override public boolean hasHiv() { return hiv; }
    @Override public void setHiv(boolean on) { hiv = on; }
    @Override public boolean hasRecord() { return record; }
    @Override public void setRecord(boolean on) { record = on; }
    @Override public void shiftEconomicBaseline(double by) { economicBase = People.stored(economicBase + by); }

    @Override
    public void countOverdose() {
        if (overdoses < Byte.MAX_VALUE) overdoses++;
    }

    public int overdoses() {
        return overdoses;
    }
}
