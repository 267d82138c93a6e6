package odsim.web;

import java.time.LocalDate;
import java.util.Arrays;
import odsim.results.Aggregated;
import odsim.results.Measure;
import odsim.results.Period;
import odsim.results.RunResult;

/**
 * Turns a run's recorded days into months as each month closes, while the run proceeds. Each
 * month is aggregated by {@link Aggregated} from that month's days alone, which adds the same
 * days in the same order as aggregating the finished run, so the numbers drawn live are those of
 * {@code series.csv}. Reads the recorded series only, never the model's people or streams.
 */
final class MonthlyFeed {
    private final LocalDate start;
    private final double regionPopulation;
    private int monthFirstDay;

    MonthlyFeed(LocalDate start, double regionPopulation) {
        this.start = start;
        this.regionPopulation = regionPopulation;
    }

    /** After day {@code day} of {@code days}: the month it closes, or null if it closes none. */
    MonthPoint afterDay(double[][] daily, int day, int days) {
        LocalDate date = start.plusDays(day);
        boolean closes = day == days - 1 || !Period.MONTH.startOf(date.plusDays(1)).equals(Period.MONTH.startOf(date));
        if (!closes) return null;
        double[][] month = new double[Measure.COUNT][];
        for (int m = 0; m < Measure.COUNT; m++) month[m] = Arrays.copyOfRange(daily[m], monthFirstDay, day + 1);
        Aggregated a = Aggregated.of(new RunResult("", 0, 0, start.plusDays(monthFirstDay), regionPopulation, month), Period.MONTH);
        monthFirstDay = day + 1;
        return MonthPoint.of(a, 0);
    }
}
