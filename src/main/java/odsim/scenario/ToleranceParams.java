package odsim.scenario;

/**
 * Tolerance: rises toward the doses taken; after a grace period without opioids it decays
 * exponentially, never below an opioid-naive body's.
 */
public record ToleranceParams(
        @Param(value = "7", unit = "days", min = 0.5, max = 365,
                source = "assumption informed by clinical reports that opioid tolerance is largely lost within one to two weeks of abstinence (White & Irvine 1999, Addiction)",
                doc = "Half-life of tolerance once the grace period without opioids is over") double halfLifeDays,
        @Param(value = "2", unit = "days", min = 0, max = 60, source = "assumption: a day or two between doses leaves tolerance largely intact",
                doc = "Days without opioids before tolerance starts to decay") double graceDays,
        @Param(value = "0.15", unit = "share per use-day", min = 0.001, max = 1, source = "assumption: tolerance builds over a week or two of regular use",
                doc = "Share of the gap between tolerance and the habitual dose at the supply's mean potency closed by a use-day") double adaptationPerUseDay,
        @Param(value = "0.30", unit = "standard doses", min = 0.001, max = 10, source = "assumption: an opioid-naive body tolerates about a third of a habitual street dose",
                doc = "Tolerance of an opioid-naive body; tolerance never decays below it") double naiveTolerance) {}
