package odsim.scenario;

/** Abstinence-only rehab and detox as the status quo offers them. */
public record RehabParams(
        @Param(value = "0.04", unit = "per year", min = 0, max = 50, source = "assumption", doc = "Admissions per person-year of street or non-medical use") double admissionsPerYear,
        @Param(value = "21", unit = "days", min = 1, max = 3650, source = "assumption: detox plus short residential stays", doc = "Mean length of stay") double meanStayDays,
        @Param(value = "0.59", unit = "probability per discharge", min = 0, max = 1,
                source = "Smyth et al. 2010 (Ir Med J): after inpatient opiate detoxification 59% had used again within a week (91% eventually)",
                doc = "Chance a person discharged returns to use at once (the rest enter remission, with its own relapse)") double useAgainAtDischarge) {}
