package odsim.scenario;

/**
 * Expanded methadone and buprenorphine: more starts (low-barrier access), better retention,
 * starts after a non-fatal overdose, and medication offered in jail and prison, which keeps
 * tolerance through custody and continues after release.
 */
public record MedicationPolicy(
        @Param(value = "0", unit = "share of full scale", min = 0, max = 1,
                source = "scenario: 0 is off; dated points give the start, ramp-up and end", doc = "Scale of the expansion by date") DatedCurve level,
        @Param(value = "250", unit = "places per 100,000 residents at full scale", min = 0, max = 100000,
                source = "assumption: new clinics and prescribers", doc = "Extra treatment places") double extraPlacesPer100k,
        @Param(value = "0.15", unit = "per year", min = 0, max = 50, source = "assumption: low-barrier access roughly doubles yearly starts",
                doc = "Extra treatment starts per person-year of street or non-medical use at full scale") double extraStartsPerYear,
        @Param(value = "0.3", unit = "share", min = 0, max = 1, source = "assumption: take-home doses and no punitive discharge keep people longer",
                doc = "Reduction of dropout at full scale") double lessDropout,
        @Param(value = "0.3", unit = "probability per non-fatal overdose seen by EMS", min = 0, max = 1,
                source = "assumption: emergency-department buprenorphine starts (D'Onofrio et al. 2015 trial: 78% engaged at 30 days when started in the ED)",
                doc = "Chance a survivor seen by EMS starts medication, at full scale") double startAfterOverdose,
        @Param(value = "0.8", unit = "share of people in custody", min = 0, max = 1,
                source = "assumption: a jail and prison program offered to everyone with opioid use disorder",
                doc = "Share of people entering jail or prison who get medication inside, at full scale") double inCustody,
        @Param(value = "0.7", unit = "probability per release", min = 0, max = 1,
                source = "assumption: most continue when linked to a community provider at release",
                doc = "Chance a person treated in custody continues medication after release") double continueAfterRelease,
        @Param(value = "8318", unit = "USD per person-year in custody", min = 0, max = 1e12,
                source = "as costs.methadoneYear: NIDA 2018, $6,552 per patient-year in 2016 dollars, x CPI-U 2023/2016", doc = "Cost of medication in custody") double costInCustodyYear) {}
