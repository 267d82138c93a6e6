package odsim.experiment.sweep;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import odsim.results.Csv;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.ranking.NaturalRanking;

/**
 * Which swept parameters move each measure most: the partial rank correlation coefficient (PRCC;
 * Marino, Hogue, Ray and Kirschner 2008, J Theor Biol 254:178) of each numeric parameter with
 * each measure's whole-horizon mean over a point's replications, across the sweep's points.
 * Ranks make it fit any monotone effect, linear or not; "partial" removes the other parameters'
 * share: the ranks of the parameter and of the measure are each regressed (least squares, with
 * an intercept) on the ranks of the other parameters, and the residuals are correlated. Ties
 * (a grid's repeated levels) get their mean rank. The 95% interval is Fisher's: tanh(atanh(r) +-
 * 1.96 / sqrt(n - 3 - (k - 1))) for n points and k parameters that vary.
 *
 * <p>Parameters whose levels are named alternatives (a whole curve) have no order and are left
 * out; so are parameters that take one value, and parameters the design moves together (their
 * shares cannot be told apart). It needs more points than varying parameters plus two; Latin
 * hypercube and Sobol designs are made for it.
 */
public final class Sensitivity {
    public static final String FILE = "sensitivity.csv";
    private static final double Z95 = 1.959963984540054;

    /** A parameter's PRCC with a measure; NaN when it cannot be computed (its interval then too). */
    public record Row(String measure, String parameter, double prcc, double lower95, double upper95, int points) {}

    private Sensitivity() {}

