package odsim.report;

import java.util.Locale;
import odsim.economics.RatioInterval;
import odsim.results.Statistics;

/** How the report writes numbers: grouped digits, a mean with its 95% interval in brackets. */
final class Numbers {
    private Numbers() {}

    static String whole(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    static String millions(double usd) {
        return String.format(Locale.ROOT, "%,.1f", usd / 1e6);
    }

    /** "mean (lower to upper)" in the given form; the interval is left out for one replication. */
    static String interval(Statistics s, java.util.function.DoubleFunction<String> f) {
        if (Double.isNaN(s.lower95())) return f.apply(s.mean());
        return f.apply(s.mean()) + " <span class=\"ci\">(" + f.apply(s.lower95()) + " to " + f.apply(s.upper95()) + ")</span>";
    }

    /** A cost-effectiveness ratio in words where a number would mislead. */
    static String ratio(RatioInterval r, double effect, double netCost, String noEffect) {
        if (!(effect > 0)) return noEffect;
        if (netCost < 0) return "saves money";
        String mean = whole(r.ratio());
        if (!r.bounded()) return mean + " <span class=\"ci\">(interval unbounded)</span>";
        return mean + " <span class=\"ci\">(" + whole(r.lower()) + " to " + whole(r.upper()) + ")</span>";
    }
}
