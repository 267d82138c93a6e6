package odsim.scenario;

/**
 * Chance of an overdose on a use-day, from the ratio r of the day's intake to tolerance, as a
 * Hill curve {@code max * r^k / (r50^k + r^k)}: smooth, monotone, near zero at r = 1 for
 * people whose tolerance matches their dose, steep once a batch is several times stronger.
 */
public record OverdoseParams(
        @Param(value = "0.5", unit = "probability", min = 0, max = 1, source = "assumption", doc = "Overdose chance at a very large ratio") double maxProbability,
        @Param(value = "8.8", unit = "ratio", min = 0.1, max = 100, source = "assumption calibrated to the baseline's overdose rates: refitted (with cascade.fatalityUntreated) when release, treatment, pill and fentanyl mechanisms were set against published figures, to keep non-fatal overdoses per person-year of street use near 0.10-0.2 (Fairley et al. 2021) and the baseline's deaths 2015-2025 near their level before", doc = "Ratio at which the chance is half the maximum") double halfRatio,
        @Param(value = "5.0", unit = "exponent", min = 0.5, max = 20, source = "assumption calibrated to the baseline's overdose rates", doc = "Steepness of the curve") double steepness) {}
