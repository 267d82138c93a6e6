package odsim.engine;

import odsim.model.UseState;

/**
 * One person at the end of a day, read from the columns: what a person's story is made of.
 *
 * @param stateSince day the current state began
 * @param stayUntil day a stay in rehab, jail or prison ends (meaningful in those states)
 * @param releaseDay last day released from custody or discharged from rehab (very negative if never)
 * @param toleranceShare tolerance today as a share of the person's habitual dose (1 = fully used to it)
 * @param physical physical pain driver, 0-1
 * @param emotional emotional pain driver, 0-1
 * @param economic economic stress driver, 0-1
 */
public record PersonSnapshot(int index, UseState state, int stateSince, int stayUntil, int releaseDay, int overdoses,
                             double toleranceShare, double physical, double emotional, double economic, double age,
                             boolean male, boolean holdsKit, boolean medicatedInCustody, boolean waitingForTreatment,
                             boolean tendsToUseAlone) {}
