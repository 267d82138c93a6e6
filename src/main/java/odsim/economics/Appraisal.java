package odsim.economics;

import java.util.List;
import odsim.results.Statistics;
import odsim.results.Uncertainty;
import odsim.scenario.Perspective;

/**
 * An alternative appraised against the baseline, replication by replication (both ran
 * replication r with the same seed and per-decision streams, so each difference reflects the
 * policy): deaths averted, life-years saved, QALYs gained, net cost under every perspective and
 * by category, and the cost per death averted and per QALY gained under the chosen perspective,
 * each with a 95% interval from the paired replications (of the mean, or over an ensemble the runs' spread); and, per replication, deaths averted,
 * net cost (under the chosen perspective) and QALYs gained, for the plane and the acceptability curve.
 */
public record Appraisal(String alternative, Perspective perspective, Statistics deaths, Statistics deathsAverted,
                        Statistics lifeYearsSaved, Statistics qalysGained, Statistics[] netCostByPerspective,
                        Statistics[] netCostByCategory, RatioInterval costPerDeathAverted, RatioInterval costPerQalyGained,
                        double[] avertedByReplication, double[] netCostByReplication, double[] qalysByReplication) {

    /** @param uncertainty what the replications' differences hold, which sets the intervals ({@link Uncertainty}) */
    public static Appraisal of(List<Outcomes> baseline, List<Outcomes> alternative, Perspective perspective, Uncertainty uncertainty) {
        int n = baseline.size();
        if (alternative.size() != n) throw new IllegalArgumentException("replication counts differ");
        double[] deaths = new double[n], averted = new double[n], saved = new double[n], gained = new double[n];
        double[][] byPerspective = new double[Perspective.ALL.length][n], byCategory = new double[CostCategory.COUNT][n];
        for (int r = 0; r < n; r++) {
            Outcomes b = baseline.get(r), a = alternative.get(r);
            if (b.replication() != a.replication()) throw new IllegalArgumentException("replications are not paired");
            deaths[r] = a.deaths();
            averted[r] = b.deaths() - a.deaths();
            saved[r] = b.lifeYearsLost() - a.lifeYearsLost();
            gained[r] = a.qalys() - b.qalys();
            for (Perspective p : Perspective.ALL) byPerspective[p.ordinal()][r] = a.cost(p) - b.cost(p);
            for (CostCategory c : CostCategory.ALL) byCategory[c.ordinal()][r] = a.cost(c) - b.cost(c);
        }
        Statistics[] netP = new Statistics[Perspective.ALL.length];
        for (Perspective p : Perspective.ALL) netP[p.ordinal()] = uncertainty.of(byPerspective[p.ordinal()]);
        Statistics[] netC = new Statistics[CostCategory.COUNT];
        for (CostCategory c : CostCategory.ALL) netC[c.ordinal()] = uncertainty.of(byCategory[c.ordinal()]);
        double[] net = byPerspective[perspective.ordinal()];
        return new Appraisal(alternative.get(0).scenario(), perspective, uncertainty.of(deaths), uncertainty.of(averted),
                uncertainty.of(saved), uncertainty.of(gained), netP, netC, RatioInterval.of(net, averted, uncertainty), RatioInterval.of(net, gained, uncertainty),
                averted, net, gained);
    }

    /** Net cost under the appraisal's perspective. */
    public Statistics netCost() {
        return netCostByPerspective[perspective.ordinal()];
    }

    public Statistics netCost(Perspective p) {
        return netCostByPerspective[p.ordinal()];
    }

    public Statistics netCost(CostCategory c) {
        return netCostByCategory[c.ordinal()];
    }
}
