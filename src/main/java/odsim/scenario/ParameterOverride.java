package odsim.scenario;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * One value set by a dotted parameter path, e.g. {@code policies.naloxone.kitsPerYearPer100k: 2000}
 * from a sweep file or {@code --set}. It is merged into a scenario's resolved tree before binding,
 * so an unknown path, a wrong type or a value out of range is the usual problem, reported at
 * {@code mark} (where the path was written).
 */
public record ParameterOverride(String path, YNode value, Mark mark) {
    public ParameterOverride {
        if (path == null || path.isBlank()) throw new ScenarioException(mark + ": expected a parameter path like policies.naloxone.kitsPerYearPer100k");
        for (String segment : path.split("\\.", -1)) {
            if (segment.isBlank()) {
                throw new ScenarioException(mark + ": " + Binder.shorten(path) + ": not a parameter path; write keys joined by dots, like policies.opc.sites");
            }
        }
        if (path.equals("name") || path.equals("seed") || path.equals("extends")) {
            throw new ScenarioException(mark + ": " + path + ": cannot be set by path; allowed: any scenario parameter except name, seed and extends");
        }
    }

    /** A value given as text (parsed as YAML, so a curve can be written inline), as {@code --set PATH=VALUE} gives it. */
    public static ParameterOverride parse(String assignment, String source) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) throw new ScenarioException(source + ": expected PATH=VALUE, e.g. policies.opc.sites=4; found " + Binder.quote(assignment));
        Mark mark = Mark.ofFile(source + " " + Binder.shorten(assignment));
        String text = assignment.substring(eq + 1);
        YNode value = text.isBlank() ? new YNode.Scalar(null, mark) : YamlTree.parse(mark.file(), text);
        if (value instanceof YNode.Scalar s) value = new YNode.Scalar(s.text(), mark); // "line 1, column 1" of a command line says nothing
        return new ParameterOverride(assignment.substring(0, eq).trim(), value, mark);
    }

    /** The override as the nested mapping its path stands for: {@code a.b.c: v} is {@code {a: {b: {c: v}}}}. */
    YNode asTree() {
        List<String> keys = List.of(path.split("\\."));
        YNode node = value;
        for (int i = keys.size() - 1; i >= 0; i--) {
            LinkedHashMap<String, YNode.Entry> entries = new LinkedHashMap<>();
            entries.put(keys.get(i), new YNode.Entry(mark, node));
            node = new YNode.Mapping(entries, mark);
        }
        return node;
    }
}
