package odsim.engine;

import odsim.results.Measure;

/**
 * What the people asked of the programs yesterday, counted at the end of each day for the next
 * one: today's kits, centre visits, treatment places and safe supply slots are shared out from it
 * ({@link PolicyPhase#chances}).
 */
final class Demand {
    /** People who use opioids outside a prescription and hold no kit. */
    double usersWithoutKit;
    /** Street use-days that would have come to an overdose prevention centre with every site open. */
    double opcPotentialDemand;
    /** Safe supply clients, and requests to enrol. */
    double safeSupplyClients, safeSupplyAttempts;
    /** People in treatment, and requests for a place. */
    double inTreatment, treatmentRequests;

    /**
     * Folds the day's block tallies into {@code today} in block order (which keeps floating-point
     * sums the same whatever the thread count), clearing them; counts what tomorrow's programs
     * start from into this, and the share of people who use holding a kit into {@code w} (a
     * witness's chance of bringing one).
     */
    void foldDay(DayTally[] tallies, int blocks, double[] today, World w) {
        double users = 0, usersWithKit = 0, opc = 0, safeSupply = 0, treatment = 0;
        for (int b = 0; b < blocks; b++) {
            DayTally t = tallies[b];
            for (int m = 0; m < Measure.COUNT; m++) today[m] += t.values[m];
            users += t.users;
            usersWithKit += t.usersWithKit;
            opc += t.opcPotentialDemand;
            safeSupply += t.safeSupplyAttempts;
            treatment += t.treatmentRequests;
            t.clear();
        }
        usersWithoutKit = users - usersWithKit;
        w.kitHoldingShare = users > 0 ? usersWithKit / users : 0;
        opcPotentialDemand = opc;
        safeSupplyAttempts = safeSupply;
        safeSupplyClients = today[Measure.PEOPLE_SAFE_SUPPLY.ordinal()];
        treatmentRequests = treatment;
        inTreatment = today[Measure.PEOPLE_METHADONE.ordinal()] + today[Measure.PEOPLE_BUPRENORPHINE.ordinal()];
    }

    void copyFrom(Demand other) {
        usersWithoutKit = other.usersWithoutKit;
        opcPotentialDemand = other.opcPotentialDemand;
        safeSupplyClients = other.safeSupplyClients;
        safeSupplyAttempts = other.safeSupplyAttempts;
        inTreatment = other.inTreatment;
        treatmentRequests = other.treatmentRequests;
    }
}
