package odsim.scenario;

/**
 * Medications for opioid use disorder as the status quo offers them: people seek and start
 * treatment, stay or drop out; medication keeps tolerance and replaces most street use. When
 * every place is taken, people wait and try again each day.
 */
public record TreatmentParams(
        @Param(value = "0.10", unit = "per year", min = 0, max = 50, source = "assumption: a minority of people with OUD start MOUD each year",
                doc = "Treatment starts per person-year of street or non-medical use") double startsPerYear,
        @Param(value = "1", unit = "multiplier", min = 0, max = 10,
                source = "scenario: 1 keeps the rate above; a history sets it from the growth of people receiving methadone and buprenorphine",
                doc = "Treatment starts by date, relative to the rate here") DatedCurve startsTrend,
        @Param(value = "0.45", unit = "share", min = 0, max = 1, source = "assumption", doc = "Share of starts on methadone (the rest buprenorphine)") double methadoneShare,
        @Param(value = "1.05", unit = "per year", min = 0, max = 50, source = "Fairley et al. 2021: dropout from methadone about 1.05 per person-year",
                doc = "Dropout from methadone") double methadoneDropoutPerYear,
        @Param(value = "1.61", unit = "per year", min = 0, max = 50, source = "Fairley et al. 2021: dropout from buprenorphine about 1.61 per person-year",
                doc = "Dropout from buprenorphine") double buprenorphineDropoutPerYear,
        @Param(value = "0.05", unit = "probability per day", min = 0, max = 1, source = "assumption: occasional street use on treatment",
                doc = "Chance of a street use-day on methadone") double methadoneStreetUseDay,
        @Param(value = "0.06", unit = "probability per day", min = 0, max = 1, source = "assumption", doc = "Chance of a street use-day on buprenorphine") double buprenorphineStreetUseDay,
        @Param(value = "1.0", unit = "share of habitual dose", min = 0, max = 10, source = "assumption: a full agonist at maintenance dose holds tolerance",
                doc = "Tolerance held by methadone") double methadoneTolerance,
        @Param(value = "0.8", unit = "share of habitual dose", min = 0, max = 10, source = "assumption: a partial agonist holds somewhat less",
                doc = "Tolerance held by buprenorphine") double buprenorphineTolerance,
        @Param(value = "0.8", unit = "share of intake", min = 0, max = 1, source = "assumption: buprenorphine's partial blockade blunts other opioids, and high-potency fentanyl overcomes much of it; set with the street use-days on buprenorphine so overdose deaths on it and after leaving treatment stand near 1.4 and 4.6 per 1,000 PY (Sordo et al. 2017)",
                doc = "Share of a street dose that acts while on buprenorphine") double buprenorphineBlockade,
        @Param(value = "500", unit = "places per 100,000 residents", min = 0, max = 100000,
                source = "assumption: not binding in the baseline, where about 125 per 100,000 are in treatment",
                doc = "Treatment places (methadone and buprenorphine together); people wait when they are full") double placesPer100k,
        @Param(value = "7", unit = "days", min = 0, max = 365,
                source = "assumption: people leaving treatment often taper or stop before using again; with tolerance falling meanwhile this gives the raised mortality of the first weeks after leaving (Cornish et al. 2010, BMJ 341:c5475: 4.8 and 4.3 deaths per 100 PY in weeks 1-2 and 3-4 after stopping, 0.95 later; Sordo et al. 2017)",
                doc = "Mean days from leaving methadone or buprenorphine to the first street use (geometric)") double daysToFirstUseAfterLeaving,
        @Param(value = "28", unit = "days", min = 1, max = 365,
                source = "assumption from dosing guidance (SAMHSA TIP 63: methadone starts low, at most 30-40 mg the first day, and rises over weeks to a maintenance dose, commonly 60-120 mg); Sordo et al. 2017: mortality is raised in the first 4 weeks of methadone",
                doc = "Days over which the methadone dose, and the tolerance it holds, rise from the starting share to full") double methadoneInductionDays,
        @Param(value = "0.35", unit = "share of the held tolerance", min = 0, max = 1,
                source = "assumption: a 30 mg starting dose against a maintenance dose near 85 mg (SAMHSA TIP 63)",
                doc = "Share of methadone's held tolerance on the first day of treatment") double methadoneStartingShare) {}
