package odsim.scenario;

import java.util.Map;

/** One line on what each section of a scenario is about, for the parameter reference. */
final class SectionDocs {
    private static final Map<Class<?>, String> DOCS = Map.ofEntries(
            Map.entry(Horizon.class, "The simulated period; one step is one day."),
            Map.entry(PopulationParams.class, "Who is simulated: the region's people at risk of opioid overdose, and how many real people each agent stands for. The initial shares must add up to 1."),
            Map.entry(PainParams.class, "Physical, emotional and economic pain drivers (0-1): each person's baseline, shocks, recovery; their weighted sum (the drive) moves transition rates. The weights must add up to 1."),
            Map.entry(UseParams.class, "Movement between use states. Each rate is per person-year at the reference drive and scales as exp(elasticity x (drive - referenceDrive))."),
            Map.entry(ToleranceParams.class, "Tolerance rises toward the doses taken and, after a grace period without opioids, decays exponentially."),
            Map.entry(SupplyParams.class, "The street supply: market potency with persistence and jumps, the fentanyl share of batches, batch-to-batch spread."),
            Map.entry(OverdoseParams.class, "Chance of an overdose on a use-day from the ratio r of intake to tolerance: max * r^k / (r50^k + r^k)."),
            Map.entry(CascadeParams.class, "What follows an overdose: alone or witnessed, naloxone, 911 and EMS, survival, referral."),
            Map.entry(TreatmentParams.class, "Methadone and buprenorphine as the status quo offers them."),
            Map.entry(RehabParams.class, "Abstinence-only rehab and detox as the status quo offers them."),
            Map.entry(PolicingParams.class, "Arrests for possession, jail and prison, as the status quo practises them."),
            Map.entry(MortalityParams.class, "Deaths from other causes: Gompertz in age, higher for street use."),
            Map.entry(InfectionParams.class, "How people use street opioids (injecting, or smoking and snorting) and what shared injecting equipment passes on: hepatitis C and HIV, carried for the rest of the run (hepatitis C until cured)."),
            Map.entry(CostParams.class, "Unit costs in US dollars of 2023 (sources in other years converted with CPI-U)."),
            Map.entry(NaloxonePolicy.class, "Naloxone distribution: kits to people who use; a witness's chance of having naloxone rises with kits held in the circle."),
            Map.entry(OpcPolicy.class, "Overdose prevention centres: sites with daily capacity; reached people use there on a share of use-days; staff respond at once."),
            Map.entry(DecriminalizationPolicy.class, "Decriminalization of possession: no arrests, less fear of calling 911, less using alone, more treatment seeking."),
            Map.entry(PolicingPolicy.class, "Policing intensity (arrests for possession) and police diversion to case management and treatment."),
            Map.entry(SupplyPressurePolicy.class, "Enforcement pressure on the supply: crackdowns raise potency volatility."),
            Map.entry(SafeSupplyPolicy.class, "Safe supply: known-potency pharmaceutical opioids replace a share of enrolled people's street use-days; delivery model sets reach, retention and cost."),
            Map.entry(MedicationPolicy.class, "Expanded methadone and buprenorphine: more starts, better retention, starts after overdose, medication in jail and prison."),
            Map.entry(RecordParams.class, "Criminal records: carried after an arrest that is not diverted, they raise the economic stress a person's pain returns to, until cleared."),
            Map.entry(RecordClearingPolicy.class, "Retroactive record clearing: the records of the people reached are cleared (once, as the clearing reaches them), and the economic stress they carried falls."),
            Map.entry(SterileSuppliesPolicy.class, "Sterile supplies (syringe services, smoking kits): the people reached share injecting equipment less often."),
            Map.entry(RootCausesPolicy.class, "Housing, jobs and mental-health care: lower economic and emotional pain baselines for the people reached."),
            Map.entry(DrugCheckingPolicy.class, "Drug checking: on a strong result people discard, take less, or use with others."),
            Map.entry(AbstinencePolicy.class, "Abstinence-only rehab and detox expanded, with court-mandated rehab instead of custody."),
            Map.entry(PrescribingPolicy.class, "Prescribing restrictions: tapering and monitoring end prescriptions; some people cut off turn to non-medical supply."),
            Map.entry(ComparisonFile.class, "What to compare and how to appraise it."),
            Map.entry(SweepSettings.class, "What to vary, how points are chosen, what to record. `extends: other.yaml` starts from another sweep file: its keys but those this file gives (`key: ~` drops one), its paths relative to it."),
            Map.entry(SweepSettings.Chart.class, "The chart drawn from the sweep's results (sweep.png and .svg)."),
            Map.entry(SweepSettings.Target.class, "Observed values the points are scored against (calibration.csv; odsim fit)."),
            Map.entry(Valuation.class, "How health and lives are valued: quality-of-life weights per use state (1 = full health) and the value of a statistical life. Part of the comparison, so a baseline and its alternatives are valued alike."),
            Map.entry(JobLossShock.class, "Regional job-loss shocks (a plant closing): on one day, a share of people take a jump in economic stress."));

    private SectionDocs() {}

    static String of(Class<?> type) {
        return DOCS.getOrDefault(type, "");
    }
}
