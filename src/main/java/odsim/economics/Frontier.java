package odsim.economics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The cost-effectiveness frontier of mutually exclusive options (the baseline at the origin and
 * each alternative at its mean deaths averted and mean net cost): options that cost more for no
 * more effect are dominated; options whose incremental cost per death averted exceeds that of a
 * more effective option are extendedly dominated. The rest, in order of effect, form the
 * frontier, each with its incremental ratio against the previous one.
 */
public final class Frontier {
    /** A point on the plane; {@code incrementalRatio} is NaN for the first point of the frontier. */
    public record Point(String name, double effect, double cost, double incrementalRatio) {}

    private Frontier() {}

    public static List<Point> of(List<Point> options) {
        List<Point> sorted = new ArrayList<>(options);
        sorted.sort(Comparator.comparingDouble(Point::effect).thenComparingDouble(Point::cost));
        // Strict dominance: keep only points costing less than every more effective one.
        List<Point> undominated = new ArrayList<>();
        for (Point p : sorted) {
            Point last = undominated.isEmpty() ? null : undominated.get(undominated.size() - 1);
            if (last != null && last.effect() == p.effect()) continue; // same effect, costs no less
            while (!undominated.isEmpty() && undominated.get(undominated.size() - 1).cost() >= p.cost()) {
                undominated.remove(undominated.size() - 1);
            }
            undominated.add(p);
        }
        // Extended dominance: incremental ratios must rise along the frontier (a lower convex hull).
        List<Point> hull = new ArrayList<>();
        for (Point p : undominated) {
            while (hull.size() >= 2 && ratio(hull.get(hull.size() - 2), hull.get(hull.size() - 1)) >= ratio(hull.get(hull.size() - 1), p)) {
                hull.remove(hull.size() - 1);
            }
            hull.add(p);
        }
        List<Point> out = new ArrayList<>();
        for (int k = 0; k < hull.size(); k++) {
            Point p = hull.get(k);
            out.add(new Point(p.name(), p.effect(), p.cost(), k == 0 ? Double.NaN : ratio(hull.get(k - 1), p)));
        }
        return out;
    }

    private static double ratio(Point from, Point to) {
        double de = to.effect() - from.effect();
        return de == 0 ? Double.POSITIVE_INFINITY : (to.cost() - from.cost()) / de;
    }
}
