package odsim.scenario;

/**
 * Chance of an overdose on a use-day, from the ratio r of the day's intake to tolerance, as a
 * Hill curve {@code max * r^k / (r50^k + r^k)}: smooth, monotone, near zero at r = 1 for
 * people whose tolerance matches their dose, steep once a batch is several times stronger.
 */
public record OverdoseParams(
        @Param(value = "0.5", unit = "probability", min = 0, max = 1, source = "assumption", doc = "Overdose chance at a very large ratio") double maxProbability,
        @Param(value = "7.25", unit = "ratio", min = 0.1, max = 100, source = "fitted with cascade.fatalityUntreated at the baseline's own parameters (odsim fit scenarios/sweeps/fit-emergency-visits.yaml) to 6.4 emergency visits for nonfatal opioid overdoses per opioid death in 2017 (305,623 in HCUP NEDS, Vivolo-Kantor et al. 2020, MMWR 69(13):371-376; 47,600 deaths, NCHS) and to US opioid death rates in 2015-2016 (NCHS)", doc = "Ratio at which the chance is half the maximum") double halfRatio,
        @Param(value = "5.0", unit = "exponent", min = 0.5, max = 20, source = "assumption calibrated to the baseline's overdose rates", doc = "Steepness of the curve") double steepness) {}
