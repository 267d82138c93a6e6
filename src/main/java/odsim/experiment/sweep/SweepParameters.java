package odsim.experiment.sweep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import odsim.scenario.Binder;
import odsim.scenario.Mark;
import odsim.scenario.ParameterOverride;
import odsim.scenario.Problems;
import odsim.scenario.ScenarioException;
import odsim.scenario.YNode;

/**
 * Reads a sweep file's free-keyed sections: {@code set} (values every point shares) and
 * {@code parameters} (the paths to vary, each with a list of levels, named levels, or a range for
 * sampled designs). Paths are checked for their form here and against the base scenario when
 * the points are built.
 */
final class SweepParameters {
    private SweepParameters() {}

    static List<ParameterOverride> set(YNode node, Problems problems) {
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

    static List<SweepParameter> parameters(YNode node, Mark fileMark, Design design, Problems problems) {
        List<SweepParameter> out = new ArrayList<>();
        if (node == null) {
            problems.add(fileMark, "parameters", "missing; the parameter paths to vary, e.g. policies.opc.sites: [0, 1, 2]");
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
        Set<String> seen = new HashSet<>();
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

    private static Double number(YNode node, String at, Problems problems) {
        String t = node instanceof YNode.Scalar s && s.text() != null ? s.text().trim() : null;
        try {
            double v = Double.parseDouble(t);
            if (Double.isFinite(v)) return v;
        } catch (NumberFormatException | NullPointerException e) {
            // reported below
        }
        problems.add(node.mark(), at, "found " + (t == null ? YNode.kind(node) : Binder.quote(t)) + "; expected a number");
        return null;
    }
}
