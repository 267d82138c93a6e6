package odsim.scenario;

/**
 * What happens after an overdose begins: where (alone or with others), who responds (a witness
 * with naloxone, a 911 call and EMS) and whether the person survives. A witness has naloxone
 * from outside the circle ({@code witnessHasNaloxone}) or brings a kit, more often the more
 * people who use hold one ({@code witnessKitAtFullHolding}), or uses the person's own kit.
 */
public record CascadeParams(
        @Param(value = "0.49", unit = "share", min = 0, max = 1,
                source = "fitted at the baseline's own parameters (odsim fit scenarios/sweeps/fit-using-alone.yaml) to the share of opioid overdose deaths with "
                        + "a potential bystander present: 44% in 11 states, July 2016-June 2017 (Mattson et al. 2018, MMWR 67(34):945-951), 46.5% in 42 "
                        + "jurisdictions, July 2019-June 2021 (Tanz et al. 2023, JAMA Netw Open 6(1):e2251856); with the two chances below about 48% of "
                        + "overdoses happen alone (the PROFOUND model's inputs assumed 36%)",
                doc = "Share of people who tend to use alone") double shareTendingToUseAlone,
        @Param(value = "0.80", unit = "probability per use-day", min = 0, max = 1, source = "assumption", doc = "Chance of using alone for someone who tends to") double aloneIfTending,
        @Param(value = "0.18", unit = "probability per use-day", min = 0, max = 1, source = "assumption", doc = "Chance of using alone for others") double aloneOtherwise,
        @Param(value = "linear 2015-01-01=0.05 2017-07-01=0.09 2018-07-01=0.17 2019-07-01=0.25 2025-12-31=0.30",
                unit = "probability per witnessed overdose", min = 0, max = 1,
                source = "assumption in level (0.05 in 2015, 0.30 by 2025); its steep 2017-2019 rise follows naloxone dispensed: retail "
                        + "pharmacies 270,710 prescriptions in 2017, 556,847 in 2018 (Guy et al. 2019, MMWR 68(31):679-686), harm-reduction "
                        + "programmes' orders through the Buyers Club 2.6-fold from 2017 to 2020 (Doe-Simkins et al. 2021, medRxiv "
                        + "doi:10.1101/2021.11.14.21266221)",
                doc = "Chance a witness has naloxone from outside the circle of people who use (bystanders, services)") DatedCurve witnessHasNaloxone,
        @Param(value = "0.5", unit = "probability per witnessed overdose", min = 0, max = 1,
                source = "assumption: a witness is usually someone who uses too; about half carry their kit when using together",
                doc = "Chance a witness brings a kit when every person who uses holds one (scales with the share who do)") double witnessKitAtFullHolding,
        @Param(value = "0.70", unit = "probability", min = 0, max = 1, source = "assumption", doc = "Chance a witness uses the person's own kit when there is one") double witnessUsesOwnKit,
        @Param(value = "0.05", unit = "share", min = 0, max = 1, source = "assumption", doc = "Share of people holding a naloxone kit at entry") double initialKitShare,
        @Param(value = "0.50", unit = "probability per witnessed overdose", min = 0, max = 1,
                source = "people who witnessed an overdose called EMS about half the time: 53% in Vancouver cohorts 2014-2018 (Moallef et al. 2021, Harm Reduct J, "
                        + "doi:10.1186/s12954-021-00537-w), 47% of 10,246 rescues with Massachusetts naloxone kits 2007-2017, 50% in 2016 (Lim et al. 2019, Drug "
                        + "Alcohol Depend 204:107531); fear of police is a main reason not to call",
                doc = "Chance a witness calls 911 where possession is criminalized") double call911,
        @Param(value = "0.10", unit = "probability per overdose alone", min = 0, max = 1, source = "assumption", doc = "Chance someone finds a person alone in time and calls 911") double foundInTimeAlone,
        @Param(value = "0.057", unit = "probability", min = 0, max = 1, source = "fitted with overdose.halfRatio to emergency visits per death and US death rates (scenarios/sweeps/fit-emergency-visits.yaml; docs/validation.md): with the rest of the cascade about 5% of overdoses are fatal, as in US and Canadian cohorts of people who inject (Shealey et al. 2026, Subst Use Misuse, doi:10.1080/10826084.2025.2609295)",
                doc = "Chance an overdose is fatal with no naloxone and no EMS") double fatalityUntreated,
        @Param(value = "0.59", unit = "relative risk", min = 0, max = 1, source = "PROFOUND model inputs: EMS attendance relative risk of death about 0.59",
                doc = "Relative risk of death when EMS attends") double emsRelativeRisk,
        @Param(value = "0.02", unit = "probability", min = 0, max = 1,
                source = "naloxone given by trained bystanders was successful in 98% (150 of 153) of reported rescues, Massachusetts 2006-2009 "
                        + "(Walley et al. 2013, BMJ 346:f174, Table 3); rescues reported when asking for a new kit, so an optimistic end",
                doc = "Chance an overdose is fatal when a witness gives naloxone") double fatalityWithNaloxone,
        @Param(value = "0.10", unit = "probability per ED visit", min = 0, max = 1, source = "assumption", doc = "Chance a surviving patient brought to hospital is admitted") double admissionProbability,
        @Param(value = "0.876", unit = "probability per survivor seen by EMS", min = 0, max = 1,
                source = "NEMSIS 2021-22: 12.4% of 710,263 nonfatal opioid overdose events attended by EMS ended without transport (Health Aff Sch 2025, PMID 40452857)",
                doc = "Chance a survivor seen by EMS is taken to an emergency department") double transportAfterEms,
        @Param(value = "0.05", unit = "probability per survivor not seen by EMS", min = 0, max = 1,
                source = "assumption: a few survivors go to an emergency department on their own; a region can set this and transport to match its own ED counts without changing fatality",
                doc = "Chance a survivor not seen by EMS comes to an emergency department") double edWithoutEms,
        @Param(value = "0.05", unit = "probability per non-fatal overdose", min = 0, max = 1, source = "assumption: few EDs started MOUD in 2015-2020",
                doc = "Chance a survivor seen by EMS is referred to and starts MOUD") double treatmentReferral,
        @Param(value = "0.10", unit = "probability per non-fatal overdose", min = 0, max = 1, source = "assumption", doc = "Chance a survivor seen by EMS leaves with a naloxone kit") double kitAfterOverdose,
        @Param(value = "0.5", unit = "per year", min = 0, max = 50, source = "assumption: kits are used, lost or expire", doc = "Rate at which a held kit is lost") double kitLossPerYear) {}
