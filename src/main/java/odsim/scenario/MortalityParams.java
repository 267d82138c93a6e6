package odsim.scenario;

/** Deaths from other causes: a Gompertz curve in age, higher for people who use drugs. */
public record MortalityParams(
        @Param(value = "0.0025", unit = "per year", min = 0, max = 1, source = "assumption: round US life-table value, about 0.25% a year at age 40",
                doc = "Other-cause mortality at age 40") double rateAt40,
        @Param(value = "0.07", unit = "per year of age", min = 0, max = 1, source = "assumption: mortality doubles about every 10 years of adult age (Gompertz)",
                doc = "Gompertz slope") double gompertzSlope,
        @Param(value = "3.0", unit = "multiplier", min = 0, max = 50, source = "assumption: excess non-overdose mortality of people who inject drugs is several-fold",
                doc = "Other-cause mortality multiplier for street use") double streetExcess) {}
