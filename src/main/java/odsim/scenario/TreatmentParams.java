package odsim.scenario;

/**
 * Medications for opioid use disorder as the status quo offers them: people seek and start
 * treatment, stay or drop out; medication keeps tolerance and replaces most street use. When
 * every place is taken, people wait and try again each day.
 */
public record TreatmentParams(
        @Param(value = "0.10", unit = "per year", min = 0, max = 50, source = "assumption: a minority of people with OUD start MOUD each year",
                doc = "Treatment starts per person-year of street or non-medical use") double startsPerYear,
        @Param(value = "0.45", unit = "share", min = 0, max = 1, source = "assumption", doc = "Share of starts on methadone (the rest buprenorphine)") double methadoneShare,
        @Param(value = "1.05", unit = "per year", min = 0, max = 50, source = "Fairley et al. 2021 (MODEL.md): dropout from methadone about 1.05 per person-year",
                doc = "Dropout from methadone") double methadoneDropoutPerYear,
        @Param(value = "1.61", unit = "per year", min = 0, max = 50, source = "Fairley et al. 2021 (MODEL.md): dropout from buprenorphine about 1.61 per person-year",
                doc = "Dropout from buprenorphine") double buprenorphineDropoutPerYear,
        @Param(value = "0.05", unit = "probability per day", min = 0, max = 1, source = "assumption: occasional street use on treatment",
                doc = "Chance of a street use-day on methadone") double methadoneStreetUseDay,
        @Param(value = "0.06", unit = "probability per day", min = 0, max = 1, source = "assumption", doc = "Chance of a street use-day on buprenorphine") double buprenorphineStreetUseDay,
        @Param(value = "1.0", unit = "share of habitual dose", min = 0, max = 10, source = "assumption: a full agonist at maintenance dose holds tolerance",
                doc = "Tolerance held by methadone") double methadoneTolerance,
        @Param(value = "0.8", unit = "share of habitual dose", min = 0, max = 10, source = "assumption: a partial agonist holds somewhat less",
                doc = "Tolerance held by buprenorphine") double buprenorphineTolerance,
        @Param(value = "0.5", unit = "share of intake", min = 0, max = 1, source = "assumption: buprenorphine's receptor blockade blunts other opioids",
                doc = "Share of a street dose that acts while on buprenorphine") double buprenorphineBlockade,
        @Param(value = "500", unit = "places per 100,000 residents", min = 0, max = 100000,
                source = "assumption: not binding in the baseline, where about 125 per 100,000 are in treatment",
                doc = "Treatment places (methadone and buprenorphine together); people wait when they are full") double placesPer100k) {}
