package odsim.scenario;

import java.util.Map;

/**
 * The one price year of every money value in odsim: scenario costs, results and reports are US
 * dollars of {@link #YEAR}. Defaults taken from sources in other years' dollars are converted
 * with the ratio of annual-average consumer price indexes (BLS CPI-U, all items, US city
 * average, 1982-84 = 100), and each default's source says from which year.
 */
public final class PriceYear {
    public static final int YEAR = 2023;
    public static final String LABEL = "US dollars of " + YEAR;
    /**
     * BLS CPI-U annual averages for the years odsim's sources report in. Checked against two
     * reproductions of the BLS table: 2023 (304.702) to the third decimal at
     * https://www.inflationdata.com/Inflation/Consumer_Price_Index/HistoricalCPI.aspx, 2010, 2014
     * and 2016 to the second (218.06, 236.74, 240.01) at
     * https://statinvestor.com/data/30997/usa-consumer-price-index-cpi (their third decimal is
     * from BLS series CUUR0000SA0 as first entered; not re-checked here).
     */
    private static final Map<Integer, Double> CPI_U = Map.of(
            2010, 218.056, 2014, 236.736, 2016, 240.007, 2023, 304.702);

    private PriceYear() {}

    /** {@code amount} in dollars of {@code year}, in dollars of {@link #YEAR}. */
    public static double fromYear(double amount, int year) {
        Double index = CPI_U.get(year);
        if (index == null) throw new IllegalArgumentException("no CPI-U annual average for " + year + "; known: " + CPI_U.keySet());
        return amount * CPI_U.get(YEAR) / index;
    }
}
