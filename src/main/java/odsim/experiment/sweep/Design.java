package odsim.experiment.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * How a sweep chooses its points. A full grid takes every combination of levels (the first
 * parameter varies slowest). A Latin hypercube and a Sobol sequence draw {@code samples} points
 * in the unit cube and map each coordinate onto a parameter: a range linearly, a list of levels
 * by equal shares. Points depend only on the sweep file (the hypercube on its design seed). An
 * ensemble design's points are the parameter sets of a file ({@link EnsembleDesign}).
 */
public enum Design {
    GRID, LATIN_HYPERCUBE, SOBOL,
    /** The parameter sets of an ensemble file, one point each ({@link EnsembleDesign}); its points are not drawn here. */
    ENSEMBLE;

    /** True for the designs that draw {@code samples} points within ranges. */
    public boolean sampled() {
        return this == LATIN_HYPERCUBE || this == SOBOL;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static List<String> labels() {
        List<String> out = new ArrayList<>();
        for (Design d : values()) out.add(d.label());
        return out;
    }

    public List<Point> points(List<SweepParameter> parameters, int samples, long designSeed) {
        return switch (this) {
            case GRID -> grid(parameters);
            case LATIN_HYPERCUBE -> sampled(parameters, latinHypercube(samples, parameters.size(), designSeed));
            case SOBOL -> sampled(parameters, sobol(samples, parameters.size()));
            case ENSEMBLE -> throw new IllegalStateException("an ensemble design's points are its file's sets (EnsembleDesign)");
        };
    }

    private static List<Point> grid(List<SweepParameter> parameters) {
        int total = 1;
        for (SweepParameter p : parameters) total = Math.multiplyExact(total, p.levels().size());
        List<Point> points = new ArrayList<>(total);
        int[] index = new int[parameters.size()];
        for (int n = 0; n < total; n++) {
            List<Level> levels = new ArrayList<>(parameters.size());
            for (int k = 0; k < parameters.size(); k++) levels.add(parameters.get(k).levels().get(index[k]));
            points.add(new Point(n, List.copyOf(levels)));
            for (int k = parameters.size() - 1; k >= 0; k--) { // odometer: the last parameter varies fastest
                if (++index[k] < parameters.get(k).levels().size()) break;
                index[k] = 0;
            }
        }
        return points;
    }

    private static List<Point> sampled(List<SweepParameter> parameters, double[][] unit) {
        List<Point> points = new ArrayList<>(unit.length);
        for (int n = 0; n < unit.length; n++) {
            List<Level> levels = new ArrayList<>(parameters.size());
            for (int k = 0; k < parameters.size(); k++) {
                SweepParameter p = parameters.get(k);
                double u = unit[n][k];
                if (p.isRange()) {
                    levels.add(p.levelAt(u));
                } else {
                    int i = Math.min(p.levels().size() - 1, (int) (u * p.levels().size()));
                    levels.add(p.levels().get(i));
                }
            }
            points.add(new Point(n, List.copyOf(levels)));
        }
        return points;
    }

    /** n points, one in each of n equal strata of every dimension, strata paired at random. */
    static double[][] latinHypercube(int n, int dims, long seed) {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed);
        double[][] out = new double[n][dims];
        for (int k = 0; k < dims; k++) {
            int[] strata = PermutationSampler.natural(n);
            PermutationSampler.shuffle(rng, strata);
            for (int i = 0; i < n; i++) out[i][k] = (strata[i] + rng.nextDouble()) / n;
        }
        return out;
    }

    /** The first n points of the Sobol sequence after its origin (commons-math3's direction numbers). */
    static double[][] sobol(int n, int dims) {
        SobolSequenceGenerator generator = new SobolSequenceGenerator(dims);
        generator.skipTo(1);
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) out[i] = generator.nextVector();
        return out;
    }
}
