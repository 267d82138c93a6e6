package odsim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a scenario with every parameter filled in, so the file alone reproduces a run:
 * loading it again gives an equal {@link Scenario}.
 */
public final class ScenarioWriter {
    private static final YAMLMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build());

    private ScenarioWriter() {}

    public static String toYaml(Scenario scenario, String header) {
        try {
            StringBuilder sb = new StringBuilder();
            for (String line : header.split("\n")) sb.append("# ").append(line).append('\n');
            sb.append(MAPPER.writeValueAsString(tree(scenario)));
            return sb.toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A parameter's value as YAML text, in the form a scenario file gives it (a curve as its points). */
    static String yamlOf(Object value) {
        try {
            return MAPPER.writeValueAsString(value(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value at a dotted parameter path of a record, e.g. {@code policies.naloxone.level}; null if there is none. */
    static Object valueAt(Record root, String path) {
        Object at = root;
        for (String key : path.split("\\.")) {
            if (!(at instanceof Record r)) return null;
            Object next = null;
            for (RecordComponent c : r.getClass().getRecordComponents()) if (c.getName().equals(key)) next = read(c, r);
            if (next == null) return null;
            at = next;
        }
        return at;
    }

    static Map<String, Object> tree(Record r) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v = read(c, r);
            // An optional value left out (null) stays out: written, it would read back as an empty value.
            if (v != null) out.put(c.getName(), value(v));
        }
        return out;
    }

    private static Object value(Object v) {
        if (v instanceof Record rec) return tree(rec);
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object o : list) out.add(value(o));
            return out;
        }
        if (v instanceof LocalDate d) return d.toString();
        if (v instanceof Enum<?> e) return e.name().toLowerCase(Locale.ROOT);
        if (v instanceof DatedCurve curve) {
            if (curve.isConstant()) return curve.points().firstEntry().getValue();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("interpolation", curve.interpolation().name().toLowerCase(Locale.ROOT));
            Map<String, Object> points = new LinkedHashMap<>();
            curve.points().forEach((date, value) -> points.put(date.toString(), value));
            m.put("points", points);
            return m;
        }
        return v;
    }

    private static Object read(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
