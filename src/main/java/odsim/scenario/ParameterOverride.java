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

    /**
     * A value set by a program (the GUI's levers): a number, text, a dated curve or a parameter
     * record, written as a scenario file would give it. {@code source} names the program in messages.
     */
    public static ParameterOverride of(String path, Object value, String source) {
        Mark mark = Mark.ofFile(source + " " + path);
        return new ParameterOverride(path, YamlTree.parse(mark.file(), ScenarioWriter.yamlOf(value)), mark);
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

    /**
     * The scenario tree with this value set at its path: {@code a.b.c: v} merges {@code {a: {b:
     * {c: v}}}} into it; a segment {@code key[n]} steps into item n of the list at {@code key}
     * (counting from 0), e.g. {@code jobLossShocks[0].share}, which must exist.
     */
    YNode applyTo(YNode tree) {
        return apply(tree, List.of(path.split("\\.")), 0);
    }

    private static final java.util.regex.Pattern INDEXED = java.util.regex.Pattern.compile("(.+)\\[(\\d+)]");

    private YNode apply(YNode tree, List<String> keys, int k) {
        if (k == keys.size()) return ScenarioLoader.merge(tree, value);
        String segment = keys.get(k);
        java.util.regex.Matcher indexed = INDEXED.matcher(segment);
        String key = indexed.matches() ? indexed.group(1) : segment;
        LinkedHashMap<String, YNode.Entry> entries = tree instanceof YNode.Mapping m ? new LinkedHashMap<>(m.entries()) : new LinkedHashMap<>();
        YNode.Entry old = entries.get(key);
        YNode next;
        if (indexed.matches()) {
            // Any index past the list is out of range, however many digits it has.
            String digits = indexed.group(2);
            int n = digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
            if (old == null || !(old.value() instanceof YNode.Sequence list)) {
                throw new ScenarioException(mark + ": " + Binder.shorten(path) + ": " + key + " is not a list in this scenario; "
                        + "allowed: an index into a list the scenario has, like jobLossShocks[0].share");
            }
            if (n >= list.items().size()) {
                throw new ScenarioException(mark + ": " + Binder.shorten(path) + ": " + key + " has " + list.items().size()
                        + (list.items().size() == 1 ? " item" : " items") + "; allowed: " + key + "[0]"
                        + (list.items().size() > 1 ? " to " + key + "[" + (list.items().size() - 1) + "]" : ""));
            }
            java.util.List<YNode> items = new java.util.ArrayList<>(list.items());
            items.set(n, apply(items.get(n), keys, k + 1));
            next = new YNode.Sequence(items, list.mark());
        } else {
            next = apply(old == null ? new YNode.Mapping(new LinkedHashMap<>(), mark) : old.value(), keys, k + 1);
        }
        entries.put(key, new YNode.Entry(old == null ? mark : old.keyMark(), next));
        return new YNode.Mapping(entries, tree instanceof YNode.Mapping m ? m.mark() : mark);
    }
}
