package odsim.scenario;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The simulated period, both dates included; one step is one day. */
public record Horizon(
        @Param(value = "2015-01-01", unit = "date", source = "the baseline's decade of fentanyl spread",
                doc = "First simulated day") LocalDate start,
        @Param(value = "2025-12-31", unit = "date", source = "the baseline's decade of fentanyl spread",
                doc = "Last simulated day (included)") LocalDate end) {

    public Horizon {
        if (end.isBefore(start)) throw new IllegalArgumentException("end " + end + " is before start " + start);
        if (ChronoUnit.DAYS.between(start, end) > 366L * 60) throw new IllegalArgumentException("horizon longer than 60 years");
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(start, end) + 1;
    }
}
