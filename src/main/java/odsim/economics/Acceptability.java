package odsim.economics;

import java.util.ArrayList;
import java.util.List;

/**
 * The cost-effectiveness acceptability curve (Fenwick, Claxton and Sculpher 2001, Health Economics
 * 10:779): for each willingness to pay per QALY gained, the share of paired replications in which
 * each option, the baseline included, has the highest net monetary benefit, willingness times QALYs
 * gained minus net cost (the baseline's is 0). Options tied in a replication share it. The
 * replications hold chance alone unless they were run under a calibrated ensemble of parameter
 * sets: the curve is then as wide as what its replications hold, no wider.
 *
 * @param willingness willingness to pay per QALY gained, USD, ascending
 * @param options the baseline first, then the alternatives
 * @param probability {@code [option][k]}: the share of replications in which the option is best at {@code willingness[k]}
 */
public record Acceptability(double[] willingness, List<String> options, double[][] probability) {
    /** Willingness to pay from 0 to 200,000 USD per QALY in steps of 5,000: the range thresholds are usually set in. */
    public static double[] defaultWillingness() {
        double[] w = new double[41];
        for (int k = 0; k < w.length; k++) w[k] = 5_000.0 * k;
        return w;
    }

    /** @throws IllegalArgumentException if the alternatives have different numbers of replications */
    public static Acceptability of(String baseline, List<Appraisal> alternatives, double[] willingness) {
        int n = alternatives.isEmpty() ? 0 : alternatives.get(0).qalysByReplication().length;
        List<String> options = new ArrayList<>(List.of(baseline));
        for (Appraisal a : alternatives) {
            if (a.qalysByReplication().length != n) throw new IllegalArgumentException("replication counts differ");
            options.add(a.alternative());
        }
        double[][] p = new double[options.size()][willingness.length];
        double[] benefit = new double[options.size()];
        for (int k = 0; k < willingness.length; k++) {
            for (int r = 0; r < n; r++) {
                benefit[0] = 0;
                double best = 0;
                for (int j = 0; j < alternatives.size(); j++) {
                    Appraisal a = alternatives.get(j);
                    benefit[j + 1] = willingness[k] * a.qalysByReplication()[r] - a.netCostByReplication()[r];
                    best = Math.max(best, benefit[j + 1]);
                }
                int tied = 0;
                for (double b : benefit) if (b == best) tied++;
                for (int o = 0; o < benefit.length; o++) if (benefit[o] == best) p[o][k] += 1.0 / tied / n;
            }
        }
        return new Acceptability(willingness.clone(), List.copyOf(options), p);
    }

    /** The option most often best at {@code willingness[k]} (the first of equals). */
    public String mostOftenBest(int k) {
        int best = 0;
        for (int o = 1; o < options.size(); o++) if (probability[o][k] > probability[best][k]) best = o;
        return options.get(best);
    }
}
