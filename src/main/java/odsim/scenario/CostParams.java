package odsim.scenario;

/** Unit costs, in US dollars of 2023 ({@code odsim.scenario.PriceYear}); each source says how its figure was converted. */
public record CostParams(
        @Param(value = "500", unit = "USD per call", min = 0, max = 1e12, source = "odsim's model brief (MODEL.md; it names no primary source): EMS call about $500; price year not stated, taken as 2023 dollars (assumption)", doc = "EMS response") double emsCall,
        @Param(value = "504", unit = "USD per visit", min = 0, max = 1e12, source = "odsim's model brief (MODEL.md; it names no primary source): emergency visit about $504 when released; price year not stated, taken as 2023 dollars (assumption)", doc = "Emergency department visit, released") double edVisit,
        @Param(value = "11700", unit = "USD per admission", min = 0, max = 1e12, source = "odsim's model brief (MODEL.md; it names no primary source): about $11,700 when admitted; price year not stated, taken as 2023 dollars (assumption)", doc = "Hospital admission after an overdose") double admission,
        @Param(value = "8318", unit = "USD per patient-year", min = 0, max = 1e12, source = "NIDA 2018 (Medications to Treat Opioid Use Disorder): methadone $6,552 per patient-year in 2016 dollars, x CPI-U 2023/2016 (304.702/240.007)", doc = "Methadone") double methadoneYear,
        @Param(value = "7592", unit = "USD per patient-year", min = 0, max = 1e12, source = "NIDA 2018 (Medications to Treat Opioid Use Disorder): buprenorphine $5,980 per patient-year in 2016 dollars, x CPI-U 2023/2016 (304.702/240.007)", doc = "Buprenorphine") double buprenorphineYear,
        @Param(value = "250", unit = "USD per day", min = 0, max = 1e12, source = "assumption: residential detox and rehab, 2023 dollars", doc = "Rehab or detox day") double rehabDay,
        @Param(value = "1000", unit = "USD per arrest", min = 0, max = 1e12, source = "assumption: police time and booking, 2023 dollars", doc = "Arrest") double arrest,
        @Param(value = "200", unit = "USD per day", min = 0, max = 1e12, source = "assumption below 'large city jails several hundred dollars a day' (odsim's model brief, MODEL.md), 2023 dollars", doc = "Jail day") double jailDay,
        @Param(value = "43318", unit = "USD per inmate-year", min = 0, max = 1e12, source = "Vera Institute of Justice 2012 (The Price of Prisons): state prison about $31,000 per inmate-year in 2010 dollars, x CPI-U 2023/2010 (304.702/218.056)", doc = "Prison") double prisonYear,
        @Param(value = "30000", unit = "USD per course", min = 0, max = 1e12,
                source = "assumption: a course of direct-acting antivirals after list prices of $84,000-94,500 (2014-2015) fell; international originator median about $31,000-34,000 (Barber et al. 2020, J Virus Erad); 2023 dollars",
                doc = "Hepatitis C treatment to cure") double hcvCure,
        @Param(value = "29526", unit = "USD per person-year", min = 0, max = 1e12,
                source = "Schackman BR et al. 2015 (Med Care 53:293): HIV care $1,854-4,545 a month in 2012 dollars; the lower end, $22,248 a year, x CPI-U 2023/2012 (304.702/229.594)",
                doc = "Care of a person living with HIV") double hivCareYear) {}
