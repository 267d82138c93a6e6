package odsim.scenario;

import java.util.List;

/**
 * A whole scenario: everything one simulation needs besides its seed's replication index.
 * Each section is a record of cited parameters; {@code odsim params} lists them all.
 */
public record Scenario(
        @Param(value = "scenario", unit = "text", source = "the file name when not given",
                doc = "Short name used in results folders and tables") String name,
        @Param(value = "-", unit = "text", source = "none", doc = "One or two sentences on what the scenario is") String description,
        @Param(value = "20150101", unit = "seed", min = 0, source = "arbitrary; any value",
                doc = "Seed of the first replication; replication r uses a seed derived from it and r") long seed,
        Horizon horizon,
        PopulationParams population,
        PainParams pain,
        UseParams use,
        ToleranceParams tolerance,
        SupplyParams supply,
        OverdoseParams overdose,
        CascadeParams cascade,
        TreatmentParams treatment,
        RehabParams rehab,
        PolicingParams policing,
        MortalityParams mortality,
        InfectionParams infections,
        RecordParams records,
        CostParams costs,
        Policies policies,
        List<JobLossShock> jobLossShocks) {

    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, newSeed, horizon, population, pain, use, tolerance, supply, overdose,
                cascade, treatment, rehab, policing, mortality, infections, records, costs, policies, jobLossShocks);
    }

    public Scenario withAgents(int agents) {
        PopulationParams p = population.withAgents(agents);
        return new Scenario(name, description, seed, horizon, p, pain, use, tolerance, supply, overdose,
                cascade, treatment, rehab, policing, mortality, infections, records, costs, policies, jobLossShocks);
    }

    public Scenario withHorizon(Horizon h) {
        return new Scenario(name, description, seed, h, population, pain, use, tolerance, supply, overdose,
                cascade, treatment, rehab, policing, mortality, infections, records, costs, policies, jobLossShocks);
    }

    /**
     * This scenario with the parameter at {@code path} (e.g. {@code policies.naloxone.level}) set
     * to {@code value} (a number, a dated curve, a parameter record), checked as a scenario file's
     * value is; {@code source} names who sets it in messages.
     */
    public Scenario with(String path, Object value, String source) {
        return ScenarioLoader.change(this, java.util.List.of(ParameterOverride.of(path, value, source)));
    }

    /** The value of the parameter at {@code path}, e.g. {@code policies.naloxone.level}; null if there is none. */
    public Object valueAt(String path) {
        return ScenarioWriter.valueAt(this, path);
    }

    public Scenario withName(String n) {
        return new Scenario(n, description, seed, horizon, population, pain, use, tolerance, supply, overdose,
                cascade, treatment, rehab, policing, mortality, infections, records, costs, policies, jobLossShocks);
    }
}
