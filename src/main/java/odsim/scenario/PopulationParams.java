package odsim.scenario;

/**
 * Who is simulated. Agents are the region's people at risk of opioid overdose: people on
 * long-term prescribed opioids, people misusing prescription opioids, people using street
 * opioids, people in treatment or remission, and people with pain not (yet) using.
 */
public record PopulationParams(
        @Param(value = "100000", unit = "agents", min = 1, max = 50_000_000, source = "odsim's model brief (MODEL.md): its default population",
                doc = "Number of simulated people at the start") int agents,
        @Param(value = "1.0", unit = "people per agent", min = 1e-6, max = 1e6,
                source = "assumption: one agent per person in the baseline region",
                doc = "Real people each agent stands for; counts in results are multiplied by it") double scale,
        @Param(value = "2000000", unit = "people", min = 1, source = "assumption: a mid-size US metropolitan region",
                doc = "Residents of the region (all ages), the denominator of rates per 100,000") double regionPopulation,
        @Param(value = "0.195", unit = "share", min = 0, max = 1, source = STEADY,
                doc = "Initial share not using opioids") double shareNoUse,
        @Param(value = "0.197", unit = "share", min = 0, max = 1, source = STEADY,
                doc = "Initial share on long-term prescribed opioids") double sharePrescribed,
        @Param(value = "0.158", unit = "share", min = 0, max = 1, source = STEADY
                + " (NSDUH 2015 has about 10x as many people misusing prescription opioids as using heroin; the model's flows keep 1.8x)",
                doc = "Initial share misusing prescription opioids") double shareNonmedical,
        @Param(value = "0.088", unit = "share", min = 0, max = 1, source = STEADY + " (people in custody or rehab counted here)",
                doc = "Initial share using street opioids (heroin, fentanyl)") double shareStreet,
        @Param(value = "0.010", unit = "share", min = 0, max = 1, source = STEADY,
                doc = "Initial share on methadone") double shareMethadone,
        @Param(value = "0.008", unit = "share", min = 0, max = 1, source = STEADY,
                doc = "Initial share on buprenorphine") double shareBuprenorphine,
        @Param(value = "0.344", unit = "share", min = 0, max = 1, source = STEADY,
                doc = "Initial share in remission") double shareRemission,
        @Param(value = "38", unit = "years", min = 12, max = 90,
                source = "assumption: NSDUH adults misusing opioids are mostly aged 18-50",
                doc = "Mean age at the start") double meanAge,
        @Param(value = "12", unit = "years", min = 0, max = 40, source = "assumption", doc = "Standard deviation of age") double sdAge,
        @Param(value = "0.6", unit = "share", min = 0, max = 1,
                source = "assumption: about 70% of US opioid overdose deaths are men (CDC WONDER)",
                doc = "Share of men") double shareMale,
        @Param(value = "0.02", unit = "per year, as a share of the initial agents", min = 0, max = 1,
                source = "assumption: more than the baseline's exits (other-cause and overdose deaths, 0.5-1.1% a year), so the population at risk grows about 11% from 2015 to 2025",
                doc = "People entering the population at risk (ageing in, moving in)") double entrantsPerYear,
        @Param(value = "21", unit = "years", min = 12, max = 90, source = "assumption: opioid initiation peaks in the early twenties",
                doc = "Mean age of entrants") double entrantMeanAge) {

    /**
     * Where the initial shares come from: the model's own flows. Shares given from survey ratios
     * drifted for decades (remission from 7% to 34%); these are the shares after a 40-year warm-up.
     */
    static final String STEADY = "the model's steady state under the baseline's 2015 conditions: the share after a 40-year warm-up "
            + "(odsim run scenarios/baseline-no-fentanyl-spread.yaml -r 2 --set horizon.warmUpYears=40 --set horizon.end=2015-01-31; "
            + "docs/calibration.md)";

    public PopulationParams {
        double sum = shareNoUse + sharePrescribed + shareNonmedical + shareStreet + shareMethadone + shareBuprenorphine + shareRemission;
        if (Math.abs(sum - 1.0) > 1e-6) {
            throw new IllegalArgumentException("initial shares (shareNoUse ... shareRemission) add up to " + sum + "; they must add up to 1");
        }
    }

    /** The same region simulated with {@code n} agents: each stands for proportionally more people. */
    public PopulationParams withAgents(int n) {
        return new PopulationParams(n, scale * agents / n, regionPopulation, shareNoUse, sharePrescribed, shareNonmedical, shareStreet,
                shareMethadone, shareBuprenorphine, shareRemission, meanAge, sdAge, shareMale, entrantsPerYear, entrantMeanAge);
    }
}
