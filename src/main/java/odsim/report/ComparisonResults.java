package odsim.report;

import java.util.ArrayList;
import java.util.List;
import odsim.economics.Appraisal;
import odsim.economics.Discounting;
import odsim.economics.Frontier;
import odsim.economics.Outcomes;
import odsim.results.RunResult;
import odsim.results.Uncertainty;
import odsim.scenario.ComparisonFile;
import odsim.scenario.Ensemble;
import odsim.scenario.Scenario;

/**
 * Everything a comparison produced, as the report, the charts and the CSV read it: the
 * scenarios (the baseline first), their paired replications, each replication's appraisal, each
 * alternative against the baseline, and the cost-effectiveness frontier.
 */
public record ComparisonResults(ComparisonFile settings, List<Scenario> scenarios, List<List<RunResult>> runs,
                                List<List<Outcomes>> outcomes, List<Appraisal> appraisals, List<Frontier.Point> frontier,
                                Ensemble ensemble) {

    /**
     * @param runs the replications of each scenario, in the order of {@code scenarios} (the baseline first)
     * @param ensemble the calibrated parameter sets the runs drew from, or null when every run used the scenarios' own
     */
    public static ComparisonResults of(ComparisonFile settings, List<Scenario> scenarios, List<List<RunResult>> runs, Ensemble ensemble) {
        Uncertainty uncertainty = ensemble == null ? Uncertainty.CHANCE : Uncertainty.ENSEMBLE;
        Discounting discounting = new Discounting(settings.discountRate());
        List<List<Outcomes>> outcomes = new ArrayList<>();
        for (List<RunResult> r : runs) outcomes.add(r.stream().map(x -> Outcomes.of(x, settings.valuation(), discounting)).toList());
        List<Appraisal> appraisals = new ArrayList<>();
        List<Frontier.Point> options = new ArrayList<>(List.of(new Frontier.Point(scenarios.get(0).name(), 0, 0, Double.NaN)));
        for (int k = 1; k < scenarios.size(); k++) {
            Appraisal a = Appraisal.of(outcomes.get(0), outcomes.get(k), settings.perspective(), uncertainty);
            appraisals.add(a);
            options.add(new Frontier.Point(a.alternative(), a.deathsAverted().mean(), a.netCost().mean(), Double.NaN));
        }
        return new ComparisonResults(settings, List.copyOf(scenarios), List.copyOf(runs), List.copyOf(outcomes),
                List.copyOf(appraisals), Frontier.of(options), ensemble);
    }

    /** Which uncertainty the runs hold: chance alone, or with an ensemble also the parameters'. */
    public Uncertainty uncertainty() {
        return ensemble == null ? Uncertainty.CHANCE : Uncertainty.ENSEMBLE;
    }

    public Scenario baseline() {
        return scenarios.get(0);
    }

    public int replications() {
        return runs.get(0).size();
    }

    /** Alternatives ranked by mean deaths averted, most first (ties by name). */
    public List<Appraisal> ranking() {
        List<Appraisal> r = new ArrayList<>(appraisals);
        r.sort((a, b) -> a.deathsAverted().mean() != b.deathsAverted().mean()
                ? Double.compare(b.deathsAverted().mean(), a.deathsAverted().mean()) : a.alternative().compareTo(b.alternative()));
        return r;
    }

    public boolean onFrontier(String name) {
        return frontier.stream().anyMatch(p -> p.name().equals(name));
    }
}
