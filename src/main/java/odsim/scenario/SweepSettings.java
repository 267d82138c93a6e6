package odsim.scenario;

import java.util.List;

/**
 * A sweep file's keys as written, bound like a scenario ({@link Binder}): unknown keys, wrong types
 * and values out of range are problems naming the file, line and key. Parameter paths (under
 * {@code set} and {@code parameters}) are free keys, kept as written for the sweep's reader to check
 * against the base scenario; so are the cross-checks (a chart's parameter is one the sweep varies).
 */
public record SweepSettings(
        @Param(value = "sweep", unit = "text", source = "the file name when not given",
                doc = "Short name of the sweep, used for its results folder") String name,
        @Param(value = "-", unit = "text", source = "none", doc = "What the sweep asks, in plain words") String description,
        @Param(value = "-", unit = "path", source = "none: required",
                doc = "The scenario file every point starts from, relative to this file") String base,
        @Param(value = "-", unit = "seed", min = 0, source = "the base scenario's seed",
                doc = "Seed of every point's first replication: every point runs replication r with the same seed (common random numbers)") Long seed,
        @Param(value = "-", unit = "agents", min = 1, max = 50_000_000, source = "the base scenario's population.agents",
                doc = "Agents simulated at every point") Integer agents,
        @Param(value = "-", unit = "replications", min = 1, max = 100_000, source = "none: required",
                doc = "Replications at every point") Integer replications,
        @Param(value = "grid", unit = "text", source = "every combination of levels",
                doc = "How points are chosen: grid (every combination of the levels), latin-hypercube or sobol (samples drawn in ranges), "
                        + "or ensemble (each parameter set of the file under ensemble is a point, as when a calibration re-checks its "
                        + "closest candidates over several histories)") String design,
        @Param(value = "-", unit = "path", source = "none: required by the ensemble design",
                doc = "With design: ensemble, an ensemble file (an earlier round's ensemble.csv), relative to this file: each of its "
                        + "parameter sets is a point, its columns the swept parameters (no parameters key)") String ensemble,
        @Param(value = "-", unit = "points", min = 1, max = 1_000_000, source = "none: required by latin-hypercube and sobol",
                doc = "Points a latin-hypercube or sobol design draws") Integer samples,
        @Param(value = "1", unit = "seed", min = 0, source = "arbitrary; any value",
                doc = "Seed of a sampled design's points (not of the runs)") long designSeed,
        @Param(value = "-", unit = "parameter paths to values", source = "none",
                doc = "Values every point shares, by parameter path, e.g. policies.naloxone.level: 1") YNode set,
        @Param(value = "-", unit = "parameter paths to levels or ranges", source = "none: required",
                doc = "The parameters to vary, by path: a list of levels [a, b], named levels {name: value}, or a range {min: a, max: b, integer: true|false} for sampled designs") YNode parameters,
        @Param(value = "overdose_deaths, overdose_deaths_per_100k, overdoses, naloxone_reversals, cost_total", unit = "list of measures",
                source = "the headline measures", doc = "Measures recorded for every point, by their names in series.csv (a _per_100k form where one exists)") List<String> measures,
        Chart chart,
        List<Target> targets,
        @Param(value = "-", unit = "path", source = "none",
                doc = "A CSV of observed values, relative to this file: year,measure,value,lower,upper,source (lower and upper: the range that counts as agreeing); its rows are targets beside those listed under targets") String targetsFile,
        @Param(value = "-", unit = "points", min = 1, max = 1_000_000,
                source = "none: the ensemble holds the points inside every target's range (RESPOND's acceptance)",
                doc = "With targets: write ensemble.csv from this many closest points instead of the accepted ones (rejection ABC "
                        + "with its tolerance set as a share of the points, Beaumont et al. 2002, Genetics 162:2025), for when too few fall "
                        + "inside every range; the file says how many of them do") Integer ensembleClosest,
        @Param(value = "levels", unit = "text", source = "assumption: each fitted value on its own, as RESPOND's targets are",
                doc = "With targets: how a point's distance from them is scored, the root mean square of relative errors of levels (each "
                        + "target's value) or levels-and-changes (also, for a measure fitted in consecutive years, each year's change from "
                        + "the one before, so a calibration can prefer the shape of a curve, a plateau or a dip)") String distance,
        @Param(value = "-", unit = "year", min = 1900, max = 2200, source = "none: every target is fitted",
                doc = "With targets: targets of this year and later are held out, not fitted (neither error nor acceptance); "
                        + "ensemble-targets.csv sets the ensemble's values beside them, out of sample") Integer holdOutFrom,
        @Param(value = "-", unit = "share of the observed value", min = 0, max = 100, source = "none: every history runs to its end",
                doc = "With ranged targets and one replication: a run stops at the end of the first year in which a fitted target is off "
                        + "by more than this share of its observed value (0.4: 40%), and its point is rejected, ranked after every whole "
                        + "history; only targets whose range lies within it stop a run (the others are judged at its end), so no point that "
                        + "would be accepted is stopped") Double rejectBeyond,
        Around around) {

    /**
     * A second round of sampling: each range narrowed to the box the sets of an earlier round's
     * ensemble span, widened by a share of the range, so the points go where the first round found
     * the closest histories (as ABC-SMC narrows its search from round to round, without its weights).
     */
    public record Around(
            @Param(value = "-", unit = "path", source = "none: required with around",
                    doc = "An ensemble file (an earlier round's ensemble.csv), relative to this file: each swept range it has a column for "
                            + "is narrowed to the span of its sets") String ensemble,
            @Param(value = "0.1", unit = "share of each range", min = 0, max = 1,
                    source = "assumption: a tenth of the range on each side, so a set at the edge of the box is not the edge of the search",
                    doc = "How far beyond the ensemble's span each range reaches, as a share of the range as written (never past it)") double widen) {}

    /** The sweep's chart: a measure against a swept parameter, as lines or a heat map. */
    public record Chart(
            @Param(value = "-", unit = "measure", source = "the first of measures", doc = "The measure drawn (one of the sweep's measures)") String measure,
            @Param(value = "-", unit = "parameter path", source = "the first swept parameter", doc = "The swept parameter along the x axis") String x,
            @Param(value = "-", unit = "parameter path", source = "the second swept parameter, if any", doc = "A swept parameter drawn as one line per level") String series,
            @Param(value = "-", unit = "parameter path", source = "none", doc = "A swept parameter along the y axis of a heat map (grid designs; instead of series)") String y,
            @Param(value = "false", unit = "true or false", source = "assumption", doc = "Draw the paired difference from the first point instead of the mean") boolean relative) {}

    /** An observed value to calibrate against: a measure of the sweep over a year or the whole horizon. */
    public record Target(
            @Param(value = "-", unit = "measure", source = "none: required", doc = "One of the sweep's measures") String measure,
            @Param(value = "-", unit = "year or total", source = "none: required", doc = "A calendar year such as 2016, or total for the whole horizon") String period,
            @Param(value = "-", unit = "the measure's unit", source = "none: required", doc = "The observed value (not 0: errors are relative to it)") Double value,
            @Param(value = "-", unit = "text", source = "none: required", doc = "Where the value comes from") String source,
            @Param(value = "-", unit = "the measure's unit", source = "none", doc = "Lower end of the range that counts as agreeing (with upper): a point inside every target's range is accepted") Double lower,
            @Param(value = "-", unit = "the measure's unit", source = "none", doc = "Upper end of the range that counts as agreeing (with lower)") Double upper) {}
}
