package odsim.scenario;

import java.time.LocalDate;

/** A regional job-loss shock (a plant closing): on one day, a share of people lose work. */
public record JobLossShock(
        @Param(value = "2018-01-01", unit = "date", source = "scenario", doc = "Day of the shock") LocalDate date,
        @Param(value = "0.05", unit = "share", min = 0, max = 1, source = "assumption", doc = "Share of people hit") double share,
        @Param(value = "0.5", unit = "level 0-1", min = 0, max = 1, source = "assumption", doc = "Rise of economic stress for those hit") double size) {}
