package odsim.engine;

import java.util.Arrays;
import odsim.results.Measure;

/**
 * What one block of people contributed to today's results, in agents (not yet scaled). Each
 * block has its own tally so threads never share one; tallies are summed in block order, which
 * keeps floating-point sums identical whatever the thread count.
 */
final class DayTally {
    final double[] values = new double[Measure.COUNT];
    /** People whose overdose today was fatal, resolved in the deaths phase. */
    int[] dying = new int[16];
    int dyingCount;
    /** Street use-days that would have come to an overdose prevention centre with every site open. */
    double opcPotentialDemand;
    /** People who use opioids outside a prescription, and those of them holding a kit (record phase). */
    double users, usersWithKit;
    /** People asking to enrol in safe supply today. */
    double safeSupplyAttempts;
    /** Requests for a treatment place today, granted or not. */
    double treatmentRequests;
    // Padding: tallies of neighbouring blocks are written by different threads.
    @SuppressWarnings("unused")
    private long p1, p2, p3, p4, p5, p6, p7;

    void add(Measure m, double v) {
        values[m.ordinal()] += v;
    }

    void addDying(int person) {
        if (dyingCount == dying.length) dying = Arrays.copyOf(dying, dying.length * 2);
        dying[dyingCount++] = person;
    }

    void clear() {
        Arrays.fill(values, 0.0);
        dyingCount = 0;
        opcPotentialDemand = 0;
        users = 0;
        usersWithKit = 0;
        safeSupplyAttempts = 0;
        treatmentRequests = 0;
    }
}
