package odsim.scenario;

import java.util.List;

/**
 * A comparison file: a baseline scenario and alternatives (paths relative to the file), how many
 * paired replications to run, and how to appraise them. {@code odsim compare FILE} reads it; a
 * top-level {@code baseline:} key tells it from a scenario file.
 */
public record ComparisonFile(
        @Param(value = "comparison", unit = "text", source = "the file name when not given",
                doc = "Short name of the comparison, used for its results folder") String name,
        @Param(value = "-", unit = "text", source = "none",
                doc = "The question the comparison answers, in plain words (the report's heading)") String question,
        @Param(value = "-", unit = "path", source = "none: required",
                doc = "The baseline scenario file, relative to this file") String baseline,
        @Param(value = "-", unit = "list of paths", source = "none: at least one required",
                doc = "Alternative scenario files, relative to this file") List<String> alternatives,
        @Param(value = "-", unit = "path", source = "none: each scenario's own parameters",
                doc = "An ensemble of calibrated parameter sets (CSV: set, then parameter paths; a calibration's ensemble.csv), "
                        + "relative to this file: every scenario runs under each set, and intervals hold the parameters' uncertainty "
                        + "and chance (the command line's --ensemble overrides it)") String ensemble,
        @Param(value = "10", unit = "replications", min = 1, max = 100_000, source = "assumption: enough for paired intervals of a few percent",
                doc = "Paired replications per scenario, per parameter set with an ensemble (the command line's --replications overrides it)") int replications,
        @Param(value = "0", unit = "agents", min = 0, max = 50_000_000, source = "0 = each scenario's own population.agents",
                doc = "Agents simulated per scenario (the command line's --agents overrides it)") int agents,
        @Param(value = "0.03", unit = "per year", min = 0, max = 0.2,
                source = "Sanders GD et al. 2016 (JAMA 316:1093), Second Panel on Cost-Effectiveness in Health and Medicine: 3% a year for costs and health",
                doc = "Discount rate for costs and QALYs, applied day by day") double discountRate,
        @Param(value = "government", unit = "choice",
                source = "assumption: every public budget, as policy staff weigh programs run by several agencies",
                doc = "Whose costs the headline net cost and cost-effectiveness ratios count") Perspective perspective,
        Horizon horizon,
        Valuation valuation) {}
