package odsim.experiment.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import odsim.scenario.Binder;
import odsim.scenario.Ensemble;
import odsim.scenario.Mark;
import odsim.scenario.ParameterOverride;
import odsim.scenario.Problems;
import odsim.scenario.ScenarioException;
import odsim.scenario.SweepSettings;
import odsim.scenario.YNode;

/**
 * A sweep's second round ({@code around: {ensemble: FILE, widen: 0.1}}): every swept range the
 * ensemble has a column for becomes the span of the ensemble's values, reaching {@code widen} of
 * the range as written beyond it on each side, and never past the range as written. Ranges the
 * ensemble does not give stay as written. The narrowed ranges are what the sweep's folder records,
 * so a resumed or merged round needs neither the ensemble file nor this step again.
 */
final class AroundEnsemble {
    private AroundEnsemble() {}

    static List<SweepParameter> narrow(Path file, YNode.Mapping map, SweepSettings.Around around, List<SweepParameter> parameters,
                                       Problems problems) {
        YNode.Mapping node = (YNode.Mapping) map.get("around");
        if (node.get("ensemble") == null) {
            problems.add(node.mark(), "around.ensemble", "missing; an earlier round's ensemble file, e.g. ../ensembles/round-1.csv");
            return parameters;
        }
        Mark at = node.get("ensemble").mark();
        Ensemble ensemble = read(file, around.ensemble(), at, "around.ensemble", problems);
        if (ensemble == null) return parameters;
        List<SweepParameter> out = new ArrayList<>(parameters.size());
        int narrowed = 0;
        for (SweepParameter p : parameters) {
            int column = ensemble.paths().indexOf(p.path());
            if (!p.isRange() || column < 0) {
                out.add(p);
                continue;
            }
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (Ensemble.ParameterSet set : ensemble.sets()) {
                ParameterOverride v = set.values().get(column);
                double x = number(v);
                if (Double.isNaN(x)) {
                    problems.add(v.mark(), p.path(), "found " + Binder.quote(text(v)) + "; expected a number, as the sweep's range of it");
                    return parameters;
                }
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
            SweepParameter.Range r = p.range();
            double reach = around.widen() * (r.max() - r.min());
            double min = Math.max(r.min(), lo - reach), max = Math.min(r.max(), hi + reach);
            if (min > max) {
                problems.add(at, "around.ensemble", "the sets' " + p.path() + " (" + lo + " to " + hi + ") lie outside the sweep's range "
                        + r.min() + " to " + r.max() + " (" + p.mark() + "); allowed: an ensemble of this sweep's parameters");
                out.add(p);
                continue;
            }
            out.add(new SweepParameter(p.path(), p.mark(), p.levels(), new SweepParameter.Range(min, max, r.integer())));
            narrowed++;
        }
        if (narrowed == 0) {
            problems.add(at, "around.ensemble", "gives none of this sweep's ranges (its columns: " + String.join(", ", ensemble.paths())
                    + "); allowed: an ensemble with a column for at least one swept range");
        }
        return List.copyOf(out);
    }

    /** The ensemble file {@code name} (relative to the sweep file), or null with its problems under {@code key}. */
    static Ensemble read(Path file, String name, Mark at, String key, Problems problems) {
        Path csv = SweepFile.sibling(file, name, at, key, problems);
        if (csv == null) return null;
        try {
            return Ensemble.read(csv);
        } catch (ScenarioException e) {
            for (String p : e.problems()) problems.add(null, null, p);
            return null;
        }
    }

    /** A set's value as written (a kind of node where it is not a plain value). */
    static String text(ParameterOverride v) {
        return v.value() instanceof YNode.Scalar s && s.text() != null ? s.text() : YNode.kind(v.value());
    }

    /** A set's value as a finite number, or NaN where it is none. */
    static double number(ParameterOverride v) {
        try {
            double x = Double.parseDouble(text(v));
            return Double.isFinite(x) ? x : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
