package odsim.scenario;

/**
 * Movement between use states driven by pain. Each rate is per person-year at the reference
 * drive and scales as {@code exp(elasticity * (drive - referenceDrive))}: positive elasticities
 * (initiation, escalation, relapse) rise with pain, negative ones (cessation) fall with it.
 */
public record UseParams(
        @Param(value = "0.20", unit = "per year", min = 0, max = 50, source = "assumption: set with the end rate so long-term prescribing declines slowly, as it did after 2012",
                doc = "No use -> prescribed opioids") double prescriptionStartPerYear,
        @Param(value = "1", unit = "multiplier", min = 0, max = 10,
                source = "scenario: 1 keeps the rates above; a history sets it from CDC's opioid dispensing rate over its value in the year the rates describe",
                doc = "Opioid prescribing by date, relative to the rate here: multiplies prescription starts") DatedCurve prescribingTrend,
        @Param(value = "2.0", unit = "per unit drive", min = -20, max = 20, source = "assumption", doc = "Pain elasticity of prescription start") double prescriptionStartElasticity,
        @Param(value = "0.15", unit = "per year", min = 0, max = 50, source = "assumption: most long-term prescriptions end within several years",
                doc = "Prescribed opioids -> no use (prescription ends)") double prescriptionEndPerYear,
        @Param(value = "0.05", unit = "per year", min = 0, max = 50, source = "assumption: misuse among long-term patients (Vowles et al. 2015 report 21-29% misuse in chronic pain patients)",
                doc = "Prescribed -> non-medical use of prescription opioids") double prescribedToMisusePerYear,
        @Param(value = "1", unit = "multiplier", min = 0, max = 10,
                source = "scenario: 1 keeps the rate above; a history sets it from the dose per prescription (CDC's morphine milligram equivalents per capita over prescriptions per capita) over its value in the year the rates describe: "
                        + "the odds of an opioid use disorder rise with the daily dose prescribed (chronic low dose OR 14.9, medium 28.7, high 122.5; Edlund et al. 2014, Clin J Pain 30(7):557-564); proportional to it is an assumption",
                doc = "Patients' misuse of their prescribed opioids by date, relative to the rate here: multiplies prescribed -> non-medical use") DatedCurve misuseTrend,
        @Param(value = "0.015", unit = "per year", min = 0, max = 50, source = "assumption", doc = "No use -> non-medical use (initiation)") double initiationPerYear,
        @Param(value = "1", unit = "multiplier", min = 0, max = 10,
                source = "scenario: 1 keeps the rate above; a history sets it from the amount of opioids prescribed (CDC, morphine milligram equivalents per capita) over its value in the year the rates describe",
                doc = "Prescription opioids available to misuse by date, relative to the rate here: multiplies initiation of non-medical use and relapse to it (most misused pills come from prescriptions, Lipari & Hughes 2017)") DatedCurve pillSupplyTrend,
        @Param(value = "3.0", unit = "per unit drive", min = -20, max = 20, source = "assumption", doc = "Pain elasticity of initiation and misuse") double initiationElasticity,
        @Param(value = "0.03", unit = "per year", min = 0, max = 50, source = "assumption: transitions from prescription misuse to heroin (Muhuri et al. 2013 report about 4% within 5 years of all who misuse; higher among frequent users)",
                doc = "Non-medical use -> street use (escalation)") double escalationPerYear,
        @Param(value = "1", unit = "multiplier", min = 0, max = 10,
                source = "scenario: 1 keeps the rate above; a history lets calibration set it (heroin's spread before fentanyl has no measured rate)",
                doc = "Escalation to street opioids by date, relative to the rate here") DatedCurve escalationTrend,
        @Param(value = "2.0", unit = "per unit drive", min = -20, max = 20, source = "assumption", doc = "Pain elasticity of escalation") double escalationElasticity,
        @Param(value = "0.30", unit = "per year", min = 0, max = 50, source = "assumption: much prescription misuse is short-lived",
                doc = "Non-medical use -> remission") double nonmedicalCessationPerYear,
        @Param(value = "1", unit = "elasticity", min = 0, max = 5,
                source = "assumption: proportional, as a first misuse and a relapse to pills follow the amount prescribed (use.pillSupplyTrend), so misuse of scarcer pills ends sooner as it starts less often; "
                        + "checked against NSDUH, not fitted: people misusing pain relievers in a year fell from 12.5 million in 2015 to 11.5, 11.1 and 9.9 million in 2016-2018 (SAMHSA, Key Substance Use and Mental Health Indicators; docs/validation.md); 0 keeps the rate above whatever is prescribed",
                doc = "How much sooner misuse of pills ends when fewer are prescribed: non-medical use -> remission multiplies by pillSupplyTrend to minus this power") double pillScarcityStopping,
        @Param(value = "0.10", unit = "per year", min = 0, max = 50, source = "assumption: about 5-10% of people who use heroin stop each year in cohort studies",
                doc = "Street use -> remission") double streetCessationPerYear,
        @Param(value = "-2.0", unit = "per unit drive", min = -20, max = 20, source = "assumption", doc = "Pain elasticity of cessation") double cessationElasticity,
        @Param(value = "0.10", unit = "per year", min = 0, max = 50, source = "assumption: relapse slows once remission lasts", doc = "Remission -> use again (late relapse rate)") double relapsePerYear,
        @Param(value = "2.5", unit = "per unit drive", min = -20, max = 20, source = "assumption", doc = "Pain elasticity of relapse") double relapseElasticity,
        @Param(value = "8.0", unit = "multiplier", min = 1, max = 100, source = "assumption: most relapse happens in the first months of remission",
                doc = "Relapse rate multiplier right after entering remission, fading with the half-life below") double earlyRelapseMultiplier,
        @Param(value = "60", unit = "days", min = 1, max = 3650, source = "assumption", doc = "Half-life of the early relapse excess") double earlyRelapseHalfLifeDays,
        @Param(value = "0.85", unit = "probability per day", min = 0, max = 1, source = "assumption: most people using heroin use daily",
                doc = "Chance a person using street opioids uses on a given day") double streetUseDayProbability,
        @Param(value = "0.30", unit = "probability per day", min = 0, max = 1, source = "assumption", doc = "Chance of a use-day for non-medical use of prescription opioids (a frequent misuser's: see the share below)") double nonmedicalUseDayProbability,
        @Param(value = "0", unit = "share", min = 0, max = 1,
                source = "scenario: 0 makes every person misusing pills a frequent user (0.65, below, was tried against the US history and not kept: docs/calibration.md, 'What stops the model'); of 9.2 million people misusing pain relievers in a year of NSDUH 2013-2014 "
                        + "who had not started that year, 6.0 million did so occasionally (Lipari & Hughes 2017, CBHSQ Short Report, January 12, 2017): 0.65; two-thirds used them infrequently "
                        + "in NSDUH 2008-2011 (Jones et al. 2014, JAMA Intern Med 174(5):802-803, as reported by the Associated Press); in NESARC 2001-2002, 53% "
                        + "misused less than monthly (a study of pain and non-medical analgesic use, PMC2647685)",
                doc = "Share of people who, when they misuse prescription opioids, do so occasionally: few use-days, and no use disorder, so stopping is a return to no use, not a remission that relapses") double shareMisusingOccasionally,
        @Param(value = "0.02", unit = "probability per day", min = 0, max = 1,
                source = "assumption: less than monthly, as 53% of people misusing pain relievers in NESARC 2001-2002 (PMC2647685); 0.02 is about 7 days a year",
                doc = "Chance of a use-day for an occasional misuser of prescription opioids") double occasionalUseDayProbability,
        @Param(value = "1.0", unit = "standard doses", min = 0.01, max = 100, source = "definition: the unit of dose and tolerance",
                doc = "Typical habitual dose of street use (heroin-equivalent)") double streetDose,
        @Param(value = "0.5", unit = "standard doses", min = 0.01, max = 100, source = "assumption", doc = "Typical habitual dose of non-medical prescription use") double nonmedicalDose,
        @Param(value = "0.3", unit = "standard doses", min = 0.01, max = 100, source = "assumption", doc = "Typical prescribed daily dose") double prescribedDose,
        @Param(value = "0.3", unit = "log sd", min = 0, max = 3, source = "assumption", doc = "Spread of habitual doses between people") double doseSpread,
        @Param(value = "0.15", unit = "share", min = 0, max = 1,
                source = "assumption: in NSDUH most people misusing prescription opioids got them free from friends or relatives (50.5%) or from a doctor (22.1%); buying from a dealer or stranger is less common and likeliest among frequent users (Lipari & Hughes 2017, SAMHSA); "
                        + "15% of those misusing on 200-365 days a year bought from a dealer or stranger (NSDUH 2008-2011, Jones et al. 2014, JAMA Intern Med 174(5):802-803, as reported by the Associated Press)",
                doc = "Share of frequent misusers of prescription opioids who buy pills from dealers (and so meet counterfeit pills); the rest, and every occasional misuser, take genuine pills") double shareBuyingPillsFromDealers) {}