    /**
     * PRCC of each column of {@code x} (points by parameters) with {@code y} (one value per
     * point); NaN for a column that is constant or when there are too few points.
     */
    static double[] prcc(double[][] x, double[] y) {
        int n = y.length, k = x.length == 0 ? 0 : x[0].length;
        double[] out = new double[k];
        java.util.Arrays.fill(out, Double.NaN);
        if (n < varying(x) + 3) return out;
        NaturalRanking ranking = new NaturalRanking();
        double[][] ranks = new double[k][];
        for (int j = 0; j < k; j++) {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) column[i] = x[i][j];
            ranks[j] = ranking.rank(column);
        }
        double[] yRanks = ranking.rank(y);
        // Parameters that take one value explain nothing and are left out of every regression.
        List<Integer> varying = new ArrayList<>();
        for (int j = 0; j < k; j++) if (!constant(ranks[j])) varying.add(j);
        for (int j : varying) {
            // Intercept and the other varying parameters' ranks.
            double[][] others = new double[n][varying.size()];
            for (int i = 0; i < n; i++) {
                others[i][0] = 1;
                int c = 1;
                for (int o : varying) if (o != j) others[i][c++] = ranks[o][i];
            }
            RealMatrix design = new Array2DRowRealMatrix(others, false);
            double[] rx, ry;
            try {
                rx = residuals(design, ranks[j]);
                ry = residuals(design, yRanks);
            } catch (SingularMatrixException e) {
                continue; // parameters moved together in the design: their shares cannot be told apart
            }
            if (constant(rx) || constant(ry)) continue;
            out[j] = new PearsonsCorrelation().correlation(rx, ry);
        }
        return out;
    }

    /** How many columns of {@code x} take more than one value. */
    static int varying(double[][] x) {
        int k = x.length == 0 ? 0 : x[0].length, count = 0;
        for (int j = 0; j < k; j++) {
            double[] column = new double[x.length];
            for (int i = 0; i < x.length; i++) column[i] = x[i][j];
            if (!constant(column)) count++;
        }
        return count;
    }

    /** What is left of {@code v} after its least-squares fit on the columns of {@code design}. */
    private static double[] residuals(RealMatrix design, double[] v) {
        var qr = new QRDecomposition(design, 1e-12);
        double[] beta = qr.getSolver().solve(new org.apache.commons.math3.linear.ArrayRealVector(v, false)).toArray();
        double[] fitted = design.operate(beta);
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) r[i] = v[i] - fitted[i];
        return r;
    }

    private static boolean constant(double[] v) {
        double first = v[0], spread = 0;
        for (double d : v) spread = Math.max(spread, Math.abs(d - first));
        return spread <= 1e-9 * Math.max(1, Math.abs(first));
    }

    /**
     * The rows for a sweep: every numeric parameter against every measure of {@code means}
     * (measure to its whole-horizon mean at each point, in point order).
     */
    public static List<Row> of(Sweep sweep, Map<String, double[]> means) {
        List<String> paths = sweep.file().parameterPaths();
        List<Point> points = sweep.points();
        List<Integer> numeric = new ArrayList<>();
        for (int j = 0; j < paths.size(); j++) if (numeric(points, j)) numeric.add(j);
        double[][] x = new double[points.size()][numeric.size()];
        for (int i = 0; i < points.size(); i++) {
            for (int c = 0; c < numeric.size(); c++) x[i][c] = Double.parseDouble(points.get(i).levels().get(numeric.get(c)).label());
        }
        int k = numeric.size();
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, double[]> e : means.entrySet()) {
            // Points stopped early (rejectBeyond), or with a share of nothing, have no whole-horizon value: the rest are ranked.
            int[] whole = java.util.stream.IntStream.range(0, points.size()).filter(i -> !Double.isNaN(e.getValue()[i])).toArray();
            double[][] xs = new double[whole.length][];
            double[] y = new double[whole.length];
            for (int i = 0; i < whole.length; i++) {
                xs[i] = x[whole[i]];
                y[i] = e.getValue()[whole[i]];
            }
            int n = whole.length, controlled = varying(xs) - 1;
            double[] r = n == 0 ? nan(k) : prcc(xs, y);
            for (int c = 0; c < k; c++) {
                double z = atanh(r[c]), se = 1 / Math.sqrt(n - 3 - controlled);
                boolean ok = !Double.isNaN(r[c]) && n - 3 - controlled > 0;
                rows.add(new Row(e.getKey(), paths.get(numeric.get(c)), r[c], ok ? Math.tanh(z - Z95 * se) : Double.NaN,
                        ok ? Math.tanh(z + Z95 * se) : Double.NaN, n));
            }
        }
        return rows;
    }

    private static double[] nan(int k) {
        double[] v = new double[k];
        java.util.Arrays.fill(v, Double.NaN);
        return v;
    }

    /** The row of {@code measure} with the largest correlation in size, if any could be computed. */
    public static java.util.Optional<Row> strongest(List<Row> rows, String measure) {
        return rows.stream().filter(r -> r.measure().equals(measure) && !Double.isNaN(r.prcc()))
                .max(java.util.Comparator.comparingDouble((Row r) -> Math.abs(r.prcc())));
    }

    private static double atanh(double r) {
        double c = Math.max(-1 + 1e-15, Math.min(1 - 1e-15, r));
        return 0.5 * Math.log((1 + c) / (1 - c));
    }

    private static boolean numeric(List<Point> points, int j) {
        for (Point p : points) {
            try {
                if (!Double.isFinite(Double.parseDouble(p.levels().get(j).label()))) return false;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    /** Writes {@code sensitivity.csv}: measure, parameter, prcc, lower95, upper95 (empty where it cannot be computed), and the points it was computed over. */
    public static void write(List<Row> rows, Path file) {
        try (odsim.results.AtomicFile.Output output = odsim.results.AtomicFile.open(file)) {
            java.io.Writer out = output.writer();
            out.write("measure,parameter,prcc,lower95,upper95,points\n");
            for (Row r : rows) {
                out.write(Csv.text(r.measure()) + "," + Csv.text(r.parameter()) + "," + Csv.number(r.prcc()) + "," + Csv.number(r.lower95()) + ","
                        + Csv.number(r.upper95()) + "," + r.points() + "\n");
            }
            output.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
