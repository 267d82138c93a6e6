package odsim.report;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import odsim.results.Csv;
import odsim.scenario.DatedCurve;
import odsim.scenario.Param;
import odsim.scenario.Scenario;
import odsim.scenario.ScenarioLoader;

/**
 * The parameters a report must cite: every one that a compared scenario sets to something other
 * than its default (the levers used and the region described), and every unit cost, with the
 * value in each scenario and the source of the default, read from the {@link Param} annotations.
 */
public final class ParameterSources {
    /** A parameter: key path, meaning, unit, the default's source, and its value in each scenario. */
    public record Row(String key, String doc, String unit, String defaultValue, String source, List<String> values) {}

    private static final List<String> ALWAYS = List.of("costs.");
    /** Written by every scenario file or replaced by the command line: not a model assumption. */
    private static final List<String> SKIPPED = List.of("name", "description", "seed");

    private ParameterSources() {}

    public static List<Row> of(List<Scenario> scenarios) {
        List<Map<String, Leaf>> leaves = new ArrayList<>();
        for (Scenario s : scenarios) {
            Map<String, Leaf> m = new LinkedHashMap<>();
            collect(s, "", m);
            leaves.add(m);
        }
        Map<String, Leaf> base = new LinkedHashMap<>();
        collect(ScenarioLoader.defaults("defaults"), "", base);
        Map<String, Param> keys = new LinkedHashMap<>();
        base.forEach((k, l) -> keys.put(k, l.param()));
        for (Map<String, Leaf> m : leaves) m.forEach((k, l) -> keys.putIfAbsent(k, l.param()));
        List<Row> rows = new ArrayList<>();
        for (var e : keys.entrySet()) {
            String key = e.getKey();
            if (SKIPPED.contains(key)) continue;
            Leaf d = base.get(key);
            boolean differs = false;
            List<String> values = new ArrayList<>();
            for (Map<String, Leaf> m : leaves) {
                Leaf l = m.get(key);
                values.add(l == null ? "-" : format(l.value()));
                if (d == null || l == null || !Objects.equals(format(l.value()), format(d.value()))) differs = true;
            }
            if (differs || ALWAYS.stream().anyMatch(key::startsWith)) {
                Param p = e.getValue();
                rows.add(new Row(key, p.doc(), p.unit(), p.value(), p.source(), values));
            }
        }
        return rows;
    }

    /** A value as a reader would write it: numbers plainly, dated curves as their points. */
    static String format(Object v) {
        if (v instanceof DatedCurve c) {
            if (c.isConstant()) return format(c.points().firstEntry().getValue());
            // In words a reader outside the team follows: "0 from 2015-01-01, 0.5 from 2019-01-01".
            boolean step = c.interpolation() == DatedCurve.Interpolation.STEP;
            StringBuilder b = new StringBuilder();
            c.points().forEach((date, value) -> b.append(b.length() == 0 ? "" : ", ").append(format(value)).append(step ? " from " : " on ").append(date));
            return step ? b.toString() : b.append(" (a straight line between)").toString();
        }
        if (v instanceof Double d) return Csv.number(d);
        if (v instanceof Enum<?> e) return e.name().toLowerCase(Locale.ROOT);
        return String.valueOf(v);
    }

    private record Leaf(Object value, Param param) {}

    private static void collect(Object record, String path, Map<String, Leaf> out) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String key = path.isEmpty() ? c.getName() : path + "." + c.getName();
            Param p = c.getAnnotation(Param.class);
            if (p != null) out.put(key, new Leaf(v, p));
            else if (v instanceof Record r) collect(r, key, out);
            else if (v instanceof List<?> list && c.getGenericType() instanceof ParameterizedType) {
                for (int i = 0; i < list.size(); i++) if (list.get(i) instanceof Record r) collect(r, key + "[" + i + "]", out);
            }
        }
    }
}
