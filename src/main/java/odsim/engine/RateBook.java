package odsim.engine;

import java.util.concurrent.atomic.AtomicLongArray;
import odsim.model.UseState;
import odsim.results.RateCounts;

/**
 * Counts, in agents, what overdose rates are computed from ({@link RateCounts}): overdoses by the
 * state the day's use began in and calendar year, and overdoses and person-days by time since an
 * event ({@link EventWindows}). Only days of the horizon count. Written by the rules from any
 * block's thread: the counts are whole numbers added atomically, so their sums do not depend on
 * the order threads add them in, and the events counted are rare (overdoses, releases, treatment
 * starts and exits), so threads seldom meet here.
 */
final class RateBook {
    private static final int STATES = UseState.ALL.length, WINDOWS = RateCounts.WINDOWS.length, EVENTS = RateCounts.Event.ALL.length;

    private final int warmUpDays, days, firstYear;
    /** Calendar year index of each engine day ({@code -1} in the warm-up). */
    private final int[] yearOf;
    private final int years;
    private final AtomicLongArray byState, byWindow;
    /** New infections and person-days at risk (people who inject, without the virus) by virus and state: {@code (disease * STATES + state) * 2 + quantity}. */
    private final AtomicLongArray infections;

    RateBook(DayGrid grid) {
        warmUpDays = grid.warmUpDays();
        days = grid.days();
        firstYear = grid.start().getYear();
        yearOf = new int[days];
        for (int d = 0; d < days; d++) {
            yearOf[d] = d < warmUpDays ? -1 : grid.start().plusDays(d - warmUpDays).getYear() - firstYear;
        }
        years = days > warmUpDays ? yearOf[days - 1] + 1 : 0;
        byState = new AtomicLongArray(years * STATES * 2);
        byWindow = new AtomicLongArray(EVENTS * WINDOWS * 3);
        infections = new AtomicLongArray(Infections.DISEASES * STATES * 2);
    }

    /** A new infection with {@code disease} ({@link Infections#HCV}, {@link Infections#HIV}) of a person in {@code state}. */
    void infection(int disease, byte state, int day) {
        if (day >= warmUpDays) infections.incrementAndGet((disease * STATES + state) * 2 + RateCounts.INFECTIONS);
    }

    /** {@code people} people who inject and do not carry {@code disease}, in {@code state} at the end of {@code day}. */
    void atRisk(int disease, int state, long people, int day) {
        if (day >= warmUpDays && people > 0) infections.addAndGet((disease * STATES + state) * 2 + RateCounts.DAYS_AT_RISK, people);
    }

    /**
     * An overdose on {@code day} of a person whose use began the day in {@code state}, fatal or
     * not, counted in each of {@code p}'s open windows ({@link EventWindows#open}).
     */
    void overdose(Person p, byte state, boolean fatal, int day) {
        if (day < warmUpDays) return;
        int quantity = fatal ? RateCounts.DEATHS : RateCounts.NONFATAL;
        byState.incrementAndGet((yearOf[day] * STATES + state) * 2 + quantity);
        for (RateCounts.Event e : RateCounts.Event.ALL) {
            if (EventWindows.open(p, e)) byWindow.incrementAndGet(windowIndex(e.ordinal(), RateCounts.windowOf(day - p.eventStart(e.ordinal())), quantity));
        }
    }

    /** Person-days at risk from {@code opened} (day 0 of the window) to {@code closed} (excluded), inside the horizon. */
    void personDays(int event, int opened, int closed) {
        for (int w = 0; w < WINDOWS; w++) {
            long n = daysIn(w, opened, Math.min(closed, days));
            if (n > 0) byWindow.addAndGet(windowIndex(event, w, RateCounts.PERSON_DAYS), n);
        }
    }

    /** Days of the horizon in window {@code w} of an event on day {@code opened}, before day {@code closed}. */
    private long daysIn(int w, int opened, int closed) {
        int[] range = RateCounts.WINDOWS[w];
        long lo = Math.max(warmUpDays, (long) opened + range[0]);
        long hi = Math.min(closed, range[1] == Integer.MAX_VALUE ? Long.MAX_VALUE : (long) opened + range[1] + 1);
        return Math.max(0, hi - lo);
    }

    private static int windowIndex(int event, int window, int quantity) {
        return (event * WINDOWS + window) * 3 + quantity;
    }

    /**
     * The counts so far, scaled to real people by {@code scale}, with the windows still open on
     * {@code today} (the last day simulated) counted up to it: {@code people} gives each living
     * person.
     */
    RateCounts counts(double scale, int today, int size, java.util.function.IntFunction<Person> people) {
        long[] windows = new long[byWindow.length()];
        for (int k = 0; k < windows.length; k++) windows[k] = byWindow.get(k);
        int end = Math.min(today + 1, days);
        for (int i = 0; i < size; i++) {
            Person p = people.apply(i);
            if (p.state() >= UseState.DEAD_OVERDOSE.code) continue;
            for (RateCounts.Event e : RateCounts.Event.ALL) {
                if (!EventWindows.open(p, e)) continue;
                int opened = p.eventStart(e.ordinal());
                for (int w = 0; w < WINDOWS; w++) windows[windowIndex(e.ordinal(), w, RateCounts.PERSON_DAYS)] += daysIn(w, opened, end);
            }
        }
        double[][][] state = new double[years][STATES][2];
        for (int y = 0; y < years; y++) {
            for (int s = 0; s < STATES; s++) {
                for (int q = 0; q < 2; q++) state[y][s][q] = byState.get((y * STATES + s) * 2 + q) * scale;
            }
        }
        double[][][] window = new double[EVENTS][WINDOWS][3];
        for (int e = 0; e < EVENTS; e++) {
            for (int w = 0; w < WINDOWS; w++) {
                for (int q = 0; q < 3; q++) window[e][w][q] = windows[windowIndex(e, w, q)] * scale;
            }
        }
        double[][][] infected = new double[Infections.DISEASES][STATES][2];
        for (int d = 0; d < Infections.DISEASES; d++) {
            for (int s = 0; s < STATES; s++) {
                for (int q = 0; q < 2; q++) infected[d][s][q] = infections.get((d * STATES + s) * 2 + q) * scale;
            }
        }
        return new RateCounts(firstYear, state, window, infected);
    }
}
