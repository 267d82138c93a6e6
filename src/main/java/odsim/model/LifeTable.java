package odsim.model;

/**
 * Remaining life expectancy by age, for the life-years lost at each overdose death: the US
 * period life table for the total population (both sexes), 2019, at exact ages 0, 1, 5, 10, ...,
 * 100 (Arias E, Xu J. United States Life Tables, 2019. National Vital Statistics Reports 70(19),
 * NCHS, 2022, Table 1, column e(x), rounded to 0.1 year), linear between the tabulated ages.
 * 2019 is the last year before the COVID-19 drop in life expectancy.
 * Checked: at ages 20 and 25 the values agree within 0.2 year with the mean of the male and
 * female e(x) of the Social Security Administration's 2019 period life table (57.07/61.93 and
 * 52.43/57.08); the other ages have not yet been checked against the printed table.
 */
public final class LifeTable {
    public static final String SOURCE = "Arias E, Xu J. United States Life Tables, 2019. National Vital Statistics Reports 70(19), "
            + "NCHS 2022, Table 1 (total population), expectation of life e(x) at ages 0, 1, 5, ..., 100; linear between ages";
    private static final double[] AGES = {0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100};
    private static final double[] YEARS_LEFT = {78.8, 78.3, 74.4, 69.4, 64.5, 59.6, 54.9, 50.2, 45.5, 40.9, 36.3, 31.8,
        27.5, 23.4, 19.6, 15.9, 12.5, 9.5, 6.9, 4.8, 3.4, 2.3};
    /**
     * Values are rounded to 1/256 year (about 1.4 days) so that sums of them are exact in binary
     * floating point whatever the order of adding: the engine and the MASON peer add deaths in
     * different orders and must give identical series.
     */
    private static final double GRAIN = 256;

    private LifeTable() {}

    /** Remaining life expectancy, in years, of a person who is {@code ageYears} old. */
    public static double yearsLeft(double ageYears) {
        double age = Math.max(0, ageYears);
        int last = AGES.length - 1;
        double e;
        if (age >= AGES[last]) {
            e = YEARS_LEFT[last];
        } else {
            int k = 0;
            while (AGES[k + 1] <= age) k++;
            double w = (age - AGES[k]) / (AGES[k + 1] - AGES[k]);
            e = YEARS_LEFT[k] + w * (YEARS_LEFT[k + 1] - YEARS_LEFT[k]);
        }
        return Math.round(e * GRAIN) / GRAIN;
    }

    /** Remaining life expectancy at death of a person born on {@code birthDay}, dying on {@code day} (days). */
    public static double yearsLeftAt(int day, int birthDay) {
        return yearsLeft((day - birthDay) / Rates.DAYS_PER_YEAR);
    }
}
