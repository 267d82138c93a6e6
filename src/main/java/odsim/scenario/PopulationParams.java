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
        @Param(value = "0.22", unit = "share", min = 0, max = 1,
                source = "assumption: at-risk people with pain who do not use opioids",
                doc = "Initial share not using opioids") double shareNoUse,
        @Param(value = "0.33", unit = "share", min = 0, max = 1,
                source = "assumption: ratio to misuse set from NSDUH 2015 (Han et al. 2017: 91.8M any prescription opioid use, 11.5M misuse)",
                doc = "Initial share on long-term prescribed opioids") double sharePrescribed,
        @Param(value = "0.25", unit = "share", min = 0, max = 1,
                source = "assumption: NSDUH 2015 misuse of prescription opioids, about 10x heroin use",
                doc = "Initial share misusing prescription opioids") double shareNonmedical,
        @Param(value = "0.08", unit = "share", min = 0, max = 1,
                source = "assumption: NSDUH 2015 about 0.8M past-year heroin users in the US",
                doc = "Initial share using street opioids (heroin, fentanyl)") double shareStreet,
        @Param(value = "0.025", unit = "share", min = 0, max = 1,
                source = "assumption: roughly a third of people with OUD in the US received MOUD around 2015",
                doc = "Initial share on methadone") double shareMethadone,
        @Param(value = "0.025", unit = "share", min = 0, max = 1, source = "assumption: as methadone",
                doc = "Initial share on buprenorphine") double shareBuprenorphine,
        @Param(value = "0.07", unit = "share", min = 0, max = 1, source = "assumption",
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
