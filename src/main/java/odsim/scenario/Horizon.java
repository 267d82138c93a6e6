package odsim.scenario;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The simulated period, both dates included; one step is one day. */
public record Horizon(
        @Param(value = "2015-01-01", unit = "date", source = "the baseline's decade of fentanyl spread",
                doc = "First simulated day") LocalDate start,
        @Param(value = "2025-12-31", unit = "date", source = "the baseline's decade of fentanyl spread",
                doc = "Last simulated day (included)") LocalDate end,
        @Param(value = "0", unit = "years", min = 0, max = 50,
                source = "modelling choice: 0 starts from the population's initial shares as given",
                doc = "Years simulated before the start, every dated input held at its value on the start date; nothing in them is recorded")
        int warmUpYears) {

    public Horizon {
        if (end.isBefore(start)) throw new IllegalArgumentException("end " + end + " is before start " + start);
        if (ChronoUnit.DAYS.between(start, end) > 366L * 60) throw new IllegalArgumentException("horizon longer than 60 years");
    }

    /** Days from the start to the end, both included: the days recorded. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** "2015-01-01 to 2025-12-31", and the warm-up if there is one, for people to read. */
    public String describe() {
        return start + " to " + end + (warmUpYears == 0 ? "" : " after a warm-up of " + warmUpYears + (warmUpYears == 1 ? " year" : " years"));
    }

    /** Days of the warm-up: from {@code warmUpYears} before the start to the day before it. */
    public int warmUpDays() {
        return (int) ChronoUnit.DAYS.between(start.minusYears(warmUpYears), start);
    }
}
