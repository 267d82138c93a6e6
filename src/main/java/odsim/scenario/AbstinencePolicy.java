package odsim.scenario;

/**
 * Abstinence-only rehab and detox expanded, and courts mandating it: more admissions, and a
 * share of arrests sent to rehab instead of custody. Tolerance is lost inside either way.
 */
public record AbstinencePolicy(
        @Param(value = "0", unit = "share of full scale", min = 0, max = 1, source = "scenario: 0 is off", doc = "Scale of the expansion by date") DatedCurve level,
        @Param(value = "0.15", unit = "per year", min = 0, max = 50, source = "assumption",
                doc = "Extra admissions per person-year of street or non-medical use at full scale") double extraAdmissionsPerYear,
        @Param(value = "0.3", unit = "share of arrests", min = 0, max = 1, source = "assumption: drug courts mandate treatment, often abstinence-based",
                doc = "Share of arrests sent to court-mandated rehab instead of custody at full scale") double courtMandated) {}
