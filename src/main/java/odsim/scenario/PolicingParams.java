package odsim.scenario;

/** Arrests for possession and custody, as the status quo practises them. */
public record PolicingParams(
        @Param(value = "0.12", unit = "per year", min = 0, max = 50, source = "assumption: people who use heroin report frequent arrests; US drug possession arrests about 1.3M a year",
                doc = "Arrests per person-year of street use") double streetArrestsPerYear,
        @Param(value = "0.02", unit = "per year", min = 0, max = 50, source = "assumption", doc = "Arrests per person-year of non-medical prescription use") double nonmedicalArrestsPerYear,
        @Param(value = "25", unit = "days", min = 1, max = 3650, source = "assumption: US jail stays average about 25 days (BJS)", doc = "Mean jail stay") double meanJailDays,
        @Param(value = "0.10", unit = "share of arrests", min = 0, max = 1, source = "assumption", doc = "Share of arrests that end in a prison sentence") double prisonShare,
        @Param(value = "540", unit = "days", min = 1, max = 36500, source = "assumption", doc = "Mean prison stay") double meanPrisonDays,
        @Param(value = "0.25", unit = "level 0-1", min = 0, max = 1, source = "assumption: incarceration costs jobs and housing", doc = "Rise of economic stress at an arrest") double economicShockAtArrest,
        @Param(value = "0.15", unit = "share", min = 0, max = 1, source = "assumption", doc = "Share of people released who stay abstinent (remission) rather than return to use") double remissionAfterRelease,
        @Param(value = "7", unit = "days", min = 0, max = 365,
                source = "cohort of 121 people released from jail or prison in New York City (PMC5891136): 29.8% used drugs within a day of release, half within two weeks; a mean of 7 days puts 27% of those who use again at day 0-1 and 90% within two weeks",
                doc = "Mean days from release to the first use, for people released who return to use (geometric); tolerance keeps falling until then") double daysToFirstUseAfterRelease) {}
