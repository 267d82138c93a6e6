package odsim.scenario;

import java.util.LinkedHashMap;
import java.util.List;

/** A YAML document as a small tree that remembers where each node was written. */
public sealed interface YNode {
    Mark mark();

    /** A plain value; {@code text} is null for an empty value ({@code key:} with nothing after it). */
    record Scalar(String text, Mark mark) implements YNode {}

    record Sequence(List<YNode> items, Mark mark) implements YNode {}

    /** A mapping; keys keep their order and their own marks. */
    record Mapping(LinkedHashMap<String, Entry> entries, Mark mark) implements YNode {
        public YNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }
    }

    record Entry(Mark keyMark, YNode value) {}

    public static String kind(YNode node) {
        if (node instanceof Scalar) return "a value";
        if (node instanceof Sequence) return "a list";
        return "a mapping";
    }
}
