package odsim.results;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** Calendar periods results are aggregated to; each is labelled by its first day. */
public enum Period {
    DAY, WEEK, MONTH, YEAR;

    /** The first day of the period holding {@code date} (weeks start on Monday, ISO 8601). */
    public LocalDate startOf(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
