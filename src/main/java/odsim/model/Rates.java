package odsim.model;

/** Unit conversions for time: every rate in a scenario is per year; the model steps in days. */
public final class Rates {
    public static final double DAYS_PER_YEAR = 365.25;

    private Rates() {}

    /** Chance that an event with a constant hazard of {@code perYear} happens within one day. */
    public static double dailyProbability(double perYear) {
        return -Math.expm1(-perYear / DAYS_PER_YEAR);
    }

    /** Share of a quantity left after one day when it halves every {@code halfLifeDays}. */
    public static double dailyRetention(double halfLifeDays) {
        return Math.pow(0.5, 1.0 / halfLifeDays);
    }
}
