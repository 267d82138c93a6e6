package odsim.scenario;

/**
 * How people use street opioids (injecting, or smoking and snorting) and the infections shared
 * injecting equipment passes on: hepatitis C and HIV. A person injects or not for life; on an
 * injecting day equipment may have been used by someone else, who may carry either virus.
 * Partners' prevalence is a fixed share here (no herd effect: fewer infections do not lower it).
 */
public record InfectionParams(
        @Param(value = "0.5", unit = "share of people", min = 0, max = 1,
                source = "assumption between 'over two fifths' of past-year heroin users injecting (NSDUH 2002-2005, SAMHSA 2007) and 63% of primary heroin admissions (TEDS 2005); smoking has risen since (Tanz et al. 2024, MMWR 73:124)",
                doc = "Share of people who inject when they use street opioids (the rest smoke or snort; pills are swallowed)") double injectingShare,
        @Param(value = "0.31", unit = "probability per injecting day", min = 0, max = 1,
                source = "derived: makes hepatitis C incidence among susceptible people injecting street opioids about 22.6 per 100 person-years (InC3, Morris et al. 2017, Clin Infect Dis 64:860) at the per-event chance and prevalence below and 0.85 use-days a day; NHBS 2018: 26% of PWID shared syringes receptively in the past year (Handanagic et al. 2021, MMWR 70:1459), more shared other equipment",
                doc = "Chance an injecting day uses equipment someone else used (syringe, cooker, cotton, water)") double sharingPerInjectingDay,
        @Param(value = "0.41", unit = "share of people who inject", min = 0, max = 1,
                source = "NHBS 2015: 55.2% of PWID anti-HCV positive (Abara et al. 2019, J Infect Dis), x 0.74 not clearing the virus (Micallef et al. 2006)",
                doc = "Share of people who inject living with chronic hepatitis C: the chance a sharing partner carries it, and who starts with it") double hcvPrevalence,
        @Param(value = "0.0057", unit = "probability per shared injecting day", min = 0, max = 1,
                source = "Boelen L et al. 2014 (PLoS ONE 9:e100749): 0.57% per event of sharing injecting equipment",
                doc = "Chance hepatitis C passes on a shared injecting day with a partner who carries it") double hcvPerSharedDay,
        @Param(value = "0.26", unit = "share of infections", min = 0, max = 1,
                source = "Micallef JM et al. 2006 (J Viral Hepat 13:34): weighted mean 26% clear the virus spontaneously",
                doc = "Share of new hepatitis C infections cleared without treatment") double hcvSpontaneousClearance,
        @Param(value = "0.05", unit = "per year", min = 0, max = 1,
                source = "derived: 17% of Baltimore PWID with hepatitis C ever started direct-acting antivirals by 2018, about three years after they came (Falade-Nwulia et al. 2020, J Viral Hepat)",
                doc = "Treatment and cure of chronic hepatitis C") double hcvCuresPerYear,
        @Param(value = "0.07", unit = "share of people who inject", min = 0, max = 1,
                source = "NHBS 2018: 7% of PWID in 23 US cities living with HIV (Handanagic et al. 2021, MMWR 70:1459)",
                doc = "Share of people who inject living with HIV: the chance a sharing partner carries it, and who starts with it") double hivPrevalence,
        @Param(value = "0.0000485", unit = "probability per shared injecting day", min = 0, max = 1,
                source = "derived: makes HIV incidence among people who inject about 32.7 per 100,000 person-years (Bradley et al. 2019, AIDS, for 2015) at the sharing and prevalence above; far below CDC's 63 per 10,000 needle-sharing acts (Patel et al. 2014), as most shared equipment is not a syringe and most people with HIV are on suppressive treatment (assumption)",
                doc = "Chance HIV passes on a shared injecting day with a partner who carries it") double hivPerSharedDay) {}
