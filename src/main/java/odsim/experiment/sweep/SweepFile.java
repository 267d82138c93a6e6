package odsim.experiment.sweep;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import odsim.results.Measure;
import odsim.scenario.Binder;
import odsim.scenario.Mark;
import odsim.scenario.ParameterOverride;
import odsim.scenario.Problems;
import odsim.scenario.ScenarioException;
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
 */
public record SweepFile(String name, String description, Path file, Path base, Long seed, Integer agents,
                        int replications, Design design, int samples, long designSeed,
                        List<ParameterOverride> set, List<SweepParameter> parameters, List<String> measures, ChartSpec chart,
                        List<Target> targets) {

    static final List<String> KEYS = List.of("name", "description", "base", "seed", "agents", "replications", "design",
            "samples", "designSeed", "set", "parameters", "measures", "chart", "targets");
    public static final List<String> DEFAULT_MEASURES = List.of("overdose_deaths", "overdose_deaths_per_100k", "overdoses",
            "naloxone_reversals", "cost_total");
    public static final int MAX_POINTS = 1_000_000;
    public static final int MAX_RUNS = 10_000_000;

    /** True when the YAML file looks like a sweep (has {@code parameters} and {@code base}), for {@code validate}. */
    public static boolean looksLikeSweep(YNode tree) {
        return tree instanceof YNode.Mapping m && m.get("parameters") != null && m.get("base") != null;
    }

    public static SweepFile load(Path file) {
        YNode tree = YamlTree.read(file);
        String where = file.toString();
        if (!(tree instanceof YNode.Mapping map)) {
            throw new ScenarioException(tree.mark() + ": a sweep file is a mapping of keys, found " + kind(tree));
        }
        Problems problems = new Problems();
        for (var e : map.entries().entrySet()) {
            if (!KEYS.contains(e.getKey())) {
                problems.add(e.getValue().keyMark(), e.getKey(), "unknown key" + Binder.suggest(e.getKey(), KEYS) + "; allowed: " + String.join(", ", KEYS));
            }
        }
        String name = text(map, "name", problems, stem(file));
        String description = text(map, "description", problems, "");
        Path base = null;
        YNode baseNode = map.get("base");
        if (baseNode == null) {
            problems.add(map.mark(), "base", "missing; the scenario file the sweep starts from, relative to this file");
        } else {
            String b = text(map, "base", problems, null);
            if (b != null) {
                try {
                    base = file.resolveSibling(b).normalize();
                    if (!Files.isRegularFile(base)) {
                        problems.add(baseNode.mark(), "base", "file not found: " + base);
                        base = null;
                    }
                } catch (InvalidPathException e) {
                    problems.add(baseNode.mark(), "base", "not a file path: " + Binder.quote(b));
                }
            }
        }
        Long seed = map.get("seed") == null ? null : whole(map, "seed", problems, 0, Long.MAX_VALUE, 0L);
        Integer agents = map.get("agents") == null ? null : (int) (long) whole(map, "agents", problems, 1, 50_000_000, 1L);
        int replications = (int) (long) whole(map, "replications", problems, 1, 100_000, 1L);
        Design design = design(map, problems);
        int samples = 0;
        if (design != Design.GRID) {
            if (map.get("samples") == null) problems.add(map.mark(), "samples", "missing; a " + design.label() + " design needs the number of points, e.g. samples: 64");
            else samples = (int) (long) whole(map, "samples", problems, 1, MAX_POINTS, 1L);
        } else if (map.get("samples") != null) {
            problems.add(keyMark(map, "samples"), "samples", "only for latin-hypercube and sobol designs; a grid takes every combination of levels");
        }
        long designSeed = map.get("designSeed") == null ? 1L : whole(map, "designSeed", problems, 0, Long.MAX_VALUE, 1L);
        List<ParameterOverride> set = overrides(map, problems);
        List<SweepParameter> parameters = parameters(map, design, problems);
        List<String> measures = measures(map, problems);
        ChartSpec chart = chart(map, parameters, measures, design, problems);
        List<Target> targets = targets(map, measures, problems);
        problems.throwIfAny();
        long points = design == Design.GRID ? gridSize(parameters) : samples;
        if (points > MAX_POINTS || points * replications > MAX_RUNS) {
            throw new ScenarioException(where + ": " + points + " points x " + replications + " replications is too many; allowed up to "
                    + MAX_POINTS + " points and " + MAX_RUNS + " runs");
        }
        return new SweepFile(name, description, file, base, seed, agents, replications, design, samples, designSeed,
                set, parameters, measures, chart, targets);
    }

    private static final List<String> TARGET_KEYS = List.of("measure", "period", "value", "source");

    /** Observed values to calibrate against: each a measure of this sweep, a year or total, a value and its source. */
    private static List<Target> targets(YNode.Mapping map, List<String> measures, Problems problems) {
        YNode node = map.get("targets");
        List<Target> out = new ArrayList<>();
        if (node == null) return out;
        String example = "e.g. - {measure: overdose_deaths_per_100k, period: 2016, value: 19.8, source: \"NCHS Data Brief 294\"}";
        if (!(node instanceof YNode.Sequence seq) || seq.items().isEmpty()) {
            problems.add(node.mark(), "targets", "expected a list of observed values, " + example);
            return out;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int k = 0; k < seq.items().size(); k++) {
            YNode item = seq.items().get(k);
            String where = "targets[" + k + "]";
            if (!(item instanceof YNode.Mapping m)) {
                problems.add(item.mark(), where, "expected a mapping with measure, period, value and source, " + example);
                continue;
            }
            for (var e : m.entries().entrySet()) {
                if (!TARGET_KEYS.contains(e.getKey())) problems.add(e.getValue().keyMark(), where + "." + Binder.shorten(e.getKey()),
                        "unknown key" + Binder.suggest(e.getKey(), TARGET_KEYS) + "; allowed: " + String.join(", ", TARGET_KEYS));
            }
            int before = problems.size();
            String measure = required(m, "measure", where, problems);
            String period = required(m, "period", where, problems);
            String valueText = required(m, "value", where, problems);
            String source = required(m, "source", where, problems);
            if (measure != null && !measures.contains(measure)) {
                problems.add(m.get("measure").mark(), where + ".measure", "found " + Binder.quote(measure) + Binder.suggest(measure, measures)
                        + "; allowed: one of this sweep's measures: " + String.join(", ", measures));
            }
            if (period != null && !period.equals("total") && !period.matches("\\d{4}")) {
                problems.add(m.get("period").mark(), where + ".period", "found " + Binder.quote(period) + "; allowed: a calendar year such as 2016, or total");
            }
            double value = Double.NaN;
            if (valueText != null) {
                try {
                    value = Double.parseDouble(valueText.replace("_", ""));
                } catch (NumberFormatException e) {
                    // reported below
                }
                if (!Double.isFinite(value) || value == 0) {
                    problems.add(m.get("value").mark(), where + ".value", "found " + Binder.quote(valueText)
                            + "; expected a number other than 0 (errors are relative to it)");
                }
            }
            if (problems.size() == before && !seen.add(measure + "," + period)) {
                problems.add(item.mark(), where, measure + " in " + period + " is already a target");
            }
            if (problems.size() == before) out.add(new Target(measure, period, value, source, item.mark()));
        }
        return List.copyOf(out);
    }

    private static String required(YNode.Mapping m, String key, String where, Problems problems) {
        YNode node = m.get(key);
        if (node == null) {
            problems.add(m.mark(), where + "." + key, "missing");
            return null;
        }
        if (node instanceof YNode.Scalar s && s.text() != null && !s.text().isBlank()) return s.text().trim();
        problems.add(node.mark(), where + "." + key, "expected a value, found " + kind(node));
        return null;
    }

    private static long gridSize(List<SweepParameter> parameters) {
        long n = 1;
        for (SweepParameter p : parameters) n = Math.min(MAX_POINTS + 1L, n * p.levels().size()); // capped: never overflows
        return n;
    }

    private static Design design(YNode.Mapping map, Problems problems) {
        YNode node = map.get("design");
        if (node == null) return Design.GRID;
        String t = text(map, "design", problems, null);
        if (t == null) return Design.GRID;
        for (Design d : Design.values()) if (d.label().equals(t.trim())) return d;
        problems.add(node.mark(), "design", "found " + Binder.quote(t) + Binder.suggest(t, Design.labels()) + "; allowed: " + String.join(", ", Design.labels()));
        return Design.GRID;
    }

    private static List<ParameterOverride> overrides(YNode.Mapping map, Problems problems) {
        YNode node = map.get("set");
        List<ParameterOverride> out = new ArrayList<>();
        if (node == null) return out;
        if (!(node instanceof YNode.Mapping m)) {
            problems.add(node.mark(), "set", "expected a mapping of parameter paths to values, e.g. policies.naloxone.level: 1");
            return out;
        }
        for (var e : m.entries().entrySet()) {
            try {
                out.add(new ParameterOverride(e.getKey(), e.getValue().value(), e.getValue().keyMark()));
            } catch (ScenarioException ex) {
                ex.problems().forEach(p -> problems.add(null, null, p));
            }
        }
        return out;
    }

    private static List<SweepParameter> parameters(YNode.Mapping map, Design design, Problems problems) {
        YNode node = map.get("parameters");
        List<SweepParameter> out = new ArrayList<>();
        if (node == null) {
            problems.add(map.mark(), "parameters", "missing; the parameter paths to vary, e.g. policies.opc.sites: [0, 1, 2]");
            return out;
        }
        if (!(node instanceof YNode.Mapping m) || m.entries().isEmpty()) {
            problems.add(node.mark(), "parameters", "expected a mapping of parameter paths to their levels or ranges");
            return out;
        }
        for (var e : m.entries().entrySet()) {
            String path = e.getKey();
            Mark keyMark = e.getValue().keyMark();
            String at = "parameters." + Binder.shorten(path);
            try {
                new ParameterOverride(path, e.getValue().value(), keyMark); // checks the path's form
            } catch (ScenarioException ex) {
                ex.problems().forEach(p -> problems.add(null, null, p));
                continue;
            }
            YNode v = e.getValue().value();
            if (v instanceof YNode.Sequence seq) {
                List<Level> levels = new ArrayList<>();
                for (YNode item : seq.items()) {
                    if (item instanceof YNode.Scalar s && s.text() != null && !s.text().isBlank()) {
                        levels.add(new Level(s.text().trim(), item));
                    } else {
                        problems.add(item.mark(), at, "a level in a list must be a plain value; name curves and other "
                                + "mappings instead, e.g. {slow: {points: {...}}, fast: 0.8}");
                    }
                }
                addLevels(out, path, keyMark, levels, seq.mark(), at, problems);
            } else if (v instanceof YNode.Mapping lm && isRange(lm)) {
                SweepParameter.Range r = range(lm, at, problems);
                if (r == null) continue;
                if (design == Design.GRID) {
                    problems.add(lm.mark(), at, "a grid needs a list of levels, e.g. [0, 500, 1000]; a range {min, max} is for latin-hypercube and sobol designs");
                    continue;
                }
                out.add(new SweepParameter(path, keyMark, List.of(), r));
            } else if (v instanceof YNode.Mapping lm) {
                List<Level> levels = new ArrayList<>();
                for (var level : lm.entries().entrySet()) levels.add(new Level(level.getKey(), level.getValue().value()));
                addLevels(out, path, keyMark, levels, lm.mark(), at, problems);
            } else {
                problems.add(v.mark(), at, "expected a list of levels [a, b, ...], named levels {name: value, ...} or a range {min: a, max: b}; "
                        + "a value every point shares goes under 'set'");
            }
        }
        return out;
    }

    private static void addLevels(List<SweepParameter> out, String path, Mark keyMark, List<Level> levels, Mark at, String key, Problems problems) {
        if (levels.isEmpty()) {
            problems.add(at, key, "no levels; give at least one");
            return;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Level l : levels) {
            if (!seen.add(l.label())) problems.add(l.value().mark(), key, "level " + Binder.quote(l.label()) + " appears twice");
        }
        out.add(new SweepParameter(path, keyMark, List.copyOf(levels), null));
    }

    private static boolean isRange(YNode.Mapping m) {
        return m.get("min") != null && m.get("max") != null
                && m.entries().keySet().stream().allMatch(k -> k.equals("min") || k.equals("max") || k.equals("integer"));
    }

    private static SweepParameter.Range range(YNode.Mapping m, String at, Problems problems) {
        Double min = number(m.get("min"), at + ".min", problems), max = number(m.get("max"), at + ".max", problems);
        boolean integer = false;
        YNode i = m.get("integer");
        if (i != null) {
            String t = i instanceof YNode.Scalar s ? s.text() : null;
            if ("true".equals(t)) integer = true;
            else if (!"false".equals(t)) problems.add(i.mark(), at + ".integer", "expected true or false");
        }
        if (min == null || max == null) return null;
        if (max < min) {
            problems.add(m.mark(), at, "max " + max + " is below min " + min);
            return null;
        }
        return new SweepParameter.Range(min, max, integer);
    }

    private static List<String> measures(YNode.Mapping map, Problems problems) {
        YNode node = map.get("measures");
        if (node == null) return DEFAULT_MEASURES;
        List<String> allowed = measureLabels();
        List<String> out = new ArrayList<>();
        if (!(node instanceof YNode.Sequence seq) || seq.items().isEmpty()) {
            problems.add(node.mark(), "measures", "expected a list of measures, e.g. [overdose_deaths, cost_total]");
            return out;
        }
        for (YNode item : seq.items()) {
            String t = item instanceof YNode.Scalar s && s.text() != null ? s.text().trim() : "";
            if (!allowed.contains(t)) {
                problems.add(item.mark(), "measures", "found " + Binder.quote(t) + Binder.suggest(t, allowed)
                        + "; allowed: any measure of series.csv, e.g. overdose_deaths, overdose_deaths_per_100k, cost_total (odsim run --help)");
            } else if (out.contains(t)) {
                problems.add(item.mark(), "measures", Binder.quote(t) + " appears twice");
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
            if (m.per100k) out.add(m.label() + "_per_100k");
        }
        return out;
    }

    private static ChartSpec chart(YNode.Mapping map, List<SweepParameter> parameters, List<String> measures, Design design, Problems problems) {
        List<String> paths = parameters.stream().map(SweepParameter::path).toList();
        String defaultX = paths.isEmpty() ? null : paths.get(0);
        String defaultSeries = paths.size() > 1 ? paths.get(1) : null;
        String defaultMeasure = measures.isEmpty() ? null : measures.get(0);
        YNode node = map.get("chart");
        if (node == null) return new ChartSpec(defaultMeasure, defaultX, defaultSeries, null, false);
        if (!(node instanceof YNode.Mapping m)) {
            problems.add(node.mark(), "chart", "expected a mapping with measure, x and optionally series (lines) or y (a heat map)");
            return null;
        }
        List<String> keys = List.of("measure", "x", "series", "y", "relative");
        for (var e : m.entries().entrySet()) {
            if (!keys.contains(e.getKey())) problems.add(e.getValue().keyMark(), "chart." + Binder.shorten(e.getKey()),
                    "unknown key" + Binder.suggest(e.getKey(), keys) + "; allowed: " + String.join(", ", keys));
        }
        String measure = text(m, "measure", problems, defaultMeasure);
        if (measure != null && !measures.contains(measure)) {
            problems.add(m.get("measure").mark(), "chart.measure", "found " + Binder.quote(measure) + "; allowed: one of this sweep's measures: " + String.join(", ", measures));
        }
        String x = text(m, "x", problems, defaultX);
        String series = m.get("series") == null ? null : text(m, "series", problems, null);
        String y = m.get("y") == null ? null : text(m, "y", problems, null);
        for (String k : List.of("x", "series", "y")) {
            String v = k.equals("x") ? x : k.equals("series") ? series : y;
            if (v != null && !paths.contains(v)) {
                problems.add(m.get(k).mark(), "chart." + k, "found " + Binder.quote(v) + Binder.suggest(v, paths) + "; allowed: a swept parameter: " + String.join(", ", paths));
            }
        }
        if (x != null && x.equals(series)) problems.add(m.get("series").mark(), "chart.series", "is the same parameter as chart.x");
        if (x != null && x.equals(y)) problems.add(m.get("y").mark(), "chart.y", "is the same parameter as chart.x");
        if (y != null && series != null) problems.add(m.get("y").mark(), "chart.y", "a heat map (y) has no series; give one of them");
        if (y != null && design != Design.GRID) problems.add(m.get("y").mark(), "chart.y", "a heat map needs a grid design; sampled points are drawn with error bars against x");
        boolean relative = false;
        if (m.get("relative") != null) {
            String r = text(m, "relative", problems, "false");
            if (r.equals("true")) relative = true;
            else if (!r.equals("false")) problems.add(m.get("relative").mark(), "chart.relative", "found " + Binder.quote(r) + "; expected true or false");
        }
        return new ChartSpec(measure, x, series, y, relative);
    }

    private static String text(YNode.Mapping map, String key, Problems problems, String otherwise) {
        YNode node = map.get(key);
        if (node == null) return otherwise;
        if (node instanceof YNode.Scalar s && s.text() != null && !s.text().isBlank()) return s.text().trim();
        problems.add(node.mark(), key, "expected text, found " + kind(node));
        return otherwise;
    }

    private static Long whole(YNode.Mapping map, String key, Problems problems, long min, long max, Long otherwise) {
        YNode node = map.get(key);
        if (node == null) {
            problems.add(map.mark(), key, "missing; expected a whole number in [" + min + ", " + max + "]");
            return otherwise;
        }
        String t = node instanceof YNode.Scalar s && s.text() != null ? s.text().trim().replace("_", "") : null;
        try {
            long v = Long.parseLong(t);
            if (v >= min && v <= max) return v;
        } catch (NumberFormatException | NullPointerException e) {
            // reported below
        }
        problems.add(node.mark(), key, "found " + (t == null ? kind(node) : Binder.quote(t)) + "; expected a whole number in [" + min + ", " + max + "]");
        return otherwise;
    }

    private static Double number(YNode node, String at, Problems problems) {
        String t = node instanceof YNode.Scalar s && s.text() != null ? s.text().trim() : null;
        try {
            double v = Double.parseDouble(t);
            if (Double.isFinite(v)) return v;
        } catch (NumberFormatException | NullPointerException e) {
            // reported below
        }
        problems.add(node.mark(), at, "found " + (t == null ? kind(node) : Binder.quote(t)) + "; expected a number");
        return null;
    }

    private static Mark keyMark(YNode.Mapping map, String key) {
        YNode.Entry e = map.entries().get(key);
        return e == null ? map.mark() : e.keyMark();
    }

    private static String kind(YNode node) {
        if (node instanceof YNode.Scalar) return "a value";
        if (node instanceof YNode.Sequence) return "a list";
        return "a mapping";
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** The parameter columns of results, in the file's order. */
    public List<String> parameterPaths() {
        return parameters.stream().map(SweepParameter::path).toList();
    }

}
