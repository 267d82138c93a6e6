package odsim.scenario;

/**
 * Housing, jobs and mental-health care: for the people a program reaches, the baselines of
 * economic stress and emotional pain fall, so their drive, and with it initiation, escalation
 * and relapse, falls too.
 */
public record RootCausesPolicy(
        @Param(value = "0", unit = "share of full scale", min = 0, max = 1,
                source = "scenario: 0 is off", doc = "Scale of the programs by date") DatedCurve level,
        @Param(value = "0.3", unit = "share of people", min = 0, max = 1, source = "assumption: programs reach the neediest third",
                doc = "Share of people reached at full scale") double reach,
        @Param(value = "0.15", unit = "level 0-1", min = 0, max = 1, source = "assumption: stable housing and work remove much economic stress",
                doc = "Fall in the economic-stress baseline of people reached (housing and jobs)") double economicRelief,
        @Param(value = "0.10", unit = "level 0-1", min = 0, max = 1, source = "assumption: mental-health care eases emotional pain",
                doc = "Fall in the emotional-pain baseline of people reached (mental-health care)") double emotionalRelief,
        @Param(value = "3000", unit = "USD per person reached per year", min = 0, max = 1e12, source = "assumption: supportive housing subsidies and services, 2023 dollars",
                doc = "Cost of the programs per person reached") double costPerPersonYear) {}
