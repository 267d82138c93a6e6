package odsim.experiment.sweep;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import odsim.results.Measure;
import odsim.scenario.Binder;
import odsim.scenario.Mark;
import odsim.scenario.ParameterOverride;
import odsim.scenario.Problems;
import odsim.scenario.ScenarioException;
import odsim.scenario.ScenarioLoader;
import odsim.scenario.SweepSettings;
import odsim.scenario.YNode;
import odsim.scenario.YamlTree;

/**
 * A sweep file as written: a base scenario, values every point shares ({@code set}), the
 * parameters to vary by dotted path, a design, replications and what to record. Read strictly:
 * every problem names the file, line, key and what is allowed. Example:
 * <pre>
 * name: naloxone-opc
 * base: ../baseline.yaml
 * agents: 5000
 * replications: 4
 * design: grid
 * set: {policies.naloxone.level: 1}
 * parameters:
 *   policies.naloxone.kitsPerYearPer100k: [0, 1000, 2000]
 *   supply.fentanylShare: {slow: {points: {2015-01-01: 0.05, 2025-01-01: 0.3}}, fast: 0.8}
 * measures: [overdose_deaths, cost_total]
 * chart: {measure: overdose_deaths, x: policies.naloxone.kitsPerYearPer100k, series: supply.fentanylShare, relative: true}
 * </pre>
 * A sampled sweep may be a second round: {@code around: {ensemble: FILE}} narrows its ranges to
 * the span of an earlier round's parameter sets ({@link AroundEnsemble}). With {@code design:
 * ensemble} and {@code ensemble: FILE}, the points are that file's parameter sets
 * ({@link EnsembleDesign}; {@code sets} is null for the other designs). {@code extends: FILE}
 * takes another sweep file's keys, replacing those this file gives ({@link SweepExtends}).
 */
