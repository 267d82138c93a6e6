package odsim.scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Binds a {@link YNode} tree onto parameter records, strictly: an unknown key, a wrong type or a
 * value out of range is a problem naming its place; every problem in a file is collected.
 * Record components carry their defaults in {@link Param}; nested records are sections. A boxed
 * number ({@code Long}, {@code Integer}, {@code Double}) is optional: null when the key is absent.
 * A {@link YNode} component takes its subtree as written (null when absent), for sections whose
 * keys are free, like a sweep's parameter paths, which their reader checks.
 */
public final class Binder {
    /** What an optional component binds to when absent: null in the record, but not a problem. */
    private static final Object ABSENT = new Object();
    private final Problems problems;
    /** Whether a component with a problem takes its default, so that the record is still built. */
    private boolean lenient;

    public Binder(Problems problems) {
        this.problems = problems;
    }

    /**
     * A binder that builds the record even when some values have problems (they are reported, and
     * take their defaults), for readers that check more once the record is bound and report
     * every problem of a file at once.
     */
    public Binder lenient() {
        lenient = true;
        return this;
    }

    /** Binds {@code node} (null = all defaults) to {@code type}; returns null if it had problems. */
    public <R extends Record> R bind(Class<R> type, YNode node, String path) {
        YNode.Mapping map = null;
        if (node instanceof YNode.Mapping m) {
            map = m;
        } else if (node != null) {
            problems.add(node.mark(), path, "expected a mapping of keys, found " + YNode.kind(node));
            return null;
        }
        RecordComponent[] components = type.getRecordComponents();
        if (map != null) reportUnknownKeys(map, components, path);
        Object[] args = new Object[components.length];
        boolean ok = true;
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            YNode child = map == null ? null : map.get(c.getName());
            String childPath = join(path, c.getName());
            Object value = bindComponent(c, child, childPath);
            if (value == null && lenient) value = fallback(c, childPath);
            if (value == null) ok = false;
            args[i] = value == ABSENT ? null : value;
        }
        if (!ok) return null;
        try {
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) types[i] = components[i].getType();
            Constructor<R> ctor = type.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException) {
                problems.add(map == null ? null : map.mark(), path, cause.getMessage());
                return null;
            }
            throw new IllegalStateException("cannot build " + type.getSimpleName(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    private Object bindComponent(RecordComponent c, YNode node, String path) {
        Param param = c.getAnnotation(Param.class);
        Class<?> raw = c.getType();
        if (raw == List.class) return bindList(c.getGenericType(), node, path);
        if (raw == YNode.class) return node == null ? ABSENT : node;
        Class<?> unboxed = raw == Long.class ? long.class : raw == Integer.class ? int.class : raw == Double.class ? double.class : null;
        if (unboxed != null && param != null) return node == null ? ABSENT : convert(unboxed, node, path, param);
        if (param != null) {
            if (node == null) return defaultValue(c, param, path);
            return convert(raw, node, path, param);
        }
        if (raw.isRecord()) return bind(raw.asSubclass(Record.class), node, path);
        throw new IllegalStateException(path + ": component without @Param: " + c);
    }

    /** What a component with a problem takes in a lenient binder: its default, nothing, or an empty list. */
    private Object fallback(RecordComponent c, String path) {
        Class<?> raw = c.getType();
        Param param = c.getAnnotation(Param.class);
        if (raw == List.class) return List.of();
        if (raw == YNode.class || raw == Long.class || raw == Integer.class || raw == Double.class) return ABSENT;
        if (param != null) return defaultValue(c, param, path);
        if (raw.isRecord()) return bind(raw.asSubclass(Record.class), null, path);
        return null;
    }

    private Object bindList(Type generic, YNode node, String path) {
        Class<?> element = (Class<?>) ((ParameterizedType) generic).getActualTypeArguments()[0];
        if (node == null) return List.of();
        if (!(node instanceof YNode.Sequence seq)) {
            problems.add(node.mark(), path, "expected a list, found " + YNode.kind(node));
            return null;
        }
        List<Object> out = new ArrayList<>();
        boolean ok = true;
        if (element == String.class) {
            for (int i = 0; i < seq.items().size(); i++) {
                YNode item = seq.items().get(i);
                if (item instanceof YNode.Scalar s && s.text() != null && !s.text().isBlank()) out.add(s.text().trim());
                else {
                    problems.add(item.mark(), path + "[" + i + "]", "expected text, found " + (item instanceof YNode.Scalar ? "an empty value" : YNode.kind(item)));
                    ok = false;
                }
            }
            return ok ? List.copyOf(out) : null;
        }
        for (int i = 0; i < seq.items().size(); i++) {
            Object v = bind(element.asSubclass(Record.class), seq.items().get(i), path + "[" + i + "]");
            if (v == null) ok = false;
            out.add(v);
        }
        return ok ? List.copyOf(out) : null;
    }

    private Object defaultValue(RecordComponent c, Param param, String path) {
        Object v = convert(c.getType(), new YNode.Scalar(param.value(), null), path, param);
        if (v == null) throw new IllegalStateException("bad built-in default for " + path + ": " + param.value());
        return v;
    }

    private Object convert(Class<?> type, YNode node, String path, Param param) {
        if (type == DatedCurve.class) return toCurve(node, path, param);
        if (!(node instanceof YNode.Scalar scalar)) {
            problems.add(node.mark(), path, "expected " + describe(type, param) + ", found " + YNode.kind(node));
            return null;
        }
        String text = scalar.text();
        if (text == null || text.isBlank()) {
            problems.add(node.mark(), path, "empty value; expected " + describe(type, param));
            return null;
        }
        text = text.trim();
        try {
            if (type == double.class) return checkRange(parseDouble(text), node, path, param);
            if (type == long.class && text.replace("_", "").matches("-?\\d{1,19}")) {
                // Exactly, beyond the 2^53 a double holds (a seed written by odsim reads back as itself).
                long v;
                try {
                    v = Long.parseLong(text.replace("_", ""));
                } catch (NumberFormatException e) {
                    problems.add(node.mark(), path, "found " + quote(text) + "; expected " + describe(type, param));
                    return null;
                }
                if (checkRange(v, node, path, param) == null) return null;
                return v;
            }
            if (type == int.class || type == long.class) {
                double d = parseDouble(text.replace("_", ""));
                if (d != Math.rint(d) || Math.abs(d) > (type == int.class ? Integer.MAX_VALUE : 9.0e15)) {
                    problems.add(node.mark(), path, "found " + quote(text) + "; expected " + describe(type, param));
                    return null;
                }
                if (checkRange(d, node, path, param) == null) return null;
                return type == int.class ? (Object) (int) d : (Object) (long) d;
            }
            if (type == boolean.class) {
                if (text.equals("true")) return true;
                if (text.equals("false")) return false;
                problems.add(node.mark(), path, "found " + quote(text) + "; expected true or false");
                return null;
            }
            if (type == String.class) {
                if (hasLoneSurrogate(text)) {
                    problems.add(node.mark(), path, "found text with a lone surrogate (an escape like \\uD800 that is half a character); "
                            + "allowed: text that files can be written with");
                    return null;
                }
                return text;
            }
            if (type == LocalDate.class) return LocalDate.parse(text);
            if (type.isEnum()) return toEnum(type, text, node, path);
        } catch (NumberFormatException | DateTimeParseException e) {
            problems.add(node.mark(), path, "found " + quote(text) + "; expected " + describe(type, param));
            return null;
        }
        throw new IllegalStateException("unsupported parameter type " + type + " at " + path);
    }

    /** Half of a UTF-16 pair without its other half: no file name or UTF-8 file can hold it. */
    private static boolean hasLoneSurrogate(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isHighSurrogate(c) && k + 1 < s.length() && Character.isLowSurrogate(s.charAt(k + 1))) k++;
            else if (Character.isSurrogate(c)) return true;
        }
        return false;
    }

    private static double parseDouble(String text) {
        double d = Double.parseDouble(text);
        if (Double.isNaN(d) || Double.isInfinite(d)) throw new NumberFormatException(text);
        return d;
    }

    private Object checkRange(double v, YNode node, String path, Param param) {
        if (v < param.min() || v > param.max()) {
            problems.add(node.mark(), path, "found " + fmt(v) + "; allowed " + range(param));
            return null;
        }
        return v;
    }

    private Object toEnum(Class<?> type, String text, YNode node, String path) {
        String wanted = normalise(text);
        List<String> names = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            names.add(name.toLowerCase(Locale.ROOT));
            if (normalise(name).equals(wanted)) return constant;
        }
        problems.add(node.mark(), path, "found " + quote(text) + suggest(text, names) + "; allowed: " + String.join(", ", names));
        return null;
    }

    private DatedCurve toCurve(YNode node, String path, Param param) {
        if (node instanceof YNode.Scalar s) {
            if (s.mark() == null) {
                return DatedCurve.parseCompact(s.text());
            }
            Object v = convert(double.class, node, path, param);
            return v == null ? null : DatedCurve.constant((Double) v);
        }
        if (!(node instanceof YNode.Mapping map)) {
            problems.add(node.mark(), path, "expected a number or a mapping with 'interpolation' and 'points'");
            return null;
        }
        List<String> allowed = List.of("interpolation", "points");
        for (var e : map.entries().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                problems.add(e.getValue().keyMark(), join(path, shorten(e.getKey())),
                        "unknown key" + suggest(e.getKey(), allowed) + "; allowed: " + String.join(", ", allowed));
            }
        }
        DatedCurve.Interpolation interpolation = DatedCurve.Interpolation.LINEAR;
        YNode interp = map.get("interpolation");
        if (interp != null) {
            Object v = convert(DatedCurve.Interpolation.class, interp, join(path, "interpolation"), param);
            if (v == null) return null;
            interpolation = (DatedCurve.Interpolation) v;
        }
        YNode pointsNode = map.get("points");
        if (!(pointsNode instanceof YNode.Mapping points) || points.entries().isEmpty()) {
            problems.add(pointsNode == null ? map.mark() : pointsNode.mark(), join(path, "points"),
                    "expected a mapping of dates to values, e.g. '2016-01-01: 0.1'");
            return null;
        }
        TreeMap<LocalDate, Double> out = new TreeMap<>();
        boolean ok = true;
        for (var e : points.entries().entrySet()) {
            String pointPath = join(path, "points." + shorten(e.getKey()));
            LocalDate date;
            try {
                date = LocalDate.parse(e.getKey());
            } catch (DateTimeParseException ex) {
                problems.add(e.getValue().keyMark(), pointPath, "found " + quote(e.getKey()) + "; expected a date like 2016-01-01");
                ok = false;
                continue;
            }
            Object v = convert(double.class, e.getValue().value(), pointPath, param);
            if (v == null) ok = false;
            else out.put(date, (Double) v);
        }
        return ok ? new DatedCurve(interpolation, out) : null;
    }

    private void reportUnknownKeys(YNode.Mapping map, RecordComponent[] components, String path) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : components) names.add(c.getName());
        for (var e : map.entries().entrySet()) {
            if (!names.contains(e.getKey())) {
                problems.add(e.getValue().keyMark(), join(path, shorten(e.getKey())),
                        "unknown key" + suggest(e.getKey(), names) + "; allowed: " + String.join(", ", names));
            }
        }
    }

    /** A "did you mean" for a near-miss, or nothing. */
    public static String suggest(String found, List<String> candidates) {
        if (found.length() > 100) return ""; // no near miss, and Levenshtein on it would cost time
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String lower = found.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .min(Comparator.comparingInt(c -> distance.apply(lower, c.toLowerCase(Locale.ROOT))))
                .filter(best -> distance.apply(lower, best.toLowerCase(Locale.ROOT)) <= Math.max(2, best.length() / 3))
                .map(best -> "; did you mean '" + best + "'?")
                .orElse("");
    }

    /** A value from the file as messages show it: quoted, shortened, control characters escaped. */
    public static String quote(String text) {
        return "'" + shorten(text) + "'";
    }

    /** Keeps one message on one readable line even for a 500 KB value or key. */
    public static String shorten(String text) {
        StringBuilder b = new StringBuilder();
        int limit = 60;
        for (int i = 0; i < text.length() && i < limit; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        if (text.length() > limit) b.append("...(").append(text.length()).append(" characters)");
        return b.toString();
    }

    static String describe(Class<?> type, Param param) {
        String what;
        if (type == double.class) what = "a number";
        else if (type == int.class || type == long.class) what = "a whole number";
        else if (type == boolean.class) what = "true or false";
        else if (type == LocalDate.class) what = "a date like 2016-01-01";
        else if (type.isEnum()) {
            what = "one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        } else what = "text";
        String r = param == null ? "" : range(param);
        if (r.isEmpty() || !(type == double.class || type == int.class || type == long.class)) return what;
        return what + (r.startsWith("[") ? " in " : " ") + r; // "a number in [0, 1]", "a number >= 0"
    }

    static String range(Param p) {
        boolean lo = p.min() != Double.NEGATIVE_INFINITY, hi = p.max() != Double.POSITIVE_INFINITY;
        if (lo && hi) return "[" + fmt(p.min()) + ", " + fmt(p.max()) + "]";
        if (lo) return ">= " + fmt(p.min());
        if (hi) return "<= " + fmt(p.max());
        return "";
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    static String join(String path, String key) {
        return path == null || path.isEmpty() ? key : path + "." + key;
    }
}
