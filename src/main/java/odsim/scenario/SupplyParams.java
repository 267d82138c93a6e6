package odsim.scenario;

/**
 * The street supply. A market-wide log-potency follows a mean-reverting process with jumps; each
 * use-day draws a batch from it: fentanyl-containing with the dated fentanyl share, otherwise
 * heroin, each with its own batch-to-batch spread; a dated share of the fentanyl batches carries a
 * far stronger analogue (carfentanil) instead. Doses are in heroin-equivalent standard doses.
 */
public record SupplyParams(
        @Param(value = "linear 2015-01-01=0.03 2016-01-01=0.11 2017-01-01=0.19 2018-01-01=0.30 2019-01-01=0.38 2020-01-01=0.47 2021-01-01=0.66 2022-01-01=0.74 2023-01-01=0.77 2025-12-31=0.85", unit = "share of street batches", min = 0, max = 1,
                source = "fitted to the NCHS share of opioid-involved deaths involving synthetic opioids other than methadone: 2015 29%, 2016 46%, 2017 60%, 2018 67%, 2019 73%, 2020 82%, 2021 88%, 2022 90% (docs/validation.md checks each year within 10 points)",
                doc = "Share of street batches containing fentanyl, by date") DatedCurve fentanylShare,
        @Param(value = "linear 2015-01-01=0 2017-07-01=0.0009 2018-07-01=0.0053 2019-07-01=0.0285 2020-07-01=0.0752 2021-07-01=0.175 2023-01-01=0.25 2025-12-31=0.25", unit = "share of diverted pills", min = 0, max = 1,
                source = "2017-2021 in proportion to the pills containing fentanyl seized by law enforcement (HIDTA: about 50,000 in 2017, 2,300 times fewer than the 115.6 million of 2023, Palamar et al. 2024, Int J Drug Policy, doi:10.1016/j.drugpo.2024.104417; "
                        + "290,304 in 2018, 1,572,731 in 2019, 4,149,037 in 2020, 9,649,551 in 2021, Palamar et al. 2022, Drug Alcohol Depend 234:109398), each year's at its middle; "
                        + "the level, 0.175 in 2021 and 0.25 from 2023, is an assumption (no source counts the pills bought that are counterfeit; seizures grew 12-fold more by 2023, so proportion stops at 2021); "
                        + "none before 2015 (DEA's first warning of counterfeit pills containing fentanyl, Counterfeit Prescription Pills Containing Fentanyls: A Global Threat, came in July 2016). docs/validation.md checks the deaths it brings against CDC's deaths with evidence of counterfeit pills",
                doc = "Share of pills bought for non-medical use that are counterfeit and contain fentanyl") DatedCurve counterfeitPillShare,
        @Param(value = "1.0", unit = "relative potency", min = 0.01, max = 100, source = "assumption: sellers dose fentanyl to the effect buyers expect of a bag, so its median matches heroin's; its danger is its uneven potency (fentanylBatchSd): with these, a fentanyl batch carries about 4 times a heroin batch's overdose risk, which with the fentanyl share reproduces the NCHS share of deaths involving fentanyl, 2015-2022 (docs/validation.md)",
                doc = "Mean potency of a fentanyl batch relative to a heroin batch") double fentanylRelativePotency,
        @Param(value = "0.50", unit = "log sd", min = 0, max = 5, source = "assumption: street heroin purity varied several-fold between seizures", doc = "Batch-to-batch spread of heroin potency") double heroinBatchSd,
        @Param(value = "0.75", unit = "log sd", min = 0, max = 5, source = "assumption: uneven mixing of fentanyl makes batches far less predictable (DEA lab testing: 27% of counterfeit pills held a potentially lethal 2 mg in 2019, about 4 in 10 in 2021, 6 in 10 in 2022); set with fentanylRelativePotency so the share of deaths involving fentanyl follows NCHS, 2015-2022 (docs/validation.md)",
                doc = "Batch-to-batch spread of fentanyl batch potency") double fentanylBatchSd,
        @Param(value = "0", unit = "share of the gap", min = 0, max = 1,
                source = "assumption: 0 keeps one spread for all years. A fentanyl batch grows less uneven as fentanyl becomes the product "
                        + "sold rather than an adulterant mixed into heroin: this share of the gap between fentanylBatchSd and heroinBatchSd "
                        + "is closed when every street batch holds fentanyl, in proportion to the share before. Deaths involving fentanyl grew "
                        + "as fast as its share of deaths needs while the others fell faster than the model's from 2016 to 2018 "
                        + "(NCHS; docs/calibration.md, \"Where the dip is missing\"); drawn free in the US calibration on 2026-12-07, it bought some of the "
                        + "2017-2019 plateau with the 2020-2022 surge and was not kept (scenarios/sweeps/calibrate-us-narrowing.yaml)",
                doc = "How far a fentanyl street batch's spread narrows toward heroin's as fentanyl takes over the street supply") double fentanylSdNarrowing,
        @Param(value = "0", unit = "share of fentanyl batches", min = 0, max = 1,
                source = "0: none by default; the US baseline sets it from DEA forensic laboratory reports of carfentanil over reports of fentanyl, 2016-2018 (scenarios/baseline.yaml, each year cited)",
                doc = "Share of fentanyl-containing street batches that carry a far stronger analogue (carfentanil) instead, by date") DatedCurve analogueShare,
        @Param(value = "2", unit = "relative potency", min = 1, max = 1000,
                source = "assumption: carfentanil is about 100 times as potent as fentanyl by weight (DEA, 2016), 20 to 30 times in animal studies (Leen & Juurlink 2019), but sellers cut it knowing that, and seizure reports overstate what people met (Ohio made 77% of 2017's: DEA 2019 National Drug Threat Assessment); the US calibration sets it (docs/calibration.md)",
                doc = "Median potency of an analogue batch relative to a fentanyl batch (same spread)") double analogueRelativePotency,
        @Param(value = "0.05", unit = "log sd", min = 0, max = 5, source = "assumption: pharmaceutical doses are labelled and consistent",
                doc = "Spread of pharmaceutical dose potency") double pharmaceuticalSd,
        @Param(value = "60", unit = "days", min = 1, max = 36500, source = "assumption", doc = "Half-life of market potency deviations") double marketHalfLifeDays,
        @Param(value = "0.01", unit = "log sd per day", min = 0, max = 1, source = "assumption", doc = "Daily noise of market log-potency") double marketDailySd,
        @Param(value = "2", unit = "per year", min = 0, max = 365, source = "assumption: new suppliers or adulterants a few times a year", doc = "Market potency jumps") double marketJumpsPerYear,
        @Param(value = "0.20", unit = "log sd", min = 0, max = 5, source = "assumption", doc = "Size of a market potency jump") double marketJumpSd,
        @Param(value = "1.0", unit = "multiplier", min = 1, max = 10,
                source = "assumption: 1 means no added volatility; crackdowns raise it (the 'iron law of prohibition')",
                doc = "Enforcement multiplier on batch and market volatility") double enforcementVolatility) {}
