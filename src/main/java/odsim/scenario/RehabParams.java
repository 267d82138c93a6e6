package odsim.scenario;

/** Abstinence-only rehab and detox as the status quo offers them. */
public record RehabParams(
        @Param(value = "0.04", unit = "per year", min = 0, max = 50, source = "assumption", doc = "Admissions per person-year of street or non-medical use") double admissionsPerYear,
        @Param(value = "21", unit = "days", min = 1, max = 3650, source = "assumption: detox plus short residential stays", doc = "Mean length of stay") double meanStayDays,
        @Param(value = "0.59", unit = "probability per discharge", min = 0, max = 1,
                source = "Smyth et al. 2010 (Ir Med J): after inpatient opiate detoxification 59% had used again within a week (91% eventually)",
                doc = "Chance a person discharged returns to use (the rest enter remission, with its own relapse)") double useAgainAtDischarge,
        @Param(value = "3", unit = "days", min = 0, max = 365,
                source = "Smyth et al. 2010 (Ir Med J): the first relapse came within one week in 59% of people discharged (66% lapsed in the first week); a mean of 3 days puts 96% of those who return to use within a week",
                doc = "Mean days from discharge to the first use, for people who return to use (geometric); tolerance keeps falling until then") double daysToFirstUseAfterDischarge) {}
