package odsim.scenario;

/**
 * Prescribing restrictions (tapering mandates, monitoring programs): long-term prescriptions end
 * faster, and some people cut off turn to non-medical supply.
 */
public record PrescribingPolicy(
        @Param(value = "0", unit = "share of full scale", min = 0, max = 1, source = "scenario: 0 is off", doc = "Scale of the restrictions by date") DatedCurve level,
        @Param(value = "0.3", unit = "per year", min = 0, max = 50, source = "assumption: mandated tapers end many long-term prescriptions",
                doc = "Extra prescription ends per person-year at full scale") double extraEndsPerYear,
        @Param(value = "0.25", unit = "share of people cut off", min = 0, max = 1,
                source = "assumption: a share of patients cut off seek opioids elsewhere (seed 001)", doc = "Share of people cut off who turn to non-medical use") double turnToNonmedical) {}
