package odsim.scenario;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A time-varying input given as dated points, e.g. the fentanyl share of the street supply.
 * Before the first point the first value holds, after the last the last value holds; between
 * points the value is interpolated linearly or held until the next point ({@link Interpolation}).
 */
public record DatedCurve(Interpolation interpolation, NavigableMap<LocalDate, Double> points) {
    public enum Interpolation { LINEAR, STEP }

    public DatedCurve {
        if (points.isEmpty()) throw new IllegalArgumentException("a dated curve needs at least one point");
        points = new TreeMap<>(points);
    }

    public static DatedCurve constant(double value) {
        return new DatedCurve(Interpolation.STEP, new TreeMap<>(Map.of(LocalDate.of(2000, 1, 1), value)));
    }

    public boolean isConstant() {
        return points.size() == 1;
    }

    public double valueAt(LocalDate date) {
        Map.Entry<LocalDate, Double> before = points.floorEntry(date);
        Map.Entry<LocalDate, Double> after = points.ceilingEntry(date);
        if (before == null) return after.getValue();
        if (after == null || before.getKey().equals(date)) return before.getValue();
        if (interpolation == Interpolation.STEP) return before.getValue();
        double span = after.getKey().toEpochDay() - before.getKey().toEpochDay();
        double w = (date.toEpochDay() - before.getKey().toEpochDay()) / span;
        return before.getValue() + w * (after.getValue() - before.getValue());
    }

    /** The value on each day of a horizon, so the day loop reads an array, not a tree. */
    public double[] daily(LocalDate start, int days) {
        double[] out = new double[days];
        for (int d = 0; d < days; d++) out[d] = valueAt(start.plusDays(d));
        return out;
    }

    /**
     * This curve up to the day before {@code date}, then {@code value} from {@code date} on (a
     * lever moved during a run). Daily values before {@code date} are unchanged (to rounding:
     * a linear stretch is re-anchored on the day before).
     */
    public DatedCurve withValueFrom(LocalDate date, double value) {
        TreeMap<LocalDate, Double> changed = new TreeMap<>(points.headMap(date, false));
        LocalDate dayBefore = date.minusDays(1);
        changed.put(dayBefore, valueAt(dayBefore));
        changed.put(date, value);
        return new DatedCurve(interpolation, changed);
    }

    public double min() {
        return points.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    public double max() {
        return points.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    /**
     * Parses the compact form used in defaults: {@code "0.1"} (constant) or
     * {@code "linear 2015-01-01=0.1 2020-01-01=0.7"} / {@code "step ..."}.
     */
    public static DatedCurve parseCompact(String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length == 1 && !parts[0].contains("=")) return constant(Double.parseDouble(parts[0]));
        Interpolation interpolation = Interpolation.valueOf(parts[0].toUpperCase());
        TreeMap<LocalDate, Double> points = new TreeMap<>();
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=");
            points.put(LocalDate.parse(kv[0]), Double.parseDouble(kv[1]));
        }
        return new DatedCurve(interpolation, points);
    }
}
