package odsim.scenario;

/**
 * Criminal records: a person arrested (and not diverted before booking) carries a record, which
 * raises the economic stress their pain returns to (fewer jobs, less housing), until it is
 * cleared ({@link RecordClearingPolicy}).
 */
public record RecordParams(
        @Param(value = "0.768", unit = "share of people", min = 0, max = 1,
                source = "Winkelman TNA et al. 2018 (JAMA Netw Open 1:e180558), NSDUH 2015-2016: 76.8% of adults using heroin ever involved with criminal justice (read second-hand)",
                doc = "Share of the first people with a history of street use who carry a record") double shareStreetHistory,
        @Param(value = "0.332", unit = "share of people", min = 0, max = 1,
                source = "Winkelman et al. 2018: 33.2% of adults misusing prescription opioids (read second-hand)",
                doc = "Share of the first people misusing prescription opioids who carry a record") double shareMisuse,
        @Param(value = "0.159", unit = "share of people", min = 0, max = 1,
                source = "Winkelman et al. 2018: 15.9% of adults using no opioids (read second-hand)",
                doc = "Share of everyone else, and of people entering, who carry a record") double shareOther,
        @Param(value = "0.05", unit = "level 0-1", min = 0, max = 1,
                source = "assumption: a third of what stable housing and work relieve (policies.rootCauses.economicRelief 0.15); clearing a record raises wages by 25% within two years, mostly as people find work (Prescott & Starr 2020, Harv L Rev 133:2460)",
                doc = "Rise in the economic-stress baseline while a person carries a record") double economicPain) {}
