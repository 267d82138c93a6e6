package odsim.scenario;

/**
 * Policing intensity and police diversion (LEAD, PAARI): arrests for possession scale with
 * intensity; a share of arrests is diverted to case management and treatment instead of custody.
 */
public record PolicingPolicy(
        @Param(value = "1", unit = "multiplier of status-quo arrests", min = 0, max = 20,
                source = "scenario: 1 is the status quo of policing.*",
                doc = "Policing intensity by date") DatedCurve intensity,
        @Param(value = "0", unit = "share of arrests", min = 0, max = 1,
                source = "scenario: 0 is no diversion; LEAD diverts people at arrest (Collins et al. 2017)",
                doc = "Share of arrests diverted to case management and treatment, by date") DatedCurve diversion,
        @Param(value = "0.6", unit = "probability per diversion", min = 0, max = 1, source = "assumption",
                doc = "Chance a diverted person starts methadone or buprenorphine (else returns to use)") double treatmentAfterDiversion,
        @Param(value = "2500", unit = "USD per diversion", min = 0, max = 1e12, source = "assumption: case management for a few months, 2023 dollars",
                doc = "Cost of a diversion (case management)") double costPerDiversion) {}
