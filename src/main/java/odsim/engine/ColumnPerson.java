package odsim.engine;

import odsim.model.UseState;

/**
 * The engine's {@link Person}: a cursor on one slot of the {@link People} columns. A phase keeps
 * one per thread ({@link BlockScratch#person}) and points it at each person it steps, so the
 * rules run over columns without an object per person.
 */
final class ColumnPerson implements Person {
    private People p;
    private PainClock pain;
    private int i;

    /** Points this cursor at person {@code i} of {@code sim}'s people; returns it. */
    ColumnPerson at(OverdoseSim sim, int i) {
        return on(sim).at(i);
    }

    /** Reads {@code sim}'s people from now on (a phase sets it once per block); returns this cursor. */
    ColumnPerson on(OverdoseSim sim) {
        this.p = sim.people;
        this.pain = sim.pain;
        return this;
    }

    /** Lets go of the people it read, so a finished run's columns are not kept alive by a thread's cursor. */
    void release() {
        this.p = null;
        this.pain = null;
    }

    /** Points this cursor at person {@code i} of the people it reads; returns it. */
    ColumnPerson at(int i) {
        this.i = i;
        return this;
    }

    @Override public int id() { return i; }
    @Override public byte state() { return p.state[i]; }
    @Override public int stateSince() { return p.stateSince[i]; }
    @Override public void setState(UseState s, int day) { p.enter(i, s, day); }
    @Override public int eventDay() { return p.eventDay[i]; }
    @Override public void setEventDay(int day) { p.eventDay[i] = day; }
    @Override public int lastUseDay() { return p.lastUseDay[i]; }
    @Override public void setLastUseDay(int day) { p.lastUseDay[i] = day; }
    @Override public int nextCandidateDay() { return p.nextCandidateDay[i]; }
    @Override public void setNextCandidateDay(int day) { p.nextCandidateDay[i] = day; }
    @Override public int birthDay() { return p.birthDay[i]; }
    @Override public float tolerance() { return p.tolerance[i]; }
    @Override public void setTolerance(float tolerance) { p.tolerance[i] = tolerance; }
    @Override public float habitualDose() { return p.habitualDose[i]; }
    @Override public void setHabitualDose(float dose) { p.habitualDose[i] = dose; }
    @Override public void bringPainForward(int day) { pain.bringForward(i, day); }
    @Override public float physical() { return p.physical(i); }
    @Override public float emotional() { return p.emotional(i); }
    @Override public float economic() { return p.economic(i); }
    @Override public void setPhysical(double level) { p.setDriver(i, People.PHYSICAL, People.base(level)); }
    @Override public void setEmotional(double level) { p.setDriver(i, People.EMOTIONAL, People.base(level)); }
    @Override public void setEconomic(double level) { p.setDriver(i, People.ECONOMIC, People.base(level)); }
    @Override public boolean injects() { return p.injects(i); }
    @Override public boolean hasHcv() { return p.hasHcv(i); }
    @Override public void setHcv(boolean on) { p.setMark(p.hcvBits, i, on); }
    @Override public boolean hasHiv() { return p.hasHiv(i); }
    @Override public void setHiv(boolean on) { p.setMark(p.hivBits, i, on); }
    @Override public boolean hasRecord() { return p.hasRecord(i); }
    @Override public void setRecord(boolean on) { p.setMark(p.recordBits, i, on); }
    @Override public void shiftEconomicBaseline(double by) { p.shiftEconomicBase(i, by); }
    @Override public boolean usesAlone() { return (p.flags[i] & People.FLAG_USES_ALONE) != 0; }
    @Override public boolean holdsKit() { return (p.flags[i] & People.FLAG_HOLDS_KIT) != 0; }
    @Override public void setHoldsKit(boolean on) { p.set(i, People.FLAG_HOLDS_KIT, on); }
    @Override public boolean streetHistory() { return (p.flags[i] & People.FLAG_STREET_HISTORY) != 0; }
    @Override public void setStreetHistory() { p.set(i, People.FLAG_STREET_HISTORY, true); }
    @Override public boolean nearSite() { return (p.flags[i] & People.FLAG_NEAR_SITE) != 0; }
    @Override public void setNearSite(boolean on) { p.set(i, People.FLAG_NEAR_SITE, on); }
    @Override public boolean medicatedInCustody() { return (p.flags[i] & People.FLAG_MEDICATED_IN_CUSTODY) != 0; }
    @Override public void setMedicatedInCustody(boolean on) { p.set(i, People.FLAG_MEDICATED_IN_CUSTODY, on); }
    @Override public boolean waiting() { return (p.flags[i] & People.FLAG_WAITING) != 0; }
    @Override public void setWaiting(boolean on) { p.set(i, People.FLAG_WAITING, on); }

    @Override public boolean buysPillsFromDealers() { return p.buysFromDealers(i); }
    @Override public int eventStart(int event) { return p.eventStart(i, event); }
    @Override public void setEventStart(int event, int day) { p.setEventStart(i, event, day); }

    @Override
    public void countOverdose() {
        if (p.overdoses[i] < Byte.MAX_VALUE) p.overdoses[i]++;
    }
}
