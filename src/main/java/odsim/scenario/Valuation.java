package odsim.scenario;

import odsim.model.UseState;

/**
 * How health and lives are valued in an appraisal: quality-of-life weights per use state (1 =
 * full health, 0 = dead) and the value of a statistical life. They belong to the comparison, not
 * to a scenario, so that a baseline and its alternatives are always valued alike.
 */
public record Valuation(
        @Param(value = "12356000", unit = "USD per death", min = 0, max = 1e12, source = "US HHS/ASPE 2016, Guidelines for Regulatory Impact Analysis: central value of a statistical life $9.6 million in 2014 dollars, x CPI-U 2023/2014 (304.702/236.736; prices only, no real income growth)",
                doc = "Value of a statistical life (societal perspective)") double valueOfStatisticalLife,
        @Param(value = "0.87", unit = "QALY weight", min = 0, max = 1, source = "Sullivan PW, Ghushchyan V 2006 (Med Decis Making 26:410): US adult EQ-5D index about 0.87",
                doc = "Quality-of-life weight, not using opioids") double noUse,
        @Param(value = "0.75", unit = "QALY weight", min = 0, max = 1, source = "assumption: chronic pain on long-term opioids, below population norms",
                doc = "Quality-of-life weight, on prescribed opioids") double prescribed,
        @Param(value = "0.65", unit = "QALY weight", min = 0, max = 1, source = "assumption: between active street use (0.57) and stable treatment (0.77), Wittenberg et al. 2016",
                doc = "Quality-of-life weight, misusing prescription opioids") double nonmedical,
        @Param(value = "0.57", unit = "QALY weight", min = 0, max = 1, source = "Wittenberg E et al. 2016 (Addiction 111:675): active injection drug use about 0.57",
                doc = "Quality-of-life weight, using street opioids") double street,
        @Param(value = "0.77", unit = "QALY weight", min = 0, max = 1, source = "assumption: as stable on buprenorphine (Wittenberg et al. 2016)",
                doc = "Quality-of-life weight, on methadone") double methadone,
        @Param(value = "0.77", unit = "QALY weight", min = 0, max = 1, source = "Wittenberg E et al. 2016 (Addiction 111:675): stable on buprenorphine about 0.77",
                doc = "Quality-of-life weight, on buprenorphine") double buprenorphine,
        @Param(value = "0.70", unit = "QALY weight", min = 0, max = 1, source = "assumption: known doses, still daily opioid use; between street use and stable treatment",
                doc = "Quality-of-life weight, on safe supply") double safeSupply,
        @Param(value = "0.65", unit = "QALY weight", min = 0, max = 1, source = "assumption: early abstinence with withdrawal",
                doc = "Quality-of-life weight, in rehab or detox") double rehab,
        @Param(value = "0.55", unit = "QALY weight", min = 0, max = 1, source = "assumption: slightly below active street use",
                doc = "Quality-of-life weight, in jail") double jail,
        @Param(value = "0.55", unit = "QALY weight", min = 0, max = 1, source = "assumption: slightly below active street use",
                doc = "Quality-of-life weight, in prison") double prison,
        @Param(value = "0.80", unit = "QALY weight", min = 0, max = 1, source = "assumption: between stable treatment (0.77) and population norms (0.87)",
                doc = "Quality-of-life weight, in remission") double remission,
        @Param(value = "0.80", unit = "QALY weight", min = 0, max = 1, source = "assumption: as remission; the state a person would have lived in after the horizon is not simulated",
                doc = "Quality-of-life weight of life lost to overdose after the horizon ends") double afterHorizon,
        @Param(value = "0.07", unit = "QALY weight", min = 0, max = 1,
                source = "Wong WWL et al. 2017 (CMAJ Open 5:E97): chronic hepatitis C without cirrhosis 0.73 against 0.80 after cure",
                doc = "Quality-of-life weight lost while living with chronic hepatitis C") double hcvLoss,
        @Param(value = "0.06", unit = "QALY weight", min = 0, max = 1,
                source = "assumption from the HIV Cost and Services Utilization Study (1996 data): asymptomatic HIV 0.937 on the SF-6D",
                doc = "Quality-of-life weight lost while living with HIV") double hivLoss) {

    /** The weight of a living state. */
    public double weight(UseState s) {
        return switch (s) {
            case NO_USE -> noUse;
            case PRESCRIBED -> prescribed;
            case NONMEDICAL -> nonmedical;
            case STREET -> street;
            case METHADONE -> methadone;
            case BUPRENORPHINE -> buprenorphine;
            case SAFE_SUPPLY -> safeSupply;
            case REHAB -> rehab;
            case JAIL -> jail;
            case PRISON -> prison;
            case REMISSION -> remission;
            case DEAD_OVERDOSE, DEAD_OTHER -> 0;
        };
    }
}
