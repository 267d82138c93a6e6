package odsim.results;

import java.util.Locale;
import odsim.model.UseState;

/**
 * What overdose rates are computed from, for one replication, in real people (agents times the
 * scale): overdose deaths and overdoses survived by the state the person was in as the day's use
 * began, by calendar year; and deaths, overdoses survived and person-days by time since an event
 * (a release from jail or prison, a discharge from rehab, leaving treatment, starting treatment),
 * in {@link #WINDOWS}, over the whole horizon. People-years by state come from the daily series.
 *
 * @param firstYear the horizon's first calendar year
 * @param byState {@code [year][state code][DEATHS or NONFATAL]}
 * @param byWindow {@code [event kind][window][DEATHS, NONFATAL or PERSON_DAYS]}
 * @param infections new infections and person-days at risk (people who inject, without the virus)
 *     over the horizon, by the state the person was in: {@code [HCV or HIV][state code][INFECTIONS or DAYS_AT_RISK]}
 */
public record RateCounts(int firstYear, double[][][] byState, double[][][] byWindow, double[][][] infections) {
    public static final int DEATHS = 0, NONFATAL = 1, PERSON_DAYS = 2;
    public static final int HCV = 0, HIV = 1, INFECTIONS = 0, DAYS_AT_RISK = 1;

    /** The events time is counted from; a window closes when the person dies or the event's opposite happens. */
    public enum Event {
        /** From a release from jail or prison, until the next time in custody. */
        CUSTODY_RELEASE("after_custody_release", "after release from jail or prison"),
        /** From a discharge from rehab or detox, until the next admission. */
        REHAB_DISCHARGE("after_rehab_discharge", "after discharge from rehab or detox"),
        /** From leaving methadone or buprenorphine (a death that day counts here), until the next start. */
        LEAVING_TREATMENT("after_leaving_treatment", "after leaving methadone or buprenorphine"),
        /** From starting methadone or buprenorphine, while the person stays on it. */
        STARTING_TREATMENT("after_starting_treatment", "since starting methadone or buprenorphine, while on it");

        public static final Event[] ALL = values();
        public final String label, description;

        Event(String label, String description) {
            this.label = label;
            this.description = description;
        }
    }

    /**
     * Windows of days since the event, both ends included; the last is open-ended. The event's day
     * itself has its own window, so a spike on it shows.
     */
    public static final int[][] WINDOWS = {{0, 0}, {1, 14}, {15, 28}, {29, 84}, {85, 365}, {366, Integer.MAX_VALUE}};
    /** Indexes of {@link #WINDOWS}. */
    public static final int DAY_0 = 0, DAYS_1_14 = 1, DAYS_15_28 = 2, DAYS_29_84 = 3, DAYS_85_365 = 4, DAYS_366_ON = 5;

    /** The window holding day {@code d} since the event (d >= 0). */
    public static int windowOf(int d) {
        return d <= 0 ? 0 : d <= 14 ? 1 : d <= 28 ? 2 : d <= 84 ? 3 : d <= 365 ? 4 : 5;
    }

    /** The windows rates are reported in, as ranges of {@link #WINDOWS}: all days, then days 0, 1-14, 0-14, 15-28, 29-84, 85-365, 366+. */
    public static final int[][] REPORTED = {{0, 5}, {0, 0}, {1, 1}, {0, 1}, {2, 2}, {3, 3}, {4, 4}, {5, 5}};

    /** The label of the days windows {@code from} to {@code to} cover, e.g. "0-14", "366+", "all". */
    public static String windowsLabel(int from, int to) {
        if (from == 0 && to == WINDOWS.length - 1) return "all";
        int lo = WINDOWS[from][0], hi = WINDOWS[to][1];
        return hi == Integer.MAX_VALUE ? lo + "+" : lo == hi ? Integer.toString(lo) : lo + "-" + hi;
    }

    /** No counts: a result made by hand or read back from a file that does not hold them. */
    public static RateCounts none(int firstYear, int years) {
        return new RateCounts(firstYear, new double[years][UseState.ALL.length][2],
                new double[Event.ALL.length][WINDOWS.length][3], new double[2][UseState.ALL.length][2]);
    }

    /** New infections with {@code disease} per 100 person-years at risk among people who inject in any of {@code states}; NaN without person-time. */
    public double incidence(int disease, UseState... states) {
        double cases = 0, days = 0;
        for (UseState s : states) {
            cases += infections[disease][s.code][INFECTIONS];
            days += infections[disease][s.code][DAYS_AT_RISK];
        }
        return days > 0 ? cases / (days / odsim.model.Rates.DAYS_PER_YEAR) * 100 : Double.NaN;
    }

    public int years() {
        return byState.length;
    }

    /** Deaths, overdoses survived or person-days after {@code e} in windows {@code from} to {@code to}, both included. */
    public double window(Event e, int from, int to, int quantity) {
        double sum = 0;
        for (int w = from; w <= to; w++) sum += byWindow[e.ordinal()][w][quantity];
        return sum;
    }

    /** Deaths or overdoses survived in state {@code s} in year index {@code y}; {@code y = -1} for the whole horizon. */
    public double state(UseState s, int y, int quantity) {
        if (y >= 0) return byState[y][s.code][quantity];
        double sum = 0;
        for (double[][] year : byState) sum += year[s.code][quantity];
        return sum;
    }

    public static String stateLabel(UseState s) {
        return "state_" + s.name().toLowerCase(Locale.ROOT);
    }
}
