package odsim.scenario;

/**
 * Sterile supplies (syringe services, smoking kits): the people they reach share injecting
 * equipment less often, so fewer of them acquire hepatitis C or HIV.
 */
public record SterileSuppliesPolicy(
        @Param(value = "0", unit = "share of full scale", min = 0, max = 1, source = "scenario: 0 is off", doc = "Scale of the services by date") DatedCurve level,
        @Param(value = "0.55", unit = "share of people using street opioids", min = 0, max = 1,
                source = "NHBS 2018: 55% of PWID got syringes from a syringe services program in the past year (Handanagic et al. 2021, MMWR 70:1459)",
                doc = "Share of people using street opioids reached at full scale") double coverage,
        @Param(value = "0.68", unit = "share of sharing", min = 0, max = 1,
                source = "Wejnert C et al. 2016 (MMWR 65:1336): 13% of PWID who got all their syringes from sterile sources shared them, against 41% of the others (1 - 13/41)",
                doc = "Fall in the chance of sharing equipment on an injecting day, for people reached") double sharingReduction,
        @Param(value = "1714", unit = "USD per person reached per year", min = 0, max = 1e12,
                source = "Teshale EH et al. 2019 (PLoS ONE 14:e0216205): $700 to $2,000 per client a year in 2016 dollars; the middle, $1,350, x CPI-U 2023/2016 (304.702/240.007)",
                doc = "Cost of the services per person reached") double costPerPersonYear) {}