public record SweepFile(String name, String description, Path file, Path base, Long seed, Integer agents,
                        int replications, Design design, int samples, long designSeed,
                        List<ParameterOverride> set, List<SweepParameter> parameters, List<String> measures, ChartSpec chart,
                        List<Target> targets, Integer ensembleClosest, Distance distance, Integer holdOutFrom, Double rejectBeyond,
                        EnsembleDesign sets) {

    public static final List<String> DEFAULT_MEASURES = List.of("overdose_deaths", "overdose_deaths_per_100k", "overdoses",
            "naloxone_reversals", "cost_total");
    public static final int MAX_POINTS = 1_000_000;
    public static final int MAX_RUNS = 10_000_000;

    /**
     * True when the YAML file looks like a sweep, for {@code validate}: it has {@code base} and
     * {@code parameters} (or an ensemble design's {@code ensemble}), or a key only sweep files have
     * (a later round that extends another sweep file gives only what differs).
     */
    public static boolean looksLikeSweep(YNode tree) {
        if (!(tree instanceof YNode.Mapping m)) return false;
        if ((m.get("parameters") != null || m.get("ensemble") != null) && m.get("base") != null) return true;
        return m.entries().keySet().stream().anyMatch(SWEEP_ONLY_KEYS::contains);
    }

    /** The keys of a sweep file that no scenario file has. */
    private static final java.util.Set<String> SWEEP_ONLY_KEYS = sweepOnlyKeys();

    private static java.util.Set<String> sweepOnlyKeys() {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (var c : SweepSettings.class.getRecordComponents()) keys.add(c.getName());
        for (var c : odsim.scenario.Scenario.class.getRecordComponents()) keys.remove(c.getName());
        keys.removeAll(List.of("name", "description", "base", "seed", "agents"));
        return java.util.Set.copyOf(keys);
    }

    /**
     * Reads a sweep file: its keys bound like a scenario's ({@link SweepSettings}), then what the
     * binder cannot check: the base file exists, the design and measures are known, the chart and
     * targets name what the sweep varies and records. Every problem is reported at once.
     */
    public static SweepFile load(Path file) {
        YNode tree = SweepExtends.resolve(file);
        if (!(tree instanceof YNode.Mapping map)) {
            throw new ScenarioException(tree.mark() + ": a sweep file is a mapping of keys, found " + YNode.kind(tree));
        }
        Problems problems = new Problems();
        // Lenient: a value with a problem takes its default, so that the checks below still run.
        SweepSettings s = new Binder(problems).lenient().bind(SweepSettings.class, map, "");
        if (s == null) problems.throwIfAny();
        Path base = base(file, map, s.base(), problems);
        if (map.get("replications") == null) problems.add(map.mark(), "replications", "missing; expected a whole number in [1, 100000]");
        Design design = design(map, s.design(), problems);
        int samples = 0;
        if (design.sampled()) {
            if (map.get("samples") == null) problems.add(map.mark(), "samples", "missing; a " + design.label() + " design needs the number of points, e.g. samples: 64");
            else if (s.samples() != null) samples = s.samples();
        } else if (map.get("samples") != null) {
            problems.add(keyMark(map, "samples"), "samples", "only for latin-hypercube and sobol designs; " + (design == Design.GRID
                    ? "a grid takes every combination of levels" : "an ensemble design takes every set of its file"));
        }
        List<ParameterOverride> set = SweepParameters.set(s.set(), problems);
        EnsembleDesign sets = null;
        List<SweepParameter> parameters;
        if (design == Design.ENSEMBLE) {
            if (map.get("parameters") != null) {
                problems.add(keyMark(map, "parameters"), "parameters", "not with design: ensemble, whose parameters are the columns of its ensemble file");
            }
            if (map.get("ensemble") == null) {
                problems.add(map.mark(), "ensemble", "missing; design: ensemble runs the parameter sets of an ensemble file, e.g. ensemble: ../ensembles/round-2.csv");
            } else {
                sets = EnsembleDesign.read(file, s.ensemble(), map.get("ensemble").mark(), problems);
            }
            parameters = sets == null ? List.of() : sets.parameters();
        } else {
            if (map.get("ensemble") != null) {
                problems.add(keyMark(map, "ensemble"), "ensemble", "only with design: ensemble (its points are the file's parameter sets); "
                        + "a second round around an earlier ensemble is around: {ensemble: FILE}");
            }
            parameters = SweepParameters.parameters(s.parameters(), map.mark(), design, problems);
        }
        if (map.get("around") != null) {
            if (!design.sampled()) problems.add(keyMark(map, "around"), "around", "only for latin-hypercube and sobol designs: it narrows ranges");
            else if (map.get("around") instanceof YNode.Mapping) parameters = AroundEnsemble.narrow(file, map, s.around(), parameters, problems);
        }
        List<String> measures = measures(map, s.measures(), problems);
        ChartSpec chart = chart(map, s.chart(), parameters, measures, design, problems);
        List<Target> targets = targets(file, map, s, measures, problems);
        if (s.ensembleClosest() != null && targets.isEmpty() && map.get("ensembleClosest") != null) {
            problems.add(keyMark(map, "ensembleClosest"), "ensembleClosest", "only with targets (targets or targetsFile): the closest points are closest to them");
        }
        Distance distance = distance(map, s.distance(), targets, s.holdOutFrom(), problems);
        if (s.holdOutFrom() != null && map.get("holdOutFrom") != null) {
            long fitted = targets.stream().filter(t -> !heldOut(t, s.holdOutFrom())).count();
            if (targets.size() == fitted || fitted == 0) {
                problems.add(keyMark(map, "holdOutFrom"), "holdOutFrom", "found " + s.holdOutFrom() + ", which holds out "
                        + (fitted == 0 ? "every" : "no") + " target; allowed: a year that leaves targets on both sides");
            }
        }
        if (s.rejectBeyond() != null && map.get("rejectBeyond") != null) rejectBeyond(map, s, targets, problems);
        problems.throwIfAny();
        int replications = s.replications();
        long points = design == Design.GRID ? gridSize(parameters) : design == Design.ENSEMBLE ? sets.points().size() : samples;
        if (points > MAX_POINTS || points * replications > MAX_RUNS) {
            String count = points > MAX_POINTS ? "more than " + MAX_POINTS : Long.toString(points);
            throw new ScenarioException(file + ": " + count + " points x " + odsim.results.Words.count(replications, "replication") + " is too many; allowed up to "
                    + MAX_POINTS + " points and " + MAX_RUNS + " runs");
        }
        String name = map.get("name") == null ? ScenarioLoader.stem(file) : s.name();
        String description = s.description().equals("-") ? "" : s.description();
        return new SweepFile(name, description, file, base, s.seed(), s.agents(), replications, design, samples, s.designSeed(),
                set, parameters, measures, chart, targets, s.ensembleClosest(), distance, s.holdOutFrom(), s.rejectBeyond(), sets);
    }

    /**
     * Early rejection stops a history once a fitted year is out of reach: it needs ranged targets
     * by year, one replication (a point's mean is known only once every replication has run), and a
     * threshold no narrower than at least one target's own range: only such targets stop a history,
     * so that no point that would be accepted is ever stopped.
     */
    private static void rejectBeyond(YNode.Mapping map, SweepSettings s, List<Target> targets, Problems problems) {
        Mark at = keyMark(map, "rejectBeyond");
        List<Target> yearly = targets.stream().filter(t -> t.hasRange() && t.period().matches("\\d{4}")
                && (s.holdOutFrom() == null || !heldOut(t, s.holdOutFrom()))).toList();
        if (yearly.isEmpty()) {
            problems.add(at, "rejectBeyond", "only with fitted targets of a calendar year that give a range (lower, upper): a history is stopped when one is out of reach");
            return;
        }
        if (s.replications() != null && s.replications() != 1) {
            problems.add(at, "rejectBeyond", "only with replications: 1 (found " + s.replications() + "); a point's mean is known only when all its replications have run");
        }
        // A target whose range is wider than the threshold is judged at the end only; at least one must stop histories.
        Target narrowest = yearly.stream().min(java.util.Comparator.comparingDouble(Target::reach)).orElseThrow();
        if (!narrowest.stopsBeyond(s.rejectBeyond())) {
            String reach = odsim.results.Words.significant(narrowest.reach(), 4);
            problems.add(at, "rejectBeyond", "found " + s.rejectBeyond() + ", narrower than the range of every fitted target (the narrowest: "
                    + narrowest.label() + ", " + narrowest.lower() + " to " + narrowest.upper() + ", up to " + reach + " of its value, "
                    + narrowest.mark() + "); allowed: at least " + reach + ": only a target whose range lies within the threshold stops a "
                    + "history, so that no point inside every range is stopped");
        }
    }

    private static Path base(Path file, YNode.Mapping map, String base, Problems problems) {
        YNode node = map.get("base");
        if (node == null) {
            problems.add(map.mark(), "base", "missing; the scenario file the sweep starts from, relative to this file");
            return null;
        }
        return sibling(file, base, node.mark(), "base", problems);
    }

    /**
     * The file {@code name} names relative to the sweep file, or null with a problem at {@code at}
     * under {@code key} when it is not a path or not a readable regular file.
     */
    static Path sibling(Path file, String name, Mark at, String key, Problems problems) {
        try {
            Path p = file.resolveSibling(name).normalize();
            if (Files.isRegularFile(p)) return p;
            String why = YamlTree.whyUnreadable(p);
            problems.add(at, key, (why != null ? why : "not a regular file") + ": " + p);
        } catch (InvalidPathException e) {
            problems.add(at, key, "not a file path: " + Binder.quote(name));
        }
        return null;
    }

    private static Design design(YNode.Mapping map, String label, Problems problems) {
        for (Design d : Design.values()) if (d.label().equals(label)) return d;
        problems.add(map.get("design").mark(), "design", "found " + Binder.quote(label) + Binder.suggest(label, Design.labels())
                + "; allowed: " + String.join(", ", Design.labels()));
        return Design.GRID;
    }

    /** The distance a calibration scores: changes need targets of one measure in consecutive fitted years. */
    private static Distance distance(YNode.Mapping map, String label, List<Target> targets, Integer holdOutFrom, Problems problems) {
        if (map.get("distance") == null) return Distance.LEVELS;
        Mark at = map.get("distance").mark();
        Distance distance = null;
        for (Distance d : Distance.values()) if (d.label().equals(label)) distance = d;
        if (distance == null) {
            problems.add(at, "distance", "found " + Binder.quote(label) + Binder.suggest(label, Distance.labels()) + "; allowed: "
                    + String.join(", ", Distance.labels()));
            return Distance.LEVELS;
        }
        if (targets.isEmpty()) {
            problems.add(at, "distance", "only with targets (targets or targetsFile): it scores a point against them");
        } else if (distance == Distance.LEVELS_AND_CHANGES
                && Distance.changes(targets.stream().filter(t -> holdOutFrom == null || !heldOut(t, holdOutFrom)).toList()).isEmpty()) {
            problems.add(at, "distance", "found levels-and-changes, but no measure is fitted in two consecutive years, so there is no "
                    + "change to score; allowed: levels, or targets of one measure in consecutive years");
        }
        return distance;
    }

    private static long gridSize(List<SweepParameter> parameters) {
        long n = 1;
        for (SweepParameter p : parameters) n = Math.min(MAX_POINTS + 1L, n * p.levels().size()); // capped: never overflows
        return n;
    }

    private static List<String> measures(YNode.Mapping map, List<String> given, Problems problems) {
        YNode node = map.get("measures");
        if (node == null) return DEFAULT_MEASURES;
        if (!(node instanceof YNode.Sequence seq) || given.size() != seq.items().size()) return DEFAULT_MEASURES; // the binder said why
        if (given.isEmpty()) {
            problems.add(node.mark(), "measures", "expected a list of measures, e.g. [overdose_deaths, cost_total]");
            return given;
        }
        List<String> allowed = measureLabels();
        List<String> out = new ArrayList<>();
        List<YNode> items = seq.items();
        for (int k = 0; k < given.size(); k++) {
            String t = given.get(k);
            if (MeasureLabel.parse(t) == null) {
                problems.add(items.get(k).mark(), "measures", "found " + Binder.quote(t) + Binder.suggest(t, allowed)
                        + "; allowed: any measure of series.csv, e.g. overdose_deaths, cost_total (odsim run --help), a count per 100,000 residents"
                        + " (overdose_deaths_per_100k), or one measure's share of another of its kind (overdose_deaths_fentanyl_share_of_overdose_deaths)");
            } else if (out.contains(t)) {
                problems.add(items.get(k).mark(), "measures", Binder.quote(t) + " appears twice");
            } else {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    static List<String> measureLabels() {
        List<String> out = new ArrayList<>();
        for (Measure m : Measure.ALL) {
            out.add(m.label());
            // A sweep may take any count per 100,000 residents (people on methadone, say), for targets from other data streams.
            if (m.scaled) out.add(m.label() + "_per_100k");
        }
        return out;
    }

    /** The chart's keys checked against what the sweep varies and records; what is not given comes from them. */
    private static ChartSpec chart(YNode.Mapping map, SweepSettings.Chart c, List<SweepParameter> parameters, List<String> measures,
                                   Design design, Problems problems) {
        List<String> paths = parameters.stream().map(SweepParameter::path).toList();
        YNode.Mapping m = map.get("chart") instanceof YNode.Mapping given ? given : null;
        String measure = given(c.measure(), measures.isEmpty() ? null : measures.get(0));
        if (m != null && m.get("measure") != null && !measures.contains(measure)) {
            problems.add(m.get("measure").mark(), "chart.measure", "found " + Binder.quote(measure) + "; allowed: one of this sweep's measures: " + String.join(", ", measures));
        }
        String x = given(c.x(), paths.isEmpty() ? null : paths.get(0));
        String series = given(c.series(), m == null && paths.size() > 1 ? paths.get(1) : null);
        String y = given(c.y(), null);
        for (String k : List.of("x", "series", "y")) {
            String v = k.equals("x") ? x : k.equals("series") ? series : y;
            // An ensemble design whose file could not be read has no parameters: its problem is reported, not this one.
            if (m != null && m.get(k) != null && !paths.contains(v) && !(paths.isEmpty() && design == Design.ENSEMBLE)) {
                problems.add(m.get(k).mark(), "chart." + k, "found " + Binder.quote(v) + Binder.suggest(v, paths) + "; allowed: a swept parameter: " + String.join(", ", paths));
            }
        }
        if (m != null) {
            if (x != null && x.equals(series)) problems.add(m.get("series").mark(), "chart.series", "is the same parameter as chart.x");
            if (x != null && x.equals(y)) problems.add(m.get("y").mark(), "chart.y", "is the same parameter as chart.x");
            if (y != null && series != null) problems.add(m.get("y").mark(), "chart.y", "a heat map (y) has no series; give one of them");
            if (y != null && design != Design.GRID) problems.add(m.get("y").mark(), "chart.y", "a heat map needs a grid design; sampled points are drawn with error bars against x");
        }
        return new ChartSpec(measure, x, series, y, c.relative());
    }

    /** A value given in the file, or {@code otherwise} where the binder's default says "not given". */
    private static String given(String value, String otherwise) {
        return value.equals("-") ? otherwise : value;
    }

    /** Observed values to calibrate against: each a measure of this sweep, a year or total, a value and its source. */
    private static List<Target> targets(Path file, YNode.Mapping map, SweepSettings s, List<String> measures, Problems problems) {
        List<Target> out = targets(map, s.targets(), measures, problems);
        if (s.targetsFile() == null || s.targetsFile().equals("-")) return out;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Target t : out) seen.add(t.measure() + "," + t.period());
        Path csv = sibling(file, s.targetsFile(), map.get("targetsFile").mark(), "targetsFile", problems);
        if (csv == null) return out;
        List<Target> all = new ArrayList<>(out);
        all.addAll(TargetsFile.read(csv, measures, seen, problems));
        return List.copyOf(all);
    }

    private static List<Target> targets(YNode.Mapping map, List<SweepSettings.Target> given, List<String> measures, Problems problems) {
        List<Target> out = new ArrayList<>();
        YNode node = map.get("targets");
        if (node == null) return out;
        if (!(node instanceof YNode.Sequence seq) || given.size() != seq.items().size()) return out; // the binder said why
        if (given.isEmpty()) {
            problems.add(node.mark(), "targets", "expected a list of observed values, e.g. - {measure: overdose_deaths_per_100k, period: 2016, value: 19.8, source: \"NCHS Data Brief 294\"}");
            return out;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<YNode> items = seq.items();
        for (int k = 0; k < given.size(); k++) {
            SweepSettings.Target t = given.get(k);
            YNode.Mapping m = (YNode.Mapping) items.get(k);
            String where = "targets[" + k + "]";
            int before = problems.size();
            for (String key : List.of("measure", "period", "value", "source")) {
                if (m.get(key) == null) problems.add(m.mark(), where + "." + key, "missing");
            }
            if (m.get("measure") != null && !measures.contains(t.measure())) {
                problems.add(m.get("measure").mark(), where + ".measure", "found " + Binder.quote(t.measure()) + Binder.suggest(t.measure(), measures)
                        + "; allowed: one of this sweep's measures: " + String.join(", ", measures));
            }
            if (m.get("period") != null && !t.period().equals("total") && !t.period().matches("\\d{4}")) {
                problems.add(m.get("period").mark(), where + ".period", "found " + Binder.quote(t.period()) + "; allowed: a calendar year such as 2016, or total");
            }
            if (t.value() != null && t.value() == 0) {
                problems.add(m.get("value").mark(), where + ".value", "found " + Binder.quote(((YNode.Scalar) m.get("value")).text())
                        + "; expected a number other than 0 (errors are relative to it)");
            }
            if (problems.size() == before && !seen.add(t.measure() + "," + t.period())) {
                problems.add(m.mark(), where, t.measure() + " in " + t.period() + " is already a target");
            }
            double lower = t.lower() == null ? Double.NaN : t.lower(), upper = t.upper() == null ? Double.NaN : t.upper();
            if (Double.isNaN(lower) != Double.isNaN(upper)) {
                problems.add(m.mark(), where, "give both lower and upper (the range that counts as agreeing), or neither");
            } else if (lower > upper) {
                problems.add(m.get("lower").mark(), where + ".lower", "found " + lower + " above upper " + upper + "; expected lower <= upper");
            } else if (t.value() != null && (t.value() < lower || t.value() > upper)) {
                problems.add(m.get("value").mark(), where + ".value", "found " + t.value() + " outside its range " + lower + " to " + upper);
            }
            if (problems.size() == before) out.add(new Target(t.measure(), t.period(), t.value(), lower, upper, t.source(), m.mark()));
        }
        return List.copyOf(out);
    }

    private static Mark keyMark(YNode.Mapping map, String key) {
        YNode.Entry e = map.entries().get(key);
        return e == null ? map.mark() : e.keyMark();
    }

    /** The targets fitted: all of them, or those before {@code holdOutFrom} ({@code total} counts as fitted). */
    public List<Target> fitted() {
        return targets.stream().filter(t -> holdOutFrom == null || !heldOut(t, holdOutFrom)).toList();
    }

    /** The targets held out of the fit, from {@code holdOutFrom} on: what the fitted parameter sets predict out of sample. */
    public List<Target> heldOut() {
        return targets.stream().filter(t -> holdOutFrom != null && heldOut(t, holdOutFrom)).toList();
    }

    private static boolean heldOut(Target t, int from) {
        return t.period().matches("\\d{4}") && Integer.parseInt(t.period()) >= from;
    }

    /** The parameter columns of results, in the file's order. */
    public List<String> parameterPaths() {
        return parameters.stream().map(SweepParameter::path).toList();
    }

}
