package odsim.engine;

import odsim.model.UseState;

/**
 * One person, as a rule reads and writes them: the engine points a {@link ColumnPerson} at a slot
 * of its columns, a {@link PersonObject} (what the MASON peer schedules) is the person itself. Rules written against
 * this ({@link StateChanges}, {@link Transitions}, {@link Stays}, {@link UseDay},
 * {@link OverdoseCascade}, {@link CandidateDay}) are the model's one statement of what happens to a
 * person; the engine and the peer differ only in how they find who is due and where they keep them.
 *
 * <p>Numbers are stored as the engine's columns store them (float tolerance and dose; pain as
 * {@link People#stored}), so both models compute the same bits.
 */
interface Person {
    /** The key of every draw for this person (the slot index in the engine). */
    int id();

    byte state();

    int stateSince();

    /** Sets the state and the day it began (nothing else: see {@link StateChanges#enter}). */
    void setState(UseState s, int day);

    /** A use state's next use-day or possible overdose day, or the end of a stay. */
    int eventDay();

    void setEventDay(int day);

    int lastUseDay();

    void setLastUseDay(int day);

    int nextCandidateDay();

    void setNextCandidateDay(int day);

    int birthDay();

    float tolerance();

    void setTolerance(float tolerance);

    float habitualDose();

    void setHabitualDose(float dose);

    /**
     * Brings the pain drivers forward to the end of {@code day}'s recovery toward their targets
     * (the model keeps them lazily, as of some earlier day, and knows the targets: see {@link PainClock}).
     */
    void bringPainForward(int day);

    /** The pain drivers as stored (as of the last day they were brought forward to). */
    float physical();

    float emotional();

    float economic();

    void setPhysical(double level);

    void setEmotional(double level);

    void setEconomic(double level);

    boolean usesAlone();

    boolean holdsKit();

    void setHoldsKit(boolean on);

    /** Ever used street opioids: a return to use is to the street. */
    boolean streetHistory();

    void setStreetHistory();

    /** Lives within reach of an overdose prevention centre once every site is open. */
    boolean nearSite();

    void setNearSite(boolean on);

    /** Given medication in jail or prison: tolerance is held up inside. */
    boolean medicatedInCustody();

    void setMedicatedInCustody(boolean on);

    /** Asked for a treatment place when none was free; asks again each day. */
    boolean waiting();

    void setWaiting(boolean on);

    /**
     * The last day of event {@code event} ({@link odsim.results.RateCounts.Event}), or {@link
     * People#NEVER}; its window is open while the person is not in the state that closes it
     * ({@link EventWindows}).
     */
    int eventStart(int event);

    void setEventStart(int event, int day);

    /** Buys pills from dealers when misusing them, so meets counterfeits ({@link World#buysPillsFromDealers}). */
    boolean buysPillsFromDealers();

    /** Injects when using street opioids (a lifelong trait: {@link Infections}). */
    boolean injects();

    /** Lives with chronic hepatitis C. */
    boolean hasHcv();

    void setHcv(boolean on);

    /** Lives with HIV. */
    boolean hasHiv();

    void setHiv(boolean on);

    /** Carries a criminal record, which raises the economic stress pain returns to ({@link Records}). */
    boolean hasRecord();

    void setRecord(boolean on);

    /**
     * Moves the economic-stress baseline (the level the driver returns to) by {@code by}, kept in
     * [0, 1] as stored; pain must first be brought forward to the day (its target changes).
     */
    void shiftEconomicBaseline(double by);

    /** Counts an overdose (capped, as the engine's byte column is). */
    void countOverdose();
}
