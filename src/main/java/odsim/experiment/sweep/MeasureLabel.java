package odsim.experiment.sweep;

import odsim.results.Aggregated;
import odsim.results.Measure;
import odsim.results.RunResult;

/**
 * What a sweep's measure label names, for its rows and targets: a measure as series.csv has it
 * ({@code overdose_deaths}), a count per 100,000 residents ({@code people_methadone_per_100k}), or
 * one measure's share of another of its kind ({@code overdose_deaths_fentanyl_share_of_overdose_deaths}:
 * the fentanyl-involved share of deaths, the figure NCHS reports as the synthetic-opioid share).
 * A share is the ratio of the two measures over the same period (a year, or the whole horizon):
 * counts summed, levels averaged; not a mean of daily ratios.
 */
record MeasureLabel(Measure measure, Measure of, boolean perResident) {
    static final String PER_100K = "_per_100k";
    static final String SHARE_OF = "_share_of_";

    /** The label's meaning, or null when it names no measure of series.csv in one of the three forms. */
    static MeasureLabel parse(String label) {
        int share = label.indexOf(SHARE_OF);
        if (share > 0) {
            Measure part = named(label.substring(0, share)), whole = named(label.substring(share + SHARE_OF.length()));
            if (part == null || whole == null || part == whole || part.kind != whole.kind) return null;
            return new MeasureLabel(part, whole, false);
        }
        if (label.endsWith(PER_100K)) {
            Measure m = named(label.substring(0, label.length() - PER_100K.length()));
            return m == null || !m.scaled ? null : new MeasureLabel(m, null, true);
        }
        Measure m = named(label);
        return m == null ? null : new MeasureLabel(m, null, false);
    }

    /** As {@link #parse}, for a label already checked. */
    static MeasureLabel of(String label) {
        MeasureLabel l = parse(label);
        if (l == null) throw new IllegalArgumentException("not a measure label: " + label);
        return l;
    }

    /** The label's value in each period of {@code periods}. */
    double[] series(Aggregated periods, RunResult run) {
        double[] out = periods.series(measure).clone();
        double[] whole = of == null ? null : periods.series(of);
        double f = factor(run);
        for (int k = 0; k < out.length; k++) out[k] = whole == null ? out[k] * f : out[k] / whole[k];
        return out;
    }

    /** The label's value over the whole horizon: flows summed, stocks averaged over its days. */
    double total(RunResult run) {
        return of == null ? total(run, measure) * factor(run) : total(run, measure) / total(run, of);
    }

    private double factor(RunResult run) {
        return perResident ? 100_000 / run.regionPopulation() : 1;
    }

    private static double total(RunResult run, Measure m) {
        return m.kind == Measure.Kind.STOCK ? run.total(m) / run.days() : run.total(m);
    }

    private static Measure named(String name) {
        for (Measure m : Measure.ALL) if (m.label().equals(name)) return m;
        return null;
    }
}
