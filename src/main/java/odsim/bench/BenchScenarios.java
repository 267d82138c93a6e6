package odsim.bench;

import odsim.scenario.Scenario;
import odsim.scenario.ScenarioLoader;

/**
 * The scenarios the benchmarks time, as YAML layers over the defaults, so the jar carries them.
 * {@link #ALL_LEVERS} switches every mechanism and lever on from the first day, at levels that
 * leave each one something to do: some arrests still happen; kits reach a small share of people
 * without one each day and prevention-centre visits are rationed (about a third of those who come
 * get in); treatment and safe-supply places have room in this region, so no waiting list forms
 * ({@code MasonPeerTest} runs the waiting list separately).
 */
public final class BenchScenarios {
    private BenchScenarios() {}

    /**
     * Prints the every-lever layer as a scenario file extending the scenario given (an absolute
     * path), to time a whole run with every lever on:
     * {@code java -cp target/odsim.jar odsim.bench.BenchScenarios "$PWD/scenarios/baseline.yaml" > /tmp/all-levers.yaml}.
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp odsim.jar odsim.bench.BenchScenarios BASE_SCENARIO.yaml  (prints a scenario extending it with every lever on)");
            System.exit(2);
        }
        System.out.print("# Every lever on from the first day (odsim.bench.BenchScenarios.ALL_LEVERS): a speed test, not a policy.\n"
                + "extends: " + args[0] + "\nname: all-levers\n" + ALL_LEVERS);
    }

    /** Every policy lever on from day 0, plus a job-loss shock: the heaviest day the model has. */
    public static final String ALL_LEVERS = """
            policies:
              naloxone: {level: 1}
              opc: {level: 1, sites: 2}
              decriminalization: {level: 0.5}
              policing: {intensity: 1.5, diversion: 0.3}
              safeSupply: {level: 1, model: compassion_club}
              medication: {level: 1}
              drugChecking: {level: 1}
              rootCauses: {level: 1}
              abstinence: {level: 1}
              prescribing: {level: 1}
              sterileSupplies: {level: 1}
              recordClearing: {level: 1}
              supplyPressure: {volatility: 1.2}
            jobLossShocks:
              - {date: 2015-06-01, share: 0.1}
            """;

    /**
     * The defaults, or the defaults with every lever on; no entrants (the MASON peer has none), a
     * long horizon. The same region at every size, as {@code --agents} gives it: {@code people}
     * agents stand for the default population at risk, each for proportionally fewer people, so
     * programs sized per 100,000 residents have the same room per agent at every size.
     */
    public static Scenario scenario(String name, int people) {
        String setting = "name: " + name + "\npopulation:\n  entrantsPerYear: 0\n"
                + "horizon:\n  start: 2015-01-01\n  end: 2035-12-31\n";
        Scenario s = switch (name) {
            case "defaults" -> ScenarioLoader.parse(name, setting);
            case "all-levers" -> ScenarioLoader.parse(name, setting, ALL_LEVERS);
            default -> throw new IllegalArgumentException("unknown bench scenario " + name);
        };
        return s.withAgents(people);
    }
}
