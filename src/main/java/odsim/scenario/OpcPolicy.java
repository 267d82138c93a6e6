package odsim.scenario;

/**
 * Overdose prevention centres: sites with daily visit capacity. People who use street opioids
 * and live within reach use there on a share of their use-days when there is room; staff
 * respond to an overdose at once, and visits refer people to treatment.
 */
public record OpcPolicy(
        @Param(value = "0", unit = "share of full scale", min = 0, max = 1,
                source = "scenario: 0 is off; dated points give the start, ramp-up and end",
                doc = "Scale of the program by date (sites open in proportion)") DatedCurve level,
        @Param(value = "2", unit = "sites at full scale", min = 0, max = 10000, source = "assumption: a first program in a mid-size region",
                doc = "Number of sites") double sites,
        @Param(value = "150", unit = "visits per site per day", min = 0, max = 100000,
                source = "assumption: OnPoint NYC's two sites together logged a few hundred visits a day in their first years",
                doc = "Daily visit capacity of a site") double visitsPerSitePerDay,
        @Param(value = "0.25", unit = "share of people using street opioids", min = 0, max = 1,
                source = "assumption: sites are reachable from the neighbourhoods with the most street use",
                doc = "Share of people using street opioids who live within reach of a site at full scale") double reach,
        @Param(value = "0.5", unit = "share of use-days", min = 0, max = 1, source = "assumption",
                doc = "Share of a reached person's street use-days spent at a site when there is room") double useDaysAtSite,
        @Param(value = "0.0", unit = "probability per overdose at a site", min = 0, max = 1,
                source = "seed 004 and Kennedy et al. 2017: no overdose death in supervised consumption sites",
                doc = "Chance an overdose at a site is fatal, with staff responding at once") double fatalityAtSite,
        @Param(value = "0.002", unit = "probability per visit", min = 0, max = 1,
                source = "assumption: sites connect a small share of visits to treatment",
                doc = "Chance a visit ends in a start of methadone or buprenorphine") double treatmentReferralPerVisit,
        @Param(value = "2285000", unit = "USD per site-year", min = 0, max = 1e12,
                source = "Irwin et al. 2017: a supervised consumption site in Baltimore about $1.8M a year, taken as 2016 dollars (assumption: the year before publication), x CPI-U 2023/2016 = $2.285M",
                doc = "Running cost of a site") double costPerSiteYear) {}
