package odsim.gui;

import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import odsim.engine.OverdoseSim;
import odsim.engine.People;
import odsim.model.UseState;
import odsim.scenario.Scenario;

/**
 * Finds a person worth following in a run, by replaying it to the end: someone who dies of an
 * overdose, or someone released from jail or prison who dies of an overdose soon after. The
 * choice is the lowest-numbered such person after a given number (wrapping round), so asking
 * again after each story walks through everyone who fits, the same way every time for a seed.
 */
final class StoryFinder {
    /** Deaths this soon after a release from custody count as "after release". */
    static final int SOON_AFTER_RELEASE = 30;

    enum Wanted { DIED_OF_OVERDOSE, RELEASED_FROM_JAIL }

    private int[] lastRelease = new int[0], deathDay = new int[0];
    private byte[] yesterday = new byte[0];

    private StoryFinder() {}

    /**
     * The person to follow, dying of an overdose on or after {@code fromDay} so the class can
     * still watch it happen (for {@link Wanted#RELEASED_FROM_JAIL}: within
     * {@link #SOON_AFTER_RELEASE} days of a release from jail or prison; failing that, someone
     * released from today on, or ever); -1 if the run has no one like that (or the search was
     * cancelled).
     */
    static int find(Scenario scenario, long seed, List<LeverChange> changes, Wanted wanted, int fromDay, BooleanSupplier cancelled) {
        return find(scenario, seed, changes, wanted, fromDay, -1, cancelled);
    }

    /** As {@link #find(Scenario, long, List, Wanted, int, BooleanSupplier)}, the first such person numbered above {@code after}, wrapping round. */
    static int find(Scenario scenario, long seed, List<LeverChange> changes, Wanted wanted, int fromDay, int after,
                    BooleanSupplier cancelled) {
        StoryFinder f = new StoryFinder();
        if (!Replay.run(scenario, seed, changes, Integer.MAX_VALUE, sim -> { }, f::track, cancelled)) return -1;
        int n = f.deathDay.length;
        int releasedLater = -1, releasedEver = -1;
        for (int k = 0; k < n; k++) {
            int i = (after + 1 + k) % n;
            boolean diesLater = f.deathDay[i] >= fromDay;
            if (wanted == Wanted.DIED_OF_OVERDOSE && diesLater) return i;
            if (wanted == Wanted.RELEASED_FROM_JAIL && f.lastRelease[i] >= 0) {
                if (diesLater && f.deathDay[i] - f.lastRelease[i] <= SOON_AFTER_RELEASE) return i;
                if (releasedLater < 0 && f.lastRelease[i] >= fromDay) releasedLater = i;
                if (releasedEver < 0) releasedEver = i;
            }
        }
        return releasedLater >= 0 ? releasedLater : releasedEver;
    }

    /** After each day: who left jail or prison today, who died of an overdose today. */
    private void track(OverdoseSim sim) {
        People people = sim.people();
        int n = people.size(), day = sim.day() - 1;
        if (deathDay.length < n) {
            int old = deathDay.length;
            lastRelease = Arrays.copyOf(lastRelease, n);
            deathDay = Arrays.copyOf(deathDay, n);
            yesterday = Arrays.copyOf(yesterday, n);
            Arrays.fill(lastRelease, old, n, -1);
            Arrays.fill(deathDay, old, n, -1);
        }
        for (int i = 0; i < n; i++) {
            UseState now = people.state(i);
            byte was = yesterday[i];
            if ((was == UseState.JAIL.code || was == UseState.PRISON.code) && now != UseState.JAIL && now != UseState.PRISON && !now.isDead()) {
                lastRelease[i] = day;
            }
            if (now == UseState.DEAD_OVERDOSE && was != UseState.DEAD_OVERDOSE.code) deathDay[i] = day;
            yesterday[i] = now.code;
        }
    }
}
